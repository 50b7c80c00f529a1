import { MultiSelect, NumberInput, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { AddStageDocument, type StageKind } from '../gql/graphql';
import type { Act } from './LoopBuilder';
import { DraftForm, textOf } from './DraftForm';
import { useCompetencyOptions } from './LoopDetailsForm';
import { stageElementId } from './coverage';
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
}: {
  initial: StageValues;
  idPrefix: string;
  submitLabel: string;
  onSave: (values: StageValues) => Promise<Record<string, string> | null>;
}) {
  const competencies = useCompetencyOptions();
  const [kind, setKind] = useState<StageKind>(initial.kind);
  const [duration, setDuration] = useState<number | string>(initial.durationMinutes);
  const [focus, setFocus] = useState(initial.focusCompetencyIds);

  return (
    <DraftForm
      submitLabel={submitLabel}
      onSave={(form) =>
        onSave({
          name: textOf(form, 'name'),
          kind,
          durationMinutes:
            typeof duration === 'number' ? duration : Number.parseInt(duration, 10) || 0,
          focusCompetencyIds: focus,
          instructions: textOf(form, 'instructions'),
        })
      }
      onSaved={(form) => {
        if (idPrefix !== 'new-stage') return;
        form.reset();
        setKind(initial.kind);
        setFocus([]);
        setDuration(initial.durationMinutes);
      }}
      fields={(errorOf) => (
        <>
          <TextInput
            id={`${idPrefix}-name`}
            name="name"
            label="Stage name"
            defaultValue={initial.name}
            required
            error={errorOf('name')}
          />
          <Select
            label="Kind"
            data={KIND_OPTIONS}
            value={kind}
            onChange={(value) => value && setKind(value as StageKind)}
            allowDeselect={false}
            error={errorOf('kind')}
          />
          <NumberInput
            label="Duration (minutes)"
            value={duration}
            onChange={setDuration}
            min={5}
            max={480}
            step={5}
            required
            error={errorOf('durationMinutes')}
          />
        </>
      )}
      picker={(errorOf) => (
        <MultiSelect
          label="Focus competencies"
          description="What this stage must assess; a focus that none of its questions assess blocks publishing."
          data={competencies}
          value={focus}
          onChange={setFocus}
          searchable
          clearable
          error={errorOf('focusCompetencyIds')}
        />
      )}
      notes={{
        name: 'instructions',
        label: 'Instructions for the interviewers',
        defaultValue: initial.instructions,
      }}
    />
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
