import type {
  CalibrationInterviewerPageFragment,
  CalibrationQuestionPageFragment,
} from '../gql/graphql';
import { fromWallClock, toWallClock } from '../time';

export type QuestionRow = CalibrationQuestionPageFragment['edges'][number]['node'];
export type InterviewerRow = CalibrationInterviewerPageFragment['edges'][number]['node'];

/** Below this many scorecards a leniency says little: drawn faded, flagged in the table. */
export const FEW_SCORECARDS = 5;

/**
 * Half the width of a rough 95% range around a leniency from `scorecards` scorecards: leniency
 * is in standard deviations, and a mean of n independent values varies by about 1/√n of one.
 * Scores within a scorecard are not independent, so each scorecard counts once.
 */
export function leniencyRange(scorecards: number): number {
  return 1.96 / Math.sqrt(Math.max(1, scorecards));
}

/** The interviewers the leniency plot draws: those with a leniency. */
export const plotted = (rows: InterviewerRow[]) =>
  rows.filter((r) => r.leniency !== null && r.leniency !== undefined);

/**
 * The leniency axis's ticks for a domain of ±`limit` (a multiple of 0.5): zero and equal steps
 * either side of it, about five to seven in all (the chart library's own picked uneven ones,
 * such as -2.5, -0.5, +1.5, +2.5, and left zero unlabelled).
 */
export function leniencyTicks(limit: number): number[] {
  const step = limit <= 1.5 ? 0.5 : limit <= 4 ? 1 : Math.ceil(limit / 3);
  const n = Math.floor(limit / step);
  return Array.from({ length: 2 * n + 1 }, (_, i) => (i - n) * step);
}

/** The leniency plot's chart height in pixels for `dots` interviewers (a row each, and the axis). */
export const plotHeight = (dots: number) => dots * 48 + 56;

export interface Period {
  /** First day, "YYYY-MM-DD", inclusive. */
  from: string;
  /** Last day, "YYYY-MM-DD", inclusive. */
  to: string;
}

/** The last `days` days up to and including today in `zone`. */
export function lastDays(days: number, now: number, zone: string): Period {
  const today = toWallClock(new Date(now).toISOString(), zone).slice(0, 10);
  const first = new Date(Date.parse(`${today}T00:00:00Z`) - (days - 1) * 86_400_000);
  return { from: first.toISOString().slice(0, 10), to: today };
}

/**
 * The API's window [from, to) for whole days in `zone`: from the first day's midnight to the
 * midnight after the last day. Null when a day is missing or not a date.
 */
export function periodWindow(period: Period, zone: string): { from: string; to: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(period.to)) return null;
  const after = new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000);
  if (Number.isNaN(after.getTime())) return null;
  // A midnight the clocks skip starts the day at the first minute that exists.
  const midnight = (day: string) =>
    fromWallClock(`${day}T00:00`, zone) ?? fromWallClock(`${day}T01:00`, zone);
  const from = midnight(period.from);
  const to = midnight(after.toISOString().slice(0, 10));
  return from && to ? { from, to } : null;
}

export type SortKey = 'question' | 'uses' | 'meanScore' | 'stddev' | 'agreement' | 'correlation';
export type Direction = 'ascending' | 'descending';

const VALUE: Record<Exclude<SortKey, 'question'>, (r: QuestionRow) => number | null> = {
  uses: (r) => r.uses,
  meanScore: (r) => r.meanScore,
  stddev: (r) => r.stddev,
  agreement: (r) => r.agreement ?? null,
  correlation: (r) => r.recommendationCorrelation ?? null,
};

/**
 * The questions sorted by one column; figures the API could not compute (null) go last either
 * way. Ties: the wider spread first, then the more used, then the API's order. The page starts
 * on agreement, ascending: the questions interviewers disagree on most come first.
 */
export function sortQuestions(
  rows: readonly QuestionRow[],
  key: SortKey,
  dir: Direction,
): QuestionRow[] {
  const sign = dir === 'ascending' ? 1 : -1;
  const tie = (a: QuestionRow, b: QuestionRow) => b.stddev - a.stddev || b.uses - a.uses;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (key === 'question') {
        const byText = a.row.questionVersion.prompt.localeCompare(b.row.questionVersion.prompt);
        return sign * byText || a.index - b.index;
      }
      const x = VALUE[key](a.row);
      const y = VALUE[key](b.row);
      if (x === null || y === null) {
        return x === y ? tie(a.row, b.row) || a.index - b.index : x === null ? 1 : -1;
      }
      return sign * (x - y) || tie(a.row, b.row) || a.index - b.index;
    })
    .map(({ row }) => row);
}
