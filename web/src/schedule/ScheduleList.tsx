import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { describe } from '../errors';
import { ScheduleGroupDocument, type InterviewStatus } from '../gql/graphql';
import { formatDateTime, formatDuration, formatTimeRange } from '../time';
import { orderGroups, overdueCount, type Row, type ScheduleGroups } from './groups';
import { zoneLabel } from './WhenFields';

type Kind = keyof ScheduleGroups;

const SECTIONS: { kind: Kind; title: string; empty: string }[] = [
  { kind: 'scheduled', title: 'Scheduled', empty: 'Nothing scheduled.' },
  { kind: 'awaiting', title: 'Awaiting feedback', empty: 'No feedback outstanding.' },
  { kind: 'complete', title: 'Complete', empty: 'No interview has all its feedback yet.' },
  { kind: 'cancelled', title: 'Cancelled', empty: 'None cancelled.' },
];

function InterviewCard({ row, kind, now }: { row: Row; kind: Kind; now: number }) {
  const late = now - Date.parse(row.feedbackDueAt);
  const panel = row.interviewers.map((i) => i.displayName).join(', ') || 'No interviewers yet';
  return (
    <Card component="li" withBorder padding="sm">
      <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
        <Stack gap={2}>
          <Anchor component={Link} to={`/schedule/${row.id}`} fw={600}>
            {row.candidate.name || 'Anonymised candidate'}
          </Anchor>
          <Text size="sm">
            {row.stage?.name ?? 'A stage'}
            {row.loop ? ` · ${row.loop.name}` : ''} ·{' '}
            {formatTimeRange(row.scheduledStart, row.scheduledEnd)}
          </Text>
          <Text size="sm" c="dimmed">
            Panel: {panel}
          </Text>
          {kind === 'cancelled' && (
            <Text size="sm">Reason: {row.cancelReason || 'none given'}</Text>
          )}
        </Stack>
        {kind === 'awaiting' &&
          (late > 0 ? (
            <Badge color="red" variant="filled" size="lg">
              Overdue by {formatDuration(late)}
            </Badge>
          ) : (
            <Text size="sm">Feedback due {formatDateTime(row.feedbackDueAt)}</Text>
          ))}
        {kind === 'awaiting' && (
          <Text size="sm" c="dimmed" w="100%">
            {row.submittedCount} of {row.interviewers.length} scorecards in
          </Text>
        )}
      </Group>
    </Card>
  );
}

/** Every interview of the tenant by status, each list in the order it is worked through. */
/** One status's interviews (a query each: together they would pass the API's cost limit). */
function useGroup(status: InterviewStatus) {
  const [{ data, error, fetching }] = useQuery({
    query: ScheduleGroupDocument,
    variables: { status },
  });
  return { list: data?.interviews, error, fetching };
}

export function ScheduleList() {
  const queries = {
    scheduled: useGroup('SCHEDULED'),
    awaiting: useGroup('AWAITING_FEEDBACK'),
    complete: useGroup('COMPLETE'),
    cancelled: useGroup('CANCELLED'),
  };
  const lists = Object.values(queries);
  const error = lists.find((q) => q.error)?.error;
  const fetching = lists.some((q) => q.fetching);
  const { scheduled, awaiting, complete, cancelled } = queries;
  const data =
    scheduled.list && awaiting.list && complete.list && cancelled.list
      ? {
          scheduled: scheduled.list,
          awaiting: awaiting.list,
          complete: complete.list,
          cancelled: cancelled.list,
        }
      : undefined;
  const now = Date.now();
  const groups = data
    ? orderGroups({
        scheduled: data.scheduled.edges.map((e) => e.node),
        awaiting: data.awaiting.edges.map((e) => e.node),
        complete: data.complete.edges.map((e) => e.node),
        cancelled: data.cancelled.edges.map((e) => e.node),
      })
    : null;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Schedule
          </Title>
          <Text size="sm" c="dimmed">
            Times in your time zone, {zoneLabel()}.
          </Text>
        </div>
        <Button component={Link} to="/schedule/new">
          Schedule an interview
        </Button>
      </Group>
      {error && (
        <Alert color="red" variant="filled" role="alert" title="Could not load the interviews">
          {describe(error)}
        </Alert>
      )}
      {fetching && !data ? (
        <Loader aria-label="Loading interviews" />
      ) : (
        groups &&
        SECTIONS.map(({ kind, title, empty }) => {
          const rows = groups[kind];
          const total = data![kind].totalCount;
          const overdue = kind === 'awaiting' ? overdueCount(rows, now) : 0;
          return (
            <section key={kind} aria-labelledby={`schedule-${kind}`}>
              <Title order={2} size="h4" id={`schedule-${kind}`} mb="xs">
                {title}{' '}
                <Text span c="dimmed" fw={400}>
                  ({total}
                  {overdue ? `, ${overdue} overdue` : ''})
                </Text>
              </Title>
              {rows.length ? (
                <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
                  {rows.map((row) => (
                    <InterviewCard key={row.id} row={row} kind={kind} now={now} />
                  ))}
                </Stack>
              ) : (
                <Text c="dimmed" size="sm">
                  {empty}
                </Text>
              )}
              {total > rows.length && (
                <Text size="sm" c="dimmed" mt={4}>
                  Showing {rows.length} of {total}.
                </Text>
              )}
            </section>
          );
        })
      )}
    </Stack>
  );
}
