import { Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { LinkLoopToJobDocument, LoopPickersDocument, UpdateLoopDocument } from '../gql/graphql';
import { MemberPicker } from '../pickers/MemberPicker';
import type { Option } from '../pickers/useSearch';
import type { Act } from './LoopBuilder';
import { DraftForm, textOf } from './DraftForm';
import type { Loop } from './types';

/** The tenant's competencies, for a picker. */
export function useCompetencyOptions() {
  const [{ data }] = useQuery({ query: LoopPickersDocument });
  return (data?.competencies ?? []).map((c) => ({ value: c.id, label: c.name }));
}

/** Name, role, ATS job id, description and hiring managers of a draft. */
export function LoopDetailsForm({ loop, act }: { loop: Loop; act: Act }) {
  const [managers, setManagers] = useState<Option[]>(
    loop.hiringManagers.map((u) => ({ value: u.id, label: u.displayName })),
  );
  const [saved, setSaved] = useState(false);

  async function save(form: FormData) {
    setSaved(false);
    const outcome = await act(UpdateLoopDocument, {
      input: {
        id: loop.id,
        name: textOf(form, 'name'),
        roleTitle: textOf(form, 'roleTitle'),
        description: textOf(form, 'description'),
        hiringManagerIds: managers.map((m) => m.value),
      },
    });
    if (!outcome.ok) return outcome.fields;
    const atsJobId = textOf(form, 'atsJobId') || null;
    if (atsJobId !== (loop.atsJobId ?? null)) {
      const linked = await act(LinkLoopToJobDocument, { loopId: loop.id, atsJobId });
      if (!linked.ok) return linked.fields;
    }
    return null;
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="details-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="details-title">
          Details
        </Title>
        <DraftForm
          onSave={save}
          onSaved={() => setSaved(true)}
          onEdit={() => setSaved(false)}
          submitLabel="Save details"
          fields={(errorOf) => (
            <>
              <TextInput
                name="name"
                label="Name"
                defaultValue={loop.name}
                required
                error={errorOf('name')}
              />
              <TextInput
                name="roleTitle"
                label="Role"
                defaultValue={loop.roleTitle}
                required
                error={errorOf('roleTitle')}
              />
              <TextInput
                name="atsJobId"
                label="ATS job id"
                defaultValue={loop.atsJobId ?? ''}
                error={errorOf('atsJobId')}
              />
            </>
          )}
          picker={(errorOf) => (
            <MemberPicker
              label="Hiring managers"
              description="They read this loop, its kits and its candidates' debriefs."
              roles={['HIRING_MANAGER', 'ADMIN']}
              value={managers.map((m) => m.value)}
              chosen={managers}
              onChange={(picked) => {
                setManagers(picked);
                setSaved(false);
              }}
              nothingFound="No hiring manager or admin by that name or e-mail"
              error={errorOf('hiringManagerIds')}
            />
          )}
          notes={{ name: 'description', label: 'Description', defaultValue: loop.description }}
          status={
            <Text size="sm" c="dimmed" role="status">
              {saved ? 'Details saved.' : ''}
            </Text>
          }
        />
      </Stack>
    </Paper>
  );
}
