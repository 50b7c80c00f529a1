import {
  Alert,
  Button,
  Group,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { LinkLoopToJobDocument, LoopPickersDocument, UpdateLoopDocument } from '../gql/graphql';
import type { Act } from './LoopBuilder';
import { errorFor } from './coverage';
import type { Loop } from './types';

/** Roles the API accepts as a loop's hiring managers. */
const MANAGER_ROLES = ['HIRING_MANAGER', 'ADMIN'];

/** The members who may be a loop's hiring managers, for a picker. */
export function useManagerOptions() {
  const [{ data }] = useQuery({ query: LoopPickersDocument });
  return {
    managers: (data?.members.edges ?? [])
      .map((e) => e.node)
      .filter((m) => MANAGER_ROLES.includes(m.role) && !m.invitationPending)
      .map((m) => ({
        value: m.user.id,
        label: `${m.user.displayName}${m.role === 'ADMIN' ? ' (admin)' : ''}`,
      })),
    competencies: (data?.competencies ?? []).map((c) => ({ value: c.id, label: c.name })),
  };
}

/** Name, role, ATS job id, description and hiring managers of a draft. */
export function LoopDetailsForm({ loop, act }: { loop: Loop; act: Act }) {
  const { managers } = useManagerOptions();
  const [managerIds, setManagerIds] = useState(loop.hiringManagers.map((u) => u.id));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? '').trim();
    setBusy(true);
    setSaved(false);
    const outcome = await act(UpdateLoopDocument, {
      input: {
        id: loop.id,
        name: text('name'),
        roleTitle: text('roleTitle'),
        description: text('description'),
        hiringManagerIds: managerIds,
      },
    });
    let fields = outcome.ok ? {} : outcome.fields;
    const atsJobId = text('atsJobId') || null;
    if (outcome.ok && atsJobId !== (loop.atsJobId ?? null)) {
      const linked = await act(LinkLoopToJobDocument, { loopId: loop.id, atsJobId });
      if (!linked.ok) fields = linked.fields;
    }
    setBusy(false);
    setErrors(fields);
    setSaved(Object.keys(fields).length === 0);
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="details-title">
      <form onSubmit={(e) => void submit(e)} noValidate onChange={() => setSaved(false)}>
        <Stack gap="sm">
          <Title order={2} size="h3" id="details-title">
            Details
          </Title>
          {errors[''] && (
            <Alert color="red" role="alert">
              {errors['']}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              name="name"
              label="Name"
              defaultValue={loop.name}
              required
              error={errorFor(errors, 'name')}
            />
            <TextInput
              name="roleTitle"
              label="Role"
              defaultValue={loop.roleTitle}
              required
              error={errorFor(errors, 'roleTitle')}
            />
            <TextInput
              name="atsJobId"
              label="ATS job id"
              defaultValue={loop.atsJobId ?? ''}
              error={errorFor(errors, 'atsJobId')}
            />
          </SimpleGrid>
          <MultiSelect
            label="Hiring managers"
            description="They read this loop, its kits and its candidates' debriefs."
            data={managers}
            value={managerIds}
            onChange={(value) => {
              setManagerIds(value);
              setSaved(false);
            }}
            searchable
            clearable
            nothingFoundMessage="No hiring manager or admin with that name"
            error={errorFor(errors, 'hiringManagerIds')}
          />
          <Textarea
            name="description"
            label="Description"
            defaultValue={loop.description}
            autosize
            minRows={2}
            error={errorFor(errors, 'description')}
          />
          <Group gap="sm">
            <Button type="submit" variant="default" loading={busy}>
              Save details
            </Button>
            <Text size="sm" c="dimmed" role="status">
              {saved ? 'Details saved.' : ''}
            </Text>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
