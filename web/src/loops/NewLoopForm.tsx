import {
  Alert,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useClient, useQuery } from 'urql';
import {
  CloneLoopDocument,
  CreateLoopDocument,
  CreateLoopFromTemplateDocument,
  LoopListDocument,
} from '../gql/graphql';
import { idOf, run, type Outcome } from './api';
import { errorFor } from './coverage';

type Mode = 'blank' | 'template' | 'clone';

/** Starts a draft: blank, from a template, or as a copy of another loop; opens it in the builder. */
export function NewLoopForm() {
  const client = useClient();
  const navigate = useNavigate();
  const [mode, setMode] = useState<Mode>('blank');
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [{ data: templates }] = useQuery({
    query: LoopListDocument,
    variables: { isTemplate: true },
    pause: mode !== 'template',
  });
  const [{ data: loops }] = useQuery({
    query: LoopListDocument,
    variables: { isTemplate: false },
    pause: mode !== 'clone',
  });
  const sources = (mode === 'template' ? templates : loops)?.loops.edges.map((e) => ({
    value: e.node.id,
    label: `${e.node.name} (${e.node.roleTitle})`,
  }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? '').trim();
    setBusy(true);
    setErrors({});
    let outcome: Outcome<string>;
    if (mode === 'blank') {
      outcome = idOf(
        await run(client, CreateLoopDocument, {
          input: {
            name: text('name'),
            roleTitle: text('roleTitle'),
            ...(text('atsJobId') && { atsJobId: text('atsJobId') }),
          },
        }),
        (d) => d.createLoop.id,
      );
    } else if (!sourceId) {
      setBusy(false);
      setErrors({ sourceId: mode === 'template' ? 'Choose a template.' : 'Choose a loop.' });
      return;
    } else {
      const input = {
        sourceId,
        ...(text('name') && { name: text('name') }),
        ...(text('roleTitle') && { roleTitle: text('roleTitle') }),
      };
      outcome =
        mode === 'template'
          ? idOf(
              await run(client, CreateLoopFromTemplateDocument, { input }),
              (d) => d.createLoopFromTemplate.id,
            )
          : idOf(await run(client, CloneLoopDocument, { input }), (d) => d.cloneLoop.id);
    }
    setBusy(false);
    if (!outcome.ok) {
      setErrors(outcome.fields);
      return;
    }
    navigate(`/loops/${outcome.data}`);
  }

  const optional = mode !== 'blank';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-loop-title" maw={720}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="new-loop-title">
            New loop
          </Title>
          <SegmentedControl
            aria-label="Start from"
            value={mode}
            onChange={(value) => {
              setMode(value as Mode);
              setSourceId(null);
              setErrors({});
            }}
            data={[
              { value: 'blank', label: 'Blank' },
              { value: 'template', label: 'From a template' },
              { value: 'clone', label: 'Copy of a loop' },
            ]}
          />
          {errors[''] && (
            <Alert color="red" role="alert">
              {errors['']}
            </Alert>
          )}
          {optional && (
            <Select
              label={mode === 'template' ? 'Template' : 'Loop to copy'}
              placeholder={sources ? 'Choose one' : 'Loading…'}
              data={sources ?? []}
              value={sourceId}
              onChange={setSourceId}
              searchable
              required
              error={errorFor(errors, 'sourceId')}
              nothingFoundMessage="None yet"
            />
          )}
          <Group grow align="flex-start">
            <TextInput
              name="name"
              label="Name"
              description={optional ? 'Leave empty to keep the source’s name' : undefined}
              required={!optional}
              error={errorFor(errors, 'name')}
            />
            <TextInput
              name="roleTitle"
              label="Role"
              description={optional ? 'Leave empty to keep the source’s role' : undefined}
              required={!optional}
              error={errorFor(errors, 'roleTitle')}
            />
          </Group>
          {!optional && (
            <TextInput
              name="atsJobId"
              label="ATS job id"
              description="Optional: the job in your applicant tracking system"
              error={errorFor(errors, 'atsJobId')}
            />
          )}
          <Button type="submit" loading={busy} w="fit-content">
            Create draft
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
