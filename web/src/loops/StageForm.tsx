import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Select,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { AddStageDocument, type StageKind } from '../gql/graphql';
import type { Act } from './LoopBuilder';
import { useManagerOptions } from './LoopDetailsForm';
import { errorFor, stageElementId } from './coverage';
import { KIND_OPTIONS } from './labels';

export interface StageValues {
  name: string;
  kind: StageKind;
  durationMinutes: number;
  focusCompetencyIds: string[];
  instructions: string;
}

/**
 * The fields of a stage (kind, duration, focus competencies, instructions), each with the
 * API's error beside it; `onSave` answers the errors by field.
 */
export function StageFields({
  initial,
  idPrefix,
  submitLabel,
  onSave,
  extra,
}: {
  initial: StageValues;
  idPrefix: string;
  submitLabel: string;
  onSave: (values: StageValues) => Promise<Record<string, string> | null>;
  extra?: ReactNode;
}) {
  const { competencies } = useManagerOptions();
  const [kind, setKind] = useState<StageKind>(initial.kind);
  const [duration, setDuration] = useState<number | string>(initial.durationMinutes);
  const [focus, setFocus] = useState(initial.focusCompetencyIds);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setBusy(true);
    const problems = await onSave({
      name: String(form.get('name') ?? '').trim(),
      kind,
      durationMinutes: typeof duration === 'number' ? duration : Number.parseInt(duration, 10) || 0,
      focusCompetencyIds: focus,
      instructions: String(form.get('instructions') ?? '').trim(),
    });
    setBusy(false);
    setErrors(problems ?? {});
    if (!problems && idPrefix === 'new-stage') {
      formElement.reset();
      setKind(initial.kind);
      setFocus([]);
      setDuration(initial.durationMinutes);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        {errors[''] && (
          <Alert color="red" role="alert">
            {errors['']}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            id={`${idPrefix}-name`}
            name="name"
            label="Stage name"
            defaultValue={initial.name}
            required
            error={errorFor(errors, 'name')}
          />
          <Select
            label="Kind"
            data={KIND_OPTIONS}
            value={kind}
            onChange={(value) => value && setKind(value as StageKind)}
            allowDeselect={false}
            error={errorFor(errors, 'kind')}
          />
          <NumberInput
            label="Duration (minutes)"
            value={duration}
            onChange={setDuration}
            min={5}
            max={480}
            step={5}
            required
            error={errorFor(errors, 'durationMinutes')}
          />
        </SimpleGrid>
        <MultiSelect
          label="Focus competencies"
          description="What this stage must assess; a focus that none of its questions assess blocks publishing."
          data={competencies}
          value={focus}
          onChange={setFocus}
          searchable
          clearable
          error={errorFor(errors, 'focusCompetencyIds')}
        />
        <Textarea
          name="instructions"
          label="Instructions for the interviewers"
          defaultValue={initial.instructions}
          autosize
          minRows={2}
          error={errorFor(errors, 'instructions')}
        />
        <Group gap="sm">
          <Button type="submit" loading={busy} variant="default">
            {submitLabel}
          </Button>
          {extra}
        </Group>
      </Stack>
    </form>
  );
}

/** Appends a stage to the draft and moves the focus to it. */
export function NewStageForm({
  loopId,
  act,
  announce,
  focusAfterReload,
}: {
  loopId: string;
  act: Act;
  announce: (text: string) => void;
  focusAfterReload: (...ids: string[]) => void;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-stage-title" bg="gray.0">
      <Stack gap="sm">
        <Title order={3} size="h4" id="new-stage-title">
          Add a stage
        </Title>
        <StageFields
          idPrefix="new-stage"
          submitLabel="Add stage"
          initial={{
            name: '',
            kind: 'TECHNICAL',
            durationMinutes: 45,
            focusCompetencyIds: [],
            instructions: '',
          }}
          onSave={async (values) => {
            const outcome = await act(AddStageDocument, { input: { loopId, ...values } });
            if (!outcome.ok) return outcome.fields;
            announce(`Stage ${values.name} added.`);
            focusAfterReload(stageElementId(outcome.data.addStage.id));
            return null;
          }}
        />
      </Stack>
    </Paper>
  );
}
