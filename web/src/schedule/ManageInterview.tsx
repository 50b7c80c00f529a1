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
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describe, formErrors } from '../errors';
import {
  AssignInterviewersDocument,
  CancelInterviewDocument,
  RescheduleInterviewDocument,
  ScheduledInterviewByIdDocument,
  type ScheduledInterviewFragment,
} from '../gql/graphql';
import { formatDateTime, formatTimeRange, timeZone, toWallClock } from '../time';
import { PanelPicker } from './PanelPicker';
import { WhenFields, whenToInstants, zoneLabel, type When } from './WhenFields';

/** Tells the page what a section changed, in a sentence. */
type Saved = (notice: string) => void;

const STATUS: Record<string, { label: string; color: string }> = {
  SCHEDULED: { label: 'Scheduled', color: 'blue' },
  AWAITING_FEEDBACK: { label: 'Awaiting feedback', color: 'orange' },
  COMPLETE: { label: 'Complete', color: 'green' },
  CANCELLED: { label: 'Cancelled', color: 'gray' },
};

function Reschedule({ row, onSaved }: { row: ScheduledInterviewFragment; onSaved: Saved }) {
  const [state, reschedule] = useMutation(RescheduleInterviewDocument);
  const initial = () => ({
    start: toWallClock(row.scheduledStart, timeZone),
    end: toWallClock(row.scheduledEnd, timeZone),
  });
  const [when, setWhen] = useState<When>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const closed = row.status === 'CANCELLED' || row.status === 'COMPLETE';
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const instants = whenToInstants(when);
    if (!instants.ok) return setErrors(instants.errors);
    const result = await reschedule({
      input: { id: row.id, scheduledStart: instants.start, scheduledEnd: instants.end },
    });
    setErrors(formErrors(result.error, ['scheduledStart', 'scheduledEnd']));
    if (result.data) onSaved('Moved. The interviewers get an updated invitation.');
  }
  return (
    <Card withBorder component="section" aria-labelledby="reschedule-title">
      <Stack component="form" gap="sm" onSubmit={(e) => void submit(e)}>
        <Title order={2} size="h4" id="reschedule-title">
          Time
        </Title>
        {closed && (
          <Text size="sm">
            A {STATUS[row.status].label.toLowerCase()} interview cannot be moved.
          </Text>
        )}
        <WhenFields value={when} onChange={setWhen} errors={errors} disabled={closed} />
        {errors[''] && (
          <Alert color="red" role="alert" title="Not moved">
            {errors['']}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={state.fetching} disabled={closed}>
            Reschedule
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

const asOption = (user: { id: string; displayName: string }) => ({
  value: user.id,
  label: user.displayName,
});

function Panel({ row, onSaved }: { row: ScheduledInterviewFragment; onSaved: Saved }) {
  const [state, assign] = useMutation(AssignInterviewersDocument);
  const [panel, setPanel] = useState(row.interviewers.map(asOption));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const closed = row.status === 'CANCELLED';
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await assign({
      input: { interviewId: row.id, interviewerIds: panel.map((o) => o.value) },
    });
    setErrors(formErrors(result.error, ['interviewerIds']));
    if (result.data) {
      setPanel(result.data.assignInterviewers.interviewers.map(asOption));
      onSaved('Panel saved. New interviewers are told by e-mail.');
    }
  }
  return (
    <Card withBorder component="section" aria-labelledby="panel-title">
      <Stack component="form" gap="sm" onSubmit={(e) => void submit(e)}>
        <Title order={2} size="h4" id="panel-title">
          Panel
        </Title>
        <Text size="sm" c="dimmed">
          Removing an interviewer deletes their draft; one who has submitted stays.
        </Text>
        <PanelPicker
          value={panel}
          onChange={setPanel}
          error={errors.interviewerIds}
          disabled={closed}
        />
        {errors[''] && (
          <Alert color="red" role="alert" title="Panel not saved">
            {errors['']}
          </Alert>
        )}
        <Group>
          <Button type="submit" variant="default" loading={state.fetching} disabled={closed}>
            Save panel
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function Cancel({ row, onSaved }: { row: ScheduledInterviewFragment; onSaved: Saved }) {
  const [state, cancel] = useMutation(CancelInterviewDocument);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (row.status === 'CANCELLED') {
    return (
      <Alert color="gray" title="This interview is cancelled">
        Reason: {row.cancelReason || 'none given'}
      </Alert>
    );
  }
  if (row.status === 'COMPLETE') return null;
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setErrors({ reason: 'Say why, for the panel and the record.' });
    const result = await cancel({ input: { id: row.id, reason: reason.trim() } });
    setErrors(formErrors(result.error, ['reason']));
    if (result.data)
      onSaved('Cancelled. The interviewers are told and their calendar entries removed.');
  }
  return (
    <Card withBorder component="section" aria-labelledby="cancel-title">
      <Stack component="form" gap="sm" onSubmit={(e) => void submit(e)}>
        <Title order={2} size="h4" id="cancel-title">
          Cancel the interview
        </Title>
        <Textarea
          label="Reason"
          description="Shown in the schedule; the interviewers' calendar entries are removed."
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
          autosize
          minRows={2}
          maxLength={2000}
          maw={560}
        />
        {errors[''] && (
          <Alert color="red" role="alert" title="Not cancelled">
            {errors['']}
          </Alert>
        )}
        <Group>
          <Button type="submit" color="red" variant="outline" loading={state.fetching}>
            Cancel interview
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** One interview: when, who, and the recruiter's changes to it. */
export function ManageInterview() {
  const { id = '' } = useParams();
  const [notice, setNotice] = useState(
    (useLocation().state as { notice?: string } | null)?.notice ?? null,
  );
  const [{ data, error, fetching }] = useQuery({
    query: ScheduledInterviewByIdDocument,
    variables: { id },
  });
  const row = data?.interview;
  return (
    <Stack gap="lg" maw={860}>
      <Anchor component={Link} to="/schedule" size="sm">
        ← Schedule
      </Anchor>
      {error && (
        <Alert color="red" variant="filled" role="alert" title="Could not load the interview">
          {describe(error)}
        </Alert>
      )}
      {fetching && !data && <Loader aria-label="Loading the interview" />}
      {row && (
        <>
          <div>
            <Group gap="sm">
              <Title order={1} size="h2">
                {row.candidate.name || 'Anonymised candidate'}: {row.stage?.name ?? 'interview'}
              </Title>
              <Badge color={STATUS[row.status].color} variant="light" c="dark.9" size="lg">
                {STATUS[row.status].label}
              </Badge>
            </Group>
            <Text size="sm">
              {row.loop?.name} · {formatTimeRange(row.scheduledStart, row.scheduledEnd)} (
              {zoneLabel(Date.parse(row.scheduledStart))})
            </Text>
            <Text size="sm" c="dimmed">
              Panel: {row.interviewers.map((i) => i.displayName).join(', ') || 'nobody yet'} ·
              feedback due {formatDateTime(row.feedbackDueAt)} · {row.submittedCount} scorecard
              {row.submittedCount === 1 ? '' : 's'} in
            </Text>
          </div>
          {notice && (
            <Alert color="green" role="status">
              {notice}
            </Alert>
          )}
          {/* Keyed by the times: after a move (here or elsewhere) the fields show the new ones. */}
          <Reschedule
            key={`${row.scheduledStart} ${row.scheduledEnd}`}
            row={row}
            onSaved={setNotice}
          />
          <Panel row={row} onSaved={setNotice} />
          <Cancel row={row} onSaved={setNotice} />
        </>
      )}
    </Stack>
  );
}
