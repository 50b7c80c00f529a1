import { Alert, Anchor, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { lazy, Suspense, useEffect } from 'react';
import { useQuery, useSubscription } from 'urql';
import { useLiveResumed } from '../client';
import { describe } from '../errors';
import { DEBRIEF_ROLES } from '../nav';
import { session } from '../session';
import { CandidateDebriefDocument, DebriefScorecardSubmittedDocument } from '../gql/graphql';
import { timeZone } from '../time';
import { CompetencyTable, Flags, Missing, ScorecardCard, Section, Tally } from './DebriefSections';

// The chart and its library (recharts, about 110 KB gzip) are a chunk of their own, fetched once
// there are competencies to draw: the debrief's text and tables do not wait for it.
const CompetencyChart = lazy(() =>
  import('./CompetencyChart').then((m) => ({ default: m.CompetencyChart })),
);

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
  const reader = DEBRIEF_ROLES.includes(session.get()?.viewer.role ?? '');
  const code = error?.graphQLErrors[0]?.extensions?.code;
  const refused = code === 'FORBIDDEN';
  const title = refused
    ? 'You cannot read this debrief'
    : code === 'NOT_FOUND'
      ? 'There is no such candidate'
      : 'Could not load the debrief';
  const top = Math.max(0, ...(data?.ratingScale.levels.map((l) => l.value) ?? []));
  const loops = [...new Set(debrief?.interviews.map((i) => i.loop?.name).filter(Boolean))];
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
              Debrief{loops.length ? ` · ${loops.join(', ')}` : ''} · {debrief.scorecards.length}{' '}
              scorecard{debrief.scorecards.length === 1 ? '' : 's'} in, {debrief.missing.length}{' '}
              missing · times in your time zone ({timeZone})
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
                <Suspense
                  fallback={
                    <Group role="status" gap="xs" h={debrief.competencies.length * 44 + 40}>
                      <Loader size="sm" aria-hidden />
                      <Text size="sm" c="dimmed">
                        Loading the competency chart…
                      </Text>
                    </Group>
                  }
                >
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
                </Suspense>
                <CompetencyTable debrief={debrief} id="competency-figures" />
              </Stack>
            ) : (
              <Text c="dimmed">No scores yet.</Text>
            )}
          </Section>
          <Section id="scorecards" title="Scorecards">
            {debrief.scorecards.length ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                {debrief.scorecards.map((card) => (
                  <ScorecardCard key={card.id} card={card} top={top} />
                ))}
              </SimpleGrid>
            ) : (
              <Text c="dimmed">No scorecard you may read has been submitted yet.</Text>
            )}
          </Section>
        </>
      )}
    </Stack>
  );
}
