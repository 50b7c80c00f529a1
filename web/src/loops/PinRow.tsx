import {
  ActionIcon,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import {
  RemoveStageQuestionDocument,
  UpdateStageQuestionDocument,
  UpgradeStageQuestionDocument,
} from '../gql/graphql';
import type { BuilderTools } from './LoopBuilder';
import { errorFor, pinElementId } from './coverage';
import { MoveButtons } from './reorder';
import type { LoopStage, Pin } from './types';

/** The competencies a pinned version's rubric assesses, once each. */
export function competenciesOf(version: Pin['questionVersion']): string[] {
  return [...new Set(version.rubric.criteria.map((c) => c.competency.name))];
}

/** One pinned question of a draft's stage: budget, required, order, upgrade and removal. */
export function PinRow({
  stage,
  pin,
  index,
  tools,
  onMove,
  dragProps,
  dragOver,
}: {
  stage: LoopStage;
  pin: Pin;
  index: number;
  tools: BuilderTools;
  onMove: (from: number, to: number, button: 'up' | 'down') => void;
  dragProps: Record<string, unknown>;
  dragOver: boolean;
}) {
  const [budget, setBudget] = useState<number | string>(pin.timeBudgetMinutes);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // "Required" shows the choice at once, until the loop reloads with it saved (or the save fails).
  const [required, setRequired] = useState<boolean | null>(null);
  if (required !== null && required === pin.required) setRequired(null);
  const label = `question ${index + 1} of ${stage.name}`;
  const version = pin.questionVersion;

  async function change(values: { timeBudgetMinutes?: number; required?: boolean }) {
    setBusy(true);
    const outcome = await tools.act(UpdateStageQuestionDocument, {
      input: { id: pin.id, ...values },
    });
    setBusy(false);
    setErrors(outcome.ok ? {} : outcome.fields);
    if (outcome.ok) tools.announce(`Question ${index + 1} of ${stage.name} changed.`);
    else setRequired(null);
  }

  async function upgrade() {
    setBusy(true);
    const outcome = await tools.act(UpgradeStageQuestionDocument, { id: pin.id });
    setBusy(false);
    setErrors(outcome.ok ? {} : outcome.fields);
    if (outcome.ok)
      tools.announce(`Question ${index + 1} of ${stage.name} now uses the newest version.`);
  }

  async function remove() {
    const outcome = await tools.act(RemoveStageQuestionDocument, { id: pin.id });
    if (outcome.ok) {
      tools.announce(`Question ${index + 1} removed from ${stage.name}.`);
      tools.focusAfterReload(`add-questions-${stage.id}`);
    } else setErrors(outcome.fields);
  }

  const budgetValue = typeof budget === 'number' ? budget : Number.parseInt(budget, 10);
  return (
    <Box
      id={pinElementId(pin.id)}
      tabIndex={-1}
      component="li"
      aria-label={`Question ${index + 1}: ${version.prompt}`}
      p="xs"
      style={{
        listStyle: 'none',
        border: `1px ${dragOver ? 'dashed var(--mantine-color-indigo-6)' : 'solid var(--mantine-color-gray-3)'}`,
        borderRadius: 'var(--mantine-radius-sm)',
        cursor: 'grab',
      }}
      {...dragProps}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={500} lineClamp={3}>
            {index + 1}. {version.prompt}
          </Text>
          <MoveButtons
            id={`pin-move-${pin.id}`}
            label={label}
            index={index}
            count={stage.questions.length}
            onMove={onMove}
          />
        </Group>
        <Group gap={6}>
          <Badge variant="outline" color="gray" c="gray.8">
            Version {version.number}
          </Badge>
          {pin.upgradeAvailable && (
            <>
              <Badge color="orange" variant="light" c="black">
                Newer version available
              </Badge>
              <Button
                size="compact-xs"
                variant="light"
                aria-label={`Upgrade ${label} to the newest version`}
                onClick={() => void upgrade()}
                loading={busy}
              >
                Upgrade
              </Button>
            </>
          )}
          {competenciesOf(version).map((name) => (
            <Badge key={name} variant="light" color="indigo">
              {name}
            </Badge>
          ))}
        </Group>
        <Group gap="md" align="flex-end">
          <NumberInput
            label="Minutes"
            aria-label={`Minutes for ${label}`}
            w={110}
            size="xs"
            min={1}
            max={240}
            value={budget}
            onChange={setBudget}
            disabled={busy}
            onBlur={() => {
              if (budgetValue !== pin.timeBudgetMinutes) {
                void change({ timeBudgetMinutes: budgetValue || 0 });
              }
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
            }}
            error={errorFor(errors, 'timeBudgetMinutes')}
          />
          <Checkbox
            label="Required"
            aria-label={`Required: ${label}`}
            checked={required ?? pin.required}
            disabled={busy}
            onChange={(e) => {
              setRequired(e.currentTarget.checked);
              void change({ required: e.currentTarget.checked });
            }}
            error={errorFor(errors, 'required')}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove ${label}`}
            onClick={() => void remove()}
          >
            <span aria-hidden>✕</span>
          </ActionIcon>
        </Group>
        {(errors[''] || errors.questionId) && (
          <Text size="sm" c="red.8" role="alert">
            {[errors[''], errors.questionId].filter(Boolean).join(' ')}
          </Text>
        )}
      </Stack>
    </Box>
  );
}
