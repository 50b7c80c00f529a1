import { Alert, Anchor, Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useEffect } from 'react';
import { useQuery, useSubscription } from 'urql';
import { useLiveResumed } from '../client';
import { describe } from '../errors';
import {
  MyInterviewsChangedDocument,
  MyInterviewsDocument,
  type MyInterviewsQuery,
} from '../gql/graphql';
import type { Viewer } from '../session';
import { formatDateTime, formatDuration, timeZone } from '../time';

type Row = MyInterviewsQuery['interviews']['edges'][number]['node'];

interface Groups {
  upcoming: Row[];
  awaiting: Row[];
  done: Row[];
}

/** Upcoming (not started), awaiting my feedback (mine not submitted), done (mine in, or over). */
export function groupInterviews(rows: Row[], userId: string, now: number): Groups {
  const groups: Groups = { upcoming: [], awaiting: [], done: [] };
  for (const row of rows) {
    const mine = row.scorecards.find((s) => s.interviewer.id === userId);
    if (row.status === 'CANCELLED' || row.status === 'COMPLETE' || mine?.status === 'SUBMITTED') {
      groups.done.push(row);
    } else if (Date.parse(row.scheduledEnd) > now) {
      groups.upcoming.push(row);
    } else {
      groups.awaiting.push(row);
    }
  }
  // Most urgent first: the oldest feedback due, the soonest interview; the latest done.
  groups.awaiting.sort((a, b) => Date.parse(a.feedbackDueAt) - Date.parse(b.feedbackDueAt));
  groups.done.reverse();
  return groups;
}

function InterviewRow({ row, now, kind }: { row: Row; now: number; kind: keyof Groups }) {
  const late = now - Date.parse(row.feedbackDueAt);
  return (
    <Card withBorder padding="sm" component="li">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Anchor component={Link} to={`/interviews/${row.id}`} fw={600}>
            {row.candidate.name}
          </Anchor>
          <Text size="sm" c="dimmed">
            {row.stage?.name ?? 'Stage not visible'} · {formatDateTime(row.scheduledStart)}
          </Text>
        </Stack>
        {kind === 'awaiting' &&
          (late > 0 ? (
            <Badge color="red" variant="filled" size="lg">
              Overdue by {formatDuration(late)}
            </Badge>
          ) : (
            <Text size="sm">Feedback due {formatDateTime(row.feedbackDueAt)}</Text>
          ))}
        {kind === 'done' && row.status === 'CANCELLED' && (
          <Badge color="gray" variant="light">
            Cancelled
          </Badge>
        )}
      </Group>
    </Card>
  );
}

function Section(props: { id: string; title: string; empty: string; rows: Row[]; now: number }) {
  const kind = props.id as keyof Groups;
  return (
    <section aria-labelledby={`${props.id}-title`}>
      <Title order={2} size="h4" id={`${props.id}-title`} mb="xs">
        {props.title}{' '}
        <Text span c="dimmed" fw={400}>
          ({props.rows.length})
        </Text>
      </Title>
      {props.rows.length ? (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {props.rows.map((row) => (
            <InterviewRow key={row.id} row={row} now={props.now} kind={kind} />
          ))}
        </Stack>
      ) : (
        <Text c="dimmed" size="sm">
          {props.empty}
        </Text>
      )}
    </section>
  );
}

export function MyInterviews({ viewer }: { viewer: Viewer }) {
  const [{ data, error, fetching }, reload] = useQuery({ query: MyInterviewsDocument });
  // Scheduled, moved, cancelled, assigned or feedback changed meanwhile: reload the list.
  const [live] = useSubscription({ query: MyInterviewsChangedDocument });
  useEffect(() => {
    if (live.data) reload({ requestPolicy: 'network-only' });
  }, [live.data, reload]);
  useLiveResumed(reload);
  const now = Date.now();
  const rows = data?.interviews.edges.map((e) => e.node) ?? [];
  const groups = groupInterviews(rows, viewer.user.id, now);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          My interviews
        </Title>
        <Text size="sm" c="dimmed">
          Times in your time zone ({timeZone}).
        </Text>
      </div>
      {error && (
        <Alert color="red" variant="filled" role="alert" title="Could not load your interviews">
          {describe(error)}
        </Alert>
      )}
      {fetching && !data ? (
        <Loader aria-label="Loading interviews" />
      ) : (
        <>
          <Section
            id="awaiting"
            title="Awaiting my feedback"
            empty="No feedback owed."
            rows={groups.awaiting}
            now={now}
          />
          <Section
            id="upcoming"
            title="Upcoming"
            empty="No interviews scheduled."
            rows={groups.upcoming}
            now={now}
          />
          <Section id="done" title="Done" empty="Nothing yet." rows={groups.done} now={now} />
        </>
      )}
    </Stack>
  );
}
