import { Alert, Anchor, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { describe } from '../../errors';
import { InterviewPageDocument, ScorecardByIdDocument, type Seniority } from '../../gql/graphql';
import { session } from '../../session';
import { formatDateTime, formatTimeRange, timeZone } from '../../time';
import { DraftScorecard } from './DraftScorecard';
import { GuidePanel } from './GuidePanel';
import './interview.css';
import { LevelContext, SENIORITY_ORDER } from './level';
import { OtherScorecard, PanelFeedback } from './PanelFeedback';
import { SubmittedScorecard } from './SubmittedScorecard';
import type { InterviewData, Kit } from './types';

/** A scorecard named in the address (?scorecard=id), e.g. a link from the debrief. */
function LinkedScorecard({ id, kit, mine }: { id: string; kit: Kit; mine: string | undefined }) {
  const [{ data, error }] = useQuery({
    query: ScorecardByIdDocument,
    variables: { id },
    pause: id === mine,
  });
  if (id === mine) return null;
  if (error) {
    return (
      <Alert color="red" variant="light" role="alert" title="You cannot read this scorecard">
        {describe(error)} It is not shown here.
      </Alert>
    );
  }
  return data ? <OtherScorecard kit={kit} card={data.scorecard} /> : null;
}

function Header({ interview }: { interview: InterviewData }) {
  const kit = interview.kit;
  return (
    <Stack gap={4}>
      <Title order={1} size="h2">
        {interview.candidate.name}
      </Title>
      {kit && (
        <Text>
          {kit.stageName} · {kit.roleTitle} · {kit.durationMinutes} minutes
        </Text>
      )}
      <Group gap="lg" wrap="wrap">
        <Text size="sm">
          <strong>When:</strong> {formatTimeRange(interview.scheduledStart, interview.scheduledEnd)}
        </Text>
        <Text size="sm" className="ik-controls">
          <strong>Feedback due:</strong> {formatDateTime(interview.feedbackDueAt)}
        </Text>
        <Text size="sm" c="dimmed" className="ik-controls">
          Times in your time zone ({timeZone}).
        </Text>
      </Group>
      <Text size="sm">
        <strong>Panel:</strong> {interview.interviewers.map((p) => p.displayName).join(', ')}
      </Text>
    </Stack>
  );
}

/** The interview page: the kit beside the interviewer's scorecard. */
export function InterviewView() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const viewer = useSyncExternalStore(session.subscribe, session.get);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: InterviewPageDocument,
    variables: { id },
    // Never a cached draft: the editor starts from the server's latest version.
    requestPolicy: 'network-only',
  });
  const interview = data?.interview;
  const me = viewer?.viewer.user.id;
  const mine = interview?.scorecards.find((s) => s.interviewer.id === me);
  const others =
    interview?.scorecards.filter((s) => s.interviewer.id !== me && s.status === 'SUBMITTED') ?? [];
  const linked = search.get('scorecard');
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // ?level= names the level assessed; without it, all levels alike.
  const level = SENIORITY_ORDER.find((s) => s === search.get('level')) ?? null;
  const chooseLevel = (next: Seniority | null) =>
    setSearch(
      (current) => {
        const params = new URLSearchParams(current);
        if (next) params.set('level', next);
        else params.delete('level');
        return params;
      },
      { replace: true },
    );

  return (
    <Stack gap="md" className="ik-page">
      <Anchor component={Link} to="/interviews" size="sm" className="ik-controls">
        ← My interviews
      </Anchor>
      {error && (
        <Alert color="red" variant="light" role="alert" title="You cannot open this interview">
          {describe(error)}
        </Alert>
      )}
      {fetching && !data && <Loader aria-label="Loading the interview" />}
      {interview && <Header interview={interview} />}
      {interview && !interview.kit && (
        <Alert color="gray" title="No kit">
          The kit of this interview is not available to you
          {interview.status === 'CANCELLED' ? ': it was cancelled' : ''}.
        </Alert>
      )}
      {interview?.kit && (
        <LevelContext value={level}>
          {interview.kit.instructions && (
            <Paper withBorder p="md" bg="gray.0">
              <Text fw={600} size="sm">
                Instructions for this stage
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {interview.kit.instructions}
              </Text>
            </Paper>
          )}
          <GuidePanel kit={interview.kit} level={level} onLevel={chooseLevel} />
          {linked && <LinkedScorecard id={linked} kit={interview.kit} mine={mine?.id} />}
          {mine?.status === 'DRAFT' && (
            <DraftScorecard key={mine.id} kit={interview.kit} card={mine} onSubmitted={reload} />
          )}
          {mine?.status === 'SUBMITTED' && (
            <SubmittedScorecard key={mine.id} kit={interview.kit} card={mine} onAmended={reload} />
          )}
          {!mine && (
            <Alert color="gray" title="Not on this panel">
              You are not an interviewer of this interview, so there is no scorecard of yours to
              fill in.
            </Alert>
          )}
          <PanelFeedback kit={interview.kit} cards={others} />
        </LevelContext>
      )}
    </Stack>
  );
}
