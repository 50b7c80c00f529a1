import type { ScheduledInterviewFragment } from '../gql/graphql';

export type Row = ScheduledInterviewFragment;

export interface ScheduleGroups {
  scheduled: Row[];
  awaiting: Row[];
  complete: Row[];
  cancelled: Row[];
}

const by = (key: (r: Row) => number, dir: 1 | -1) => (a: Row, b: Row) => dir * (key(a) - key(b));

/**
 * The recruiter's lists in the order each is worked through: the soonest interview first; the
 * feedback due earliest first (so every overdue one comes before those not yet due, the most
 * overdue on top); complete and cancelled ones latest first.
 */
export function orderGroups(groups: ScheduleGroups): ScheduleGroups {
  const start = (r: Row) => Date.parse(r.scheduledStart);
  return {
    scheduled: [...groups.scheduled].sort(by(start, 1)),
    awaiting: [...groups.awaiting].sort(by((r) => Date.parse(r.feedbackDueAt), 1)),
    complete: [...groups.complete].sort(by(start, -1)),
    cancelled: [...groups.cancelled].sort(by(start, -1)),
  };
}

/** How many of the awaiting interviews are past their feedback due time at `now`. */
export function overdueCount(awaiting: readonly Row[], now: number): number {
  return awaiting.filter((r) => Date.parse(r.feedbackDueAt) <= now).length;
}
