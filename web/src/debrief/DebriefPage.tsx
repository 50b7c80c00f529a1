import { Alert, Anchor, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { useLiveResumed } from '../client';
import { describe } from '../errors';
import { DEBRIEF_ROLES } from '../nav';
import { session } from '../session';
import { CandidateDebriefDocument, DebriefScorecardSubmittedDocument } from '../gql/graphql';
import { timeZone } from '../time';
import {
  CompetencyTable,
  Flags,
  Missing,
  ReadableOnly,
  ScorecardCard,
  Sealed,
  Section,
  Tally,
} from './DebriefSections';

// The chart and its library (recharts, about 110 KB gzip) are a chunk of their own, fetched once
// there are competencies to draw and the debrief's text is painted: the text and tables do not
// wait for it.
const CompetencyChart = lazy(() =>
  import('./CompetencyChart').then((m) => ({ default: m.CompetencyChart })),
);

/**
 * True from a frame after `ready` first rendered: the chart's code is asked for once the
 * debrief's text is on screen, not in the same render (where it would compete with the text
 * that makes the page usable).
 */
function usePainted(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}

/**
 * A candidate's debrief, read-only, as candidateDebrief computes it (nothing is recomputed
 * here). Loaded on demand (React.lazy) so the interviewer's pages never carry the chart library.
 */
export default function DebriefPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reload] = useQuery({
    query: CandidateDebriefDocument,
    variables: { candidateId: id },
  });
  // A scorecard submitted or amended meanwhile (one the reader may see) reloads the debrief.
  const [live] = useSubscription({
    query: DebriefScorecardSubmittedDocument,
    variables: { candidateId: id },
    pause: !data?.candidateDebrief,
  });
  useEffect(() => {
    if (live.data) reload({ requestPolicy: 'network-only' });
  }, [live.data, reload]);
  useLiveResumed(reload);
  const debrief = data?.candidateDebrief;
  const painted = usePainted(Boolean(debrief));
  const viewer = session.get()?.viewer;
  const reader = DEBRIEF_ROLES.includes(viewer?.role ?? '');
  const code = error?.graphQLErrors[0]?.extensions?.code;
  const refused = code === 'FORBIDDEN';
  const title = refused
    ? 'You cannot read this debrief'
    : code === 'NOT_FOUND'
      ? 'There is no such candidate'
      : 'Could not load the debrief';
  const top = Math.max(0, ...(data?.ratingScale.levels.map((l) => l.value) ?? []));
  const chartLoading = debrief && (
    <Group role="status" gap="xs" h={debrief.competencies.length * 44 + 40}>
      <Loader size="sm" aria-hidden />
      <Text size="sm" c="dimmed">
        Loading the competency chart…
      </Text>
    </Group>
  );
  const loops = [...new Set(debrief?.interviews.map((i) => i.loop?.name).filter(Boolean))];
  const read = debrief?.scorecards.length ?? 0;
  const sealed = debrief?.sealedScorecards ?? 0;
  // While some are sealed, "in" would read as "all that came in": say which ones are counted.
  const counts = sealed
    ? `${read} scorecard${read === 1 ? '' : 's'} you can read, ${sealed} sealed until you submit yours`
    : `${read} scorecard${read === 1 ? '' : 's'} in`;
  return (
    <Stack gap="lg">
      {reader ? (
        <Anchor component={Link} to="/candidates" size="sm">
          ← Candidates
        </Anchor>
      ) : (
        <Anchor component={Link} to="/interviews" size="sm">
          ← My interviews
        </Anchor>
      )}
      {error && (
        <Alert color="red" variant="filled" role="alert" title={title}>
          {describe(error)}
          {refused && (
            <Text size="sm" mt="xs">
              Debriefs are for admins, recruiters and the hiring managers of the candidate&apos;s
              loop.
            </Text>
          )}
        </Alert>
      )}
      {fetching && !data && <Loader aria-label="Loading the debrief" />}
      {debrief && (
        <>
          <div>
            <Title order={1} size="h2">
              {debrief.candidate.name || 'Anonymised candidate'}
            </Title>
            <Text size="sm" c="dimmed">
              Debrief{loops.length ? ` · ${loops.join(', ')}` : ''} · {counts},{' '}
              {debrief.missing.length} missing · times in your time zone ({timeZone})
            </Text>
          </div>
          <Section id="flags" title="To talk about">
            <Flags debrief={debrief} />
          </Section>
          <Section id="missing" title="Missing scorecards">
            <Missing debrief={debrief} />
          </Section>
          <Section id="recommendations" title="Recommendations">
            <Tally debrief={debrief} />
          </Section>
          <Section id="competencies" title="Competencies">
            {debrief.competencies.length ? (
              <Stack gap="sm">
                <Suspense fallback={chartLoading}>
                  {painted ? (
                    <CompetencyChart
                      scale={data.ratingScale.levels.map((l) => l.value)}
                      rows={debrief.competencies.map((c) => ({
                        id: c.competency.id,
                        name: c.competency.name,
                        mean: c.mean,
                        min: c.min,
                        max: c.max,
                        disagreement: c.disagreement,
                      }))}
                    />
                  ) : (
                    chartLoading
                  )}
                </Suspense>
                <CompetencyTable debrief={debrief} id="competency-figures" />
                <ReadableOnly debrief={debrief} />
              </Stack>
            ) : sealed ? (
              <Text c="dimmed">No scores you can read yet.</Text>
            ) : (
              <Text c="dimmed">No scores yet.</Text>
            )}
          </Section>
          <Section id="scorecards" title="Scorecards">
            <Sealed debrief={debrief} viewerId={viewer?.user.id} />
            {debrief.scorecards.length ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                {debrief.scorecards.map((card) => (
                  <ScorecardCard key={card.id} card={card} top={top} />
                ))}
              </SimpleGrid>
            ) : sealed ? null : (
              <Text c="dimmed">No scorecard you may read has been submitted yet.</Text>
            )}
          </Section>
        </>
      )}
    </Stack>
  );
}
