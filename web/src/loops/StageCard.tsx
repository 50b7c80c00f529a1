import { Badge, Box, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  RemoveStageDocument,
  ReorderStageQuestionsDocument,
  UpdateStageDocument,
} from '../gql/graphql';
import type { BuilderTools } from './LoopBuilder';
import { PinRow } from './PinRow';
import { StageFields } from './StageForm';
import { moved, stageElementId, stageTime } from './coverage';
import { KIND_LABEL } from './labels';
import { MoveButtons, useDragSort } from './reorder';
import type { LoopStage } from './types';

/** What a stage's planned minutes say, in words. */
export function timeText(stage: LoopStage): string {
  const t = stageTime(stage);
  if (t.over) return `${t.used} of ${t.duration} minutes planned: ${-t.left} over`;
  return `${t.used} of ${t.duration} minutes planned`;
}

/** One stage of a draft: its settings, its questions and the time they take. */
export function StageCard({
  stage,
  index,
  count,
  tools,
  onMove,
  dragProps,
  dragOver,
  searching,
  onSearch,
}: {
  stage: LoopStage;
  index: number;
  count: number;
  tools: BuilderTools;
  onMove: (from: number, to: number, button: 'up' | 'down') => void;
  dragProps: Record<string, unknown>;
  dragOver: boolean;
  searching: boolean;
  onSearch: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [removeError, setRemoveError] = useState('');
  const time = stageTime(stage);
  const titleId = `stage-title-${stage.id}`;

  async function movePin(from: number, to: number, button?: 'up' | 'down') {
    const pin = stage.questions[from];
    const outcome = await tools.act(ReorderStageQuestionsDocument, {
      input: {
        parentId: stage.id,
        orderedIds: moved(
          stage.questions.map((q) => q.id),
          from,
          to,
        ),
      },
    });
    if (!outcome.ok)
      return tools.announce(outcome.fields[''] ?? 'The question could not be moved.');
    tools.announce(
      `Question moved to position ${to + 1} of ${stage.questions.length} in ${stage.name}.`,
    );
    if (button) {
      const other = button === 'up' ? 'down' : 'up';
      tools.focusAfterReload(`pin-move-${pin.id}-${button}`, `pin-move-${pin.id}-${other}`);
    }
  }
  const drag = useDragSort(`pin-${stage.id}`, (from, to) => void movePin(from, to));

  async function remove() {
    const outcome = await tools.act(RemoveStageDocument, { id: stage.id });
    if (outcome.ok) {
      tools.announce(`Stage ${stage.name} removed.`);
      tools.focusAfterReload('new-stage-name');
    } else setRemoveError(outcome.fields[''] ?? Object.values(outcome.fields).join(' '));
  }

  return (
    <Paper
      id={stageElementId(stage.id)}
      tabIndex={-1}
      withBorder
      p="md"
      component="section"
      aria-labelledby={titleId}
      style={{
        borderColor: dragOver || searching ? 'var(--mantine-color-indigo-6)' : undefined,
        borderStyle: dragOver ? 'dashed' : undefined,
        borderWidth: dragOver || searching ? 2 : undefined,
      }}
      {...dragProps}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap" align="center">
            <Text c="dimmed" aria-hidden style={{ cursor: 'grab' }} title="Drag to reorder">
              ⠿
            </Text>
            <Title order={3} size="h4" id={titleId}>
              {index + 1}. {stage.name}
            </Title>
            <Badge variant="light" color="gray" c="gray.8">
              {KIND_LABEL[stage.kind]}
            </Badge>
          </Group>
          <MoveButtons
            id={`stage-move-${stage.id}`}
            label={`stage ${stage.name}`}
            index={index}
            count={count}
            onMove={onMove}
          />
        </Group>
        {stage.focusCompetencies.length > 0 && (
          <Group gap={6}>
            <Text size="sm" c="dimmed">
              Focus:
            </Text>
            {stage.focusCompetencies.map((c) => (
              <Badge key={c.id} variant="outline">
                {c.name}
              </Badge>
            ))}
          </Group>
        )}
        {stage.instructions && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {stage.instructions}
          </Text>
        )}
        <Box>
          <Text
            size="sm"
            c={time.over ? 'red.8' : undefined}
            fw={time.over ? 600 : undefined}
            id={`time-${stage.id}`}
          >
            {timeText(stage)}
          </Text>
          <Progress.Root size="sm">
            <Progress.Section
              value={time.percent}
              color={time.over ? 'red' : 'indigo'}
              aria-label={`Time planned in ${stage.name}`}
              aria-valuetext={timeText(stage)}
            />
          </Progress.Root>
        </Box>
        {stage.questions.length > 0 ? (
          <Stack component="ol" gap="xs" p={0} m={0} aria-label={`Questions of ${stage.name}`}>
            {stage.questions.map((pin, i) => (
              <PinRow
                key={pin.id}
                stage={stage}
                pin={pin}
                index={i}
                tools={tools}
                onMove={(from, to, button) => void movePin(from, to, button)}
                dragProps={drag.itemProps(i)}
                dragOver={drag.over === i}
              />
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {stage.kind === 'DEBRIEF' ? 'A debrief needs no questions.' : 'No questions yet.'}
          </Text>
        )}
        <Group gap="sm">
          <Button
            id={`add-questions-${stage.id}`}
            variant={searching ? 'filled' : 'light'}
            size="xs"
            aria-pressed={searching}
            onClick={onSearch}
          >
            Add questions to {stage.name}
          </Button>
          <Button
            variant="default"
            size="xs"
            onClick={() => setEditing((e) => !e)}
            aria-expanded={editing}
          >
            {editing ? 'Close the settings' : 'Edit stage'}
          </Button>
          {confirming ? (
            <>
              <Button color="red" size="xs" onClick={() => void remove()}>
                Remove {stage.name} and its questions
              </Button>
              <Button variant="subtle" size="xs" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </>
          ) : (
            <Button variant="subtle" color="red" size="xs" onClick={() => setConfirming(true)}>
              Remove stage
            </Button>
          )}
        </Group>
        {removeError && (
          <Text size="sm" c="red.8" role="alert">
            {removeError}
          </Text>
        )}
        {editing && (
          <StageFields
            idPrefix={`stage-${stage.id}`}
            submitLabel="Save stage"
            initial={{
              name: stage.name,
              kind: stage.kind,
              durationMinutes: stage.durationMinutes,
              focusCompetencyIds: stage.focusCompetencies.map((c) => c.id),
              instructions: stage.instructions,
            }}
            onSave={async (values) => {
              const outcome = await tools.act(UpdateStageDocument, {
                input: { id: stage.id, ...values },
              });
              if (!outcome.ok) return outcome.fields;
              tools.announce(`Stage ${values.name} saved.`);
              return null;
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}
