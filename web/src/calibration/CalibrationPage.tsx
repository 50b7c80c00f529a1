import { Alert, Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { formErrors } from '../errors';
import { timeZone } from '../time';
import { InterviewerTable } from './InterviewerTable';
import { QuestionTable } from './QuestionTable';
import { lastDays, periodWindow, plotHeight, plotted, type Period } from './figures';
import { useCalibrationRows } from './rows';

// The plot and its chart library (recharts, about 120 KB gzip) are a chunk of their own, fetched
// once there are figures to draw: the page, its period fields and its tables do not wait for it.
const LeniencyPlot = lazy(() =>
  import('./LeniencyPlot').then((m) => ({ default: m.LeniencyPlot })),
);

const PRESETS = [
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
  { days: 365, label: 'Last 12 months' },
];

/** How interviewers score and how questions perform, over submitted scorecards of a period. */
export default function CalibrationPage() {
  const [period, setPeriod] = useState<Period>(() => lastDays(90, Date.now(), timeZone));
  const range = periodWindow(period, timeZone);
  const rows = useCalibrationRows(range);
  const { data, error, fetching } = rows;
  const errors = formErrors(error, ['from', 'to']);
  const interviewers = rows.interviewers.rows;
  const questions = rows.questions.rows;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          Calibration
        </Title>
        <Text size="sm" c="dimmed">
          Over the scorecards submitted in the period (days in your time zone, {timeZone}), each at
          its latest revision; cancelled interviews do not count.
        </Text>
      </div>
      <Group align="flex-end" gap="md" wrap="wrap" role="group" aria-label="Period">
        <TextInput
          type="date"
          label="From"
          value={period.from}
          onChange={(e) => setPeriod({ ...period, from: e.currentTarget.value })}
          error={errors.from ?? (!range && !period.from ? 'Enter the first day.' : undefined)}
          w={180}
        />
        <TextInput
          type="date"
          label="To (included)"
          value={period.to}
          onChange={(e) => setPeriod({ ...period, to: e.currentTarget.value })}
          error={errors.to ?? (!range && !period.to ? 'Enter the last day.' : undefined)}
          w={180}
        />
        {PRESETS.map((p) => (
          <Button
            key={p.days}
            variant="default"
            onClick={() => setPeriod(lastDays(p.days, Date.now(), timeZone))}
          >
            {p.label}
          </Button>
        ))}
      </Group>
      {errors[''] && (
        <Alert color="red" variant="filled" role="alert" title="Could not load calibration">
          {errors['']}
        </Alert>
      )}
      {fetching && !data ? (
        <Loader aria-label="Loading calibration" />
      ) : (
        data && (
          <>
            <section aria-labelledby="interviewers-title">
              <Title order={2} size="h3" id="interviewers-title">
                Interviewers
              </Title>
              <Text size="sm" mb="sm" maw={760}>
                Leniency compares each interviewer&apos;s scores with everyone&apos;s scores on the
                same questions, in standard deviations: right of zero scores higher than peers, left
                lower. A dot resting on few scorecards can move a lot with the next one.
              </Text>
              {interviewers.length ? (
                <Stack gap="md">
                  {plotted(interviewers).length > 0 && (
                    <Suspense fallback={<PlotLoading dots={plotted(interviewers).length} />}>
                      <LeniencyPlot rows={interviewers} />
                    </Suspense>
                  )}
                  <InterviewerTable rows={interviewers} />
                  <ShowMore list={rows.interviewers} name="interviewers" />
                </Stack>
              ) : (
                <Text c="dimmed">No scorecards were submitted in this period.</Text>
              )}
            </section>
            <section aria-labelledby="questions-title">
              <Title order={2} size="h3" id="questions-title">
                Questions
              </Title>
              <Text size="sm" mb="sm" maw={760}>
                Agreement is the share of pairs of interviewers who gave the same candidate the same
                score on a criterion; fit is how well a question&apos;s score follows the
                scorecard&apos;s recommendation (−1 to 1). The questions interviewers disagree on
                most come first; click a column to sort by it.
              </Text>
              {questions.length ? (
                <Stack gap="md">
                  <QuestionTable rows={questions} />
                  <ShowMore list={rows.questions} name="questions" />
                </Stack>
              ) : (
                <Text c="dimmed">No question was scored in this period.</Text>
              )}
            </section>
          </>
        )
      )}
    </Stack>
  );
}

/** Said where the plot will be, in about the room it takes, while its code loads. */
function PlotLoading({ dots }: { dots: number }) {
  return (
    <Group role="status" justify="center" gap="xs" h={plotHeight(dots) + 28}>
      <Loader size="sm" aria-hidden />
      <Text size="sm" c="dimmed">
        Loading the leniency plot…
      </Text>
    </Group>
  );
}

/** Loads the list's next page of 100 below those shown. */
function ShowMore({
  list,
  name,
}: {
  list: { more: (() => void) | null; loading: boolean };
  name: string;
}) {
  if (!list.more) return null;
  return (
    <Button
      variant="default"
      size="xs"
      w="fit-content"
      loading={list.loading}
      onClick={list.more}
      aria-label={`Show more ${name}`}
    >
      Show more
    </Button>
  );
}
