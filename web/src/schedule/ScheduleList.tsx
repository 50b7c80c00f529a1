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
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { describe } from '../errors';
import { ScheduleGroupDocument, type InterviewOrder, type InterviewStatus } from '../gql/graphql';
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

/**
 * One status's interviews, a page at a time (a query each: together they would pass the API's
 * cost limit); `more` loads the next page after those shown.
 */
function useGroup(status: InterviewStatus, order: InterviewOrder) {
  // The pages already shown, and the total they came with, while the next one loads.
  const [shown, setShown] = useState<{ after: string; rows: Row[]; total: number } | null>(null);
  const after = shown?.after ?? null;
  const [{ data, error, fetching, operation }] = useQuery({
    query: ScheduleGroupDocument,
    variables: { status, order, after },
  });
  // While the next page loads urql still holds the one before it, already among `shown`: a
  // page counts only under the cursor it was asked for.
  const page = operation?.variables.after === after ? data?.interviews : undefined;
  const rows = [...(shown?.rows ?? []), ...(page?.edges.map((e) => e.node) ?? [])];
  const total = page?.totalCount ?? shown?.total ?? null;
  const next = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  const more = next ? () => setShown({ after: next, rows, total: page!.totalCount }) : null;
  const loadingMore = shown !== null && !page && !error;
  return { rows, total, more, loadingMore, error, fetching, loaded: total !== null };
}

/** Every interview of the tenant by status, each list in the order it is worked through. */
export function ScheduleList() {
  const queries = {
    scheduled: useGroup('SCHEDULED', 'START_ASC'),
    awaiting: useGroup('AWAITING_FEEDBACK', 'START_ASC'),
    complete: useGroup('COMPLETE', 'START_DESC'),
    cancelled: useGroup('CANCELLED', 'START_DESC'),
  };
  const lists = Object.values(queries);
  const error = lists.find((q) => q.error)?.error;
  const fetching = lists.some((q) => q.fetching);
  const loaded = lists.every((q) => q.loaded);
  const { scheduled, awaiting, complete, cancelled } = queries;
  const now = Date.now();
  const groups = loaded
    ? orderGroups({
        scheduled: scheduled.rows,
        awaiting: awaiting.rows,
        complete: complete.rows,
        cancelled: cancelled.rows,
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
      {fetching && !loaded ? (
        <Loader aria-label="Loading interviews" />
      ) : (
        groups &&
        SECTIONS.map(({ kind, title, empty }) => {
          const rows = groups[kind];
          const { total, more, loadingMore } = queries[kind];
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
              {total !== null && total > rows.length && (
                <Group gap="sm" mt={4}>
                  <Text size="sm" c="dimmed">
                    Showing {rows.length} of {total}.
                  </Text>
                  {(more || loadingMore) && (
                    <Button
                      size="xs"
                      variant="default"
                      loading={loadingMore}
                      onClick={more ?? undefined}
                      aria-label={`Show more: ${title}`}
                    >
                      Show more
                    </Button>
                  )}
                </Group>
              )}
            </section>
          );
        })
      )}
    </Stack>
  );
}
