import { Alert, Badge, Button, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useClient, type AnyVariables, type TypedDocumentNode } from 'urql';
import { PublishLoopDocument, ReorderStagesDocument } from '../gql/graphql';
import { CoveragePanel } from './CoveragePanel';
import { LoopDetailsForm } from './LoopDetailsForm';
import { QuestionSearch } from './QuestionSearch';
import { StageCard } from './StageCard';
import { NewStageForm } from './StageForm';
import { run, type Outcome } from './api';
import { moved, sortFindings } from './coverage';
import { useDragSort } from './reorder';
import { useCopyLoop } from './useCopyLoop';
import type { Finding, Loop } from './types';

/** Runs a write and reloads the loop (and so its coverage) after it. */
export type Act = <T, V extends AnyVariables>(
  document: TypedDocumentNode<T, V>,
  variables: V,
) => Promise<Outcome<T>>;

export interface BuilderTools {
  act: Act;
  /** Says something to screen readers (a move, an addition). */
  announce: (text: string) => void;
  /** Puts the focus on this element id once the loop has reloaded. */
  focusAfterReload: (...ids: string[]) => void;
}

/** The builder of a draft loop: details, stages and questions beside the live coverage. */
export function LoopBuilder({
  loop,
  refresh,
  onPublished,
}: {
  loop: Loop;
  refresh: () => void;
  onPublished: (warnings: Finding[]) => void;
}) {
  const client = useClient();
  const [message, setMessage] = useState('');
  // Where the focus goes once the loop has reloaded after a write (`after` is the loop before it).
  const [focusRequest, setFocusRequest] = useState<{ ids: string[]; after: Loop | null } | null>(
    null,
  );
  const [searchStageId, setSearchStageId] = useState<string | null>(null);
  const [publishErrors, setPublishErrors] = useState<string[]>([]);
  const [publishing, setPublishing] = useState(false);
  const { copy, problem, busy: copying } = useCopyLoop(loop.id);

  const act: Act = useCallback(
    async (document, variables) => {
      const outcome = await run(client, document, variables);
      refresh();
      return outcome;
    },
    [client, refresh],
  );
  const tools: BuilderTools = {
    act,
    announce: setMessage,
    focusAfterReload: (...ids) => setFocusRequest({ ids, after: loop }),
  };
  useEffect(() => {
    if (!focusRequest || focusRequest.after === loop) return;
    const target = focusRequest.ids
      .map((id) => document.getElementById(id))
      .find((el) => el && !(el as HTMLButtonElement).disabled);
    if (target) {
      target.focus();
      setFocusRequest(null);
    }
  }, [loop, focusRequest]);

  const stages = loop.stages;
  const searchStage =
    stages.find((s) => s.id === searchStageId) ?? stages.find((s) => s.kind !== 'DEBRIEF');

  async function moveStage(from: number, to: number, button?: 'up' | 'down') {
    const orderedIds = moved(
      stages.map((s) => s.id),
      from,
      to,
    );
    const stage = stages[from];
    const outcome = await act(ReorderStagesDocument, {
      input: { parentId: loop.id, orderedIds },
    });
    if (outcome.ok) {
      setMessage(`Stage ${stage.name} moved to position ${to + 1} of ${stages.length}.`);
      if (button) {
        const other = button === 'up' ? 'down' : 'up';
        tools.focusAfterReload(
          `stage-move-${stage.id}-${button}`,
          `stage-move-${stage.id}-${other}`,
        );
      }
    } else setMessage(outcome.fields[''] ?? 'The stage could not be moved.');
  }
  const drag = useDragSort('stage', (from, to) => void moveStage(from, to));

  async function publish() {
    setPublishing(true);
    setPublishErrors([]);
    const outcome = await run(client, PublishLoopDocument, { id: loop.id });
    setPublishing(false);
    if (outcome.ok) {
      onPublished(outcome.data.publishLoop.warnings);
      refresh();
    } else {
      setPublishErrors(
        Object.entries(outcome.fields).map(([path, m]) => (path ? `${path}: ${m}` : m)),
      );
      refresh();
    }
  }

  const blocking = loop.coverage.findings.filter((f) => f.severity === 'BLOCKING').length;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Title order={1}>{loop.name}</Title>
            <Badge variant="light">Draft</Badge>
            {loop.isTemplate && (
              <Badge variant="light" color="grape">
                Template
              </Badge>
            )}
          </Group>
          <Text c="dimmed">{loop.roleTitle}</Text>
        </div>
        <Stack gap={4} align="flex-end">
          {loop.isTemplate && (
            <Button variant="default" onClick={() => void copy(true)} loading={copying}>
              New loop from this template
            </Button>
          )}
          {problem && (
            <Text size="sm" c="red.8" role="alert">
              {problem}
            </Text>
          )}
          <Button
            onClick={() => void publish()}
            loading={publishing}
            disabled={!loop.coverage.publishable}
            aria-describedby="publish-hint"
          >
            Publish
          </Button>
          <Text size="sm" c="dimmed" id="publish-hint">
            {loop.coverage.publishable
              ? 'No blocking findings: ready to publish.'
              : `Fix ${blocking} blocking ${blocking === 1 ? 'finding' : 'findings'} to publish.`}
          </Text>
        </Stack>
      </Group>
      {publishErrors.length > 0 && (
        <Alert color="red" role="alert" title="The loop was not published">
          <List size="sm">
            {publishErrors.map((e) => (
              <List.Item key={e}>{e}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <div role="status" aria-live="polite">
        <Text size="sm" c="dimmed">
          {message}
        </Text>
      </div>
      <LoopDetailsForm loop={loop} act={act} />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md" component="section" aria-labelledby="stages-title">
            <Title order={2} id="stages-title">
              Stages
            </Title>
            {stages.length === 0 && <Text c="dimmed">No stages yet: add the first one below.</Text>}
            {stages.map((stage, index) => (
              <StageCard
                key={stage.id}
                stage={stage}
                index={index}
                count={stages.length}
                tools={tools}
                onMove={(from, to, button) => void moveStage(from, to, button)}
                dragProps={drag.itemProps(index)}
                dragOver={drag.over === index}
                searching={searchStage?.id === stage.id}
                onSearch={() => {
                  setSearchStageId(stage.id);
                  setFocusRequest({ ids: ['question-search-input'], after: null });
                }}
              />
            ))}
            <NewStageForm
              loopId={loop.id}
              act={act}
              announce={setMessage}
              focusAfterReload={tools.focusAfterReload}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <CoveragePanel
              stages={stages}
              coverage={loop.coverage}
              findings={sortFindings(loop.coverage.findings)}
            />
            {searchStage && <QuestionSearch stage={searchStage} tools={tools} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
