import { Alert, Anchor, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { describe } from '../errors';
import { InterviewDocument } from '../gql/graphql';
import { formatDateTime, formatTimeRange } from '../time';

/** A first interview page: who, which stage, when. The kit and scorecard come next. */
export function InterviewPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: InterviewDocument, variables: { id } });
  const interview = data?.interview;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/interviews" size="sm">
        ← My interviews
      </Anchor>
      {error && (
        <Alert color="red" variant="filled" role="alert" title="Could not open this interview">
          {describe(error)}
        </Alert>
      )}
      {fetching && !data && <Loader aria-label="Loading the interview" />}
      {interview && (
        <>
          <Title order={1} size="h2">
            {interview.candidate.name}
          </Title>
          <Card withBorder>
            <Stack gap={4}>
              <Text>
                <strong>Stage:</strong> {interview.stage?.name ?? 'not visible to you'}
                {interview.stage ? ` (${interview.stage.durationMinutes} minutes)` : ''}
              </Text>
              <Text>
                <strong>When:</strong>{' '}
                {formatTimeRange(interview.scheduledStart, interview.scheduledEnd)}
              </Text>
              <Text>
                <strong>Feedback due:</strong> {formatDateTime(interview.feedbackDueAt)}
              </Text>
            </Stack>
          </Card>
          <Text c="dimmed" size="sm">
            The kit and the scorecard for this interview will appear here.
          </Text>
        </>
      )}
    </Stack>
  );
}
