import { Alert, Anchor, Button, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { CandidatePicker } from '../pickers/CandidatePicker';
import type { Option } from '../pickers/useSearch';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describe, formErrors } from '../errors';
import { ScheduleInterviewDocument, ScheduleOptionsDocument } from '../gql/graphql';
import { toWallClock, timeZone } from '../time';
import { PanelPicker } from './PanelPicker';
import { WhenFields, whenToInstants, type When } from './WhenFields';

const FIELDS = ['candidateId', 'stageId', 'scheduledStart', 'scheduledEnd', 'interviewerIds'];

/** The end a stage's duration suggests for `start` (a wall-clock value), or '' without one. */
function suggestedEnd(start: string, minutes: number | undefined): string {
  if (!start || !minutes) return '';
  const instant = whenToInstants({ start, end: start });
  if (!instant.ok) return '';
  return toWallClock(
    new Date(Date.parse(instant.start) + minutes * 60_000).toISOString(),
    timeZone,
  );
}

/** Schedules a candidate at a stage of a published loop, with the panel. */
export function ScheduleForm() {
  const navigate = useNavigate();
  const [{ data, fetching, error: loadError }] = useQuery({ query: ScheduleOptionsDocument });
  const [state, schedule] = useMutation(ScheduleInterviewDocument);
  const [candidateId, setCandidateId] = useState<string | null>(null);
  const [loopId, setLoopId] = useState<string | null>(null);
  const [stageId, setStageId] = useState<string | null>(null);
  const [when, setWhen] = useState<When>({ start: '', end: '' });
  const [panel, setPanel] = useState<Option[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const loops = data?.loops.edges.map((e) => e.node) ?? [];
  const loop = loops.find((l) => l.id === loopId);
  const stages = [...(loop?.stages ?? [])].sort((a, b) => a.position - b.position);
  const stage = stages.find((s) => s.id === stageId);

  function changeWhen(next: When) {
    // A new start moves an end the recruiter has not set (or that the stage set) along with it.
    const previousSuggestion = suggestedEnd(when.start, stage?.durationMinutes);
    const end =
      next.start !== when.start && (!when.end || when.end === previousSuggestion)
        ? suggestedEnd(next.start, stage?.durationMinutes) || next.end
        : next.end;
    setWhen({ ...next, end });
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!candidateId) problems.candidateId = 'Choose the candidate.';
    if (!loopId) problems.loopId = 'Choose a published loop.';
    else if (!stageId) problems.stageId = 'Choose the stage of the loop.';
    const instants = whenToInstants(when);
    if (!instants.ok) Object.assign(problems, instants.errors);
    setErrors(problems);
    if (Object.keys(problems).length || !instants.ok) return;
    const result = await schedule({
      input: {
        candidateId: candidateId!,
        stageId: stageId!,
        scheduledStart: instants.start,
        scheduledEnd: instants.end,
        interviewerIds: panel.map((o) => o.value),
      },
    });
    if (result.data) {
      void navigate(`/schedule/${result.data.scheduleInterview.id}`, {
        state: { notice: 'The interview is scheduled; its interviewers are told by e-mail.' },
      });
    } else setErrors(formErrors(result.error, FIELDS));
  }

  return (
    <Stack gap="lg" maw={720}>
      <div>
        <Anchor component={Link} to="/schedule" size="sm">
          ← Schedule
        </Anchor>
        <Title order={1} size="h2">
          Schedule an interview
        </Title>
      </div>
      {loadError && (
        <Alert color="red" variant="filled" role="alert" title="Could not load the published loops">
          {describe(loadError)}
        </Alert>
      )}
      {fetching && !data ? (
        <Loader aria-label="Loading the published loops" />
      ) : (
        <Stack component="form" gap="md" onSubmit={(e) => void submit(e)}>
          <CandidatePicker
            label="Candidate"
            description={
              <>
                Not found?{' '}
                <Anchor component={Link} to="/candidates" size="xs">
                  Add the candidate under Candidates
                </Anchor>
                .
              </>
            }
            value={candidateId}
            onChange={setCandidateId}
            error={errors.candidateId}
            withAsterisk
            maw={420}
          />
          <Group gap="md" align="flex-start" wrap="wrap">
            <Select
              label="Loop"
              description="Published loops only."
              data={loops.map((l) => ({ value: l.id, label: `${l.name} (${l.roleTitle})` }))}
              value={loopId}
              onChange={(id) => {
                setLoopId(id);
                setStageId(null);
              }}
              error={errors.loopId}
              searchable
              nothingFoundMessage="No published loop by that name"
              withAsterisk
              w={340}
            />
            <Select
              label="Stage"
              description={loop ? 'The kit the panel will use.' : 'Choose a loop first.'}
              data={stages.map((s) => ({
                value: s.id,
                label: `${s.position + 1}. ${s.name} (${s.durationMinutes} min)`,
              }))}
              value={stageId}
              onChange={(id) => {
                setStageId(id);
                const minutes = stages.find((s) => s.id === id)?.durationMinutes;
                if (when.start && !when.end) {
                  setWhen({ ...when, end: suggestedEnd(when.start, minutes) });
                }
              }}
              error={errors.stageId}
              disabled={!loop}
              withAsterisk
              w={300}
            />
          </Group>
          <WhenFields value={when} onChange={changeWhen} errors={errors} />
          <PanelPicker value={panel} onChange={setPanel} error={errors.interviewerIds} />
          {errors[''] && (
            <Alert color="red" role="alert" title="The interview was not scheduled">
              {errors['']}
            </Alert>
          )}
          {Object.keys(errors).some((k) => k !== '') && !errors[''] && (
            <Text c="red" size="sm" role="alert">
              The interview was not scheduled: see the fields marked above.
            </Text>
          )}
          <Group>
            <Button type="submit" loading={state.fetching}>
              Schedule interview
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
