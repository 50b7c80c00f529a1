import { Button, Group, Loader, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import type { Seniority } from '../../gql/graphql';
import { levelName, SENIORITY_ORDER } from './level';
import type { Kit } from './types';

const Guide = lazy(() => import('./Guide'));

interface Props {
  kit: Kit;
  level: Seniority | null;
  onLevel(level: Seniority | null): void;
}

/**
 * Above the questions: the level the interviewer assesses (which emphasizes each question's
 * expectation for it) and the tenant's scoring and interviewing guide, closed until opened.
 */
export function GuidePanel({ kit, level, onLevel }: Props) {
  const [open, setOpen] = useState(false);
  const tagged = SENIORITY_ORDER.filter((s) => kit.questions.some((q) => q.seniority.includes(s)));
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="guide-title"
      className="ik-controls"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Title order={2} size="h4" id="guide-title">
            How to score this interview
          </Title>
          {tagged.length > 0 && (
            <NativeSelect
              label="Level you are assessing"
              value={level ?? ''}
              onChange={(e) => onLevel((e.currentTarget.value || null) as Seniority | null)}
              data={[
                { value: '', label: 'All levels alike' },
                ...tagged.map((s) => ({ value: s, label: levelName(kit, s) })),
              ]}
              w={220}
            />
          )}
        </Group>
        {kit.guide ? (
          <>
            <Text size="sm">
              Rate each criterion against its anchors and the question&rsquo;s “what a 3 looks like”
              for your level; score only what you observed, before any debrief.
            </Text>
            <Group>
              <Button
                variant="light"
                size="xs"
                aria-expanded={open}
                aria-controls="guide-body"
                onClick={() => setOpen((o) => !o)}
              >
                {open ? 'Hide the guide' : 'Show the scoring guide and interviewing practice'}
              </Button>
            </Group>
            <div id="guide-body" hidden={!open}>
              {open && (
                <Suspense fallback={<Loader size="sm" aria-label="Loading the guide" />}>
                  <Guide guide={kit.guide} />
                </Suspense>
              )}
            </div>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Your organisation has no scoring guide yet: rate each criterion against its anchors.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
