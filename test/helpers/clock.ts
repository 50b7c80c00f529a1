/**
 * Time in tests is always relative to the test's own clock: a literal date turns from future to
 * past on the day the calendar reaches it (main went red on 2026-12-01 for exactly that).
 */
export const HOUR = 3600_000;
export const DAY = 24 * HOUR;

/** ISO-8601 instant `ms` milliseconds from now (negative: in the past). */
export function fromNow(ms: number): string {
  return new Date(Date.now() + ms).toISOString();
}

/**
 * ISO-8601 instant about `hours` from now, on a whole minute so that a test can compare it with
 * what the API echoes back.
 */
export function hoursFromNow(hours: number): string {
  const at = Date.now() + hours * HOUR;
  return new Date(at - (at % 60_000)).toISOString();
}
