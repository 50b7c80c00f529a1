import { describe, expect, it } from 'vitest';
import { orderGroups, overdueCount, type Row } from './groups';

const HOUR = 3600_000;
const now = Date.parse('2025-05-01T12:00:00Z');
const at = (hours: number) => new Date(now + hours * HOUR).toISOString();

function row(id: string, startHours: number, dueHours = startHours + 49): Row {
  return {
    __typename: 'Interview',
    id,
    status: 'SCHEDULED',
    scheduledStart: at(startHours),
    scheduledEnd: at(startHours + 1),
    feedbackDueAt: at(dueHours),
    cancelReason: null,
    submittedCount: 0,
    candidate: { __typename: 'Candidate', id: `c-${id}`, name: id },
    loop: null,
    stage: null,
    interviewers: [],
  };
}

describe('the schedule lists', () => {
  it('puts overdue feedback first, the most overdue on top, then the rest by due time', () => {
    const groups = orderGroups({
      scheduled: [],
      awaiting: [
        row('due-later', -3, 20),
        row('overdue-1h', -60, -1),
        row('overdue-2d', -100, -48),
      ],
      complete: [],
      cancelled: [],
    });
    expect(groups.awaiting.map((r) => r.id)).toEqual(['overdue-2d', 'overdue-1h', 'due-later']);
    expect(overdueCount(groups.awaiting, now)).toBe(2);
  });

  it('lists upcoming interviews soonest first and finished ones latest first', () => {
    const groups = orderGroups({
      scheduled: [row('next-week', 168), row('tomorrow', 24)],
      awaiting: [],
      complete: [row('last-month', -720), row('yesterday', -24)],
      cancelled: [row('old', -500), row('recent', -5), row('future', 30)],
    });
    expect(groups.scheduled.map((r) => r.id)).toEqual(['tomorrow', 'next-week']);
    expect(groups.complete.map((r) => r.id)).toEqual(['yesterday', 'last-month']);
    expect(groups.cancelled.map((r) => r.id)).toEqual(['future', 'recent', 'old']);
  });
});
