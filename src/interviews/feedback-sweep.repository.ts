import type { EntityManager } from 'typeorm';
import { DEFAULT_SETTINGS } from '../tenancy/tenant-settings.js';

/*
 * The SQL of the feedback sweep: the reminder rounds due now and the overdue scorecards to
 * announce (marked once). FeedbackSweep holds the rules and sends.
 */

/** The tenant's reminder and due policy, one row, defaults where no settings row exists. */
const POLICY = `
  SELECT coalesce(ts.feedback_reminder_delay_minutes, ${DEFAULT_SETTINGS.feedbackReminderDelayMinutes}) AS delay_minutes,
         coalesce(ts.feedback_reminder_interval_hours, ${DEFAULT_SETTINGS.feedbackReminderIntervalHours}) AS interval_hours,
         coalesce(ts.feedback_reminder_limit, ${DEFAULT_SETTINGS.feedbackReminderLimit}) AS reminder_limit,
         coalesce(ts.feedback_due_hours, ${DEFAULT_SETTINGS.feedbackDueHours}) AS due_hours
    FROM (SELECT 1) one LEFT JOIN tenant_settings ts ON ts.tenant_id = $2`;

export interface ReminderRow {
  scorecard_id: string;
  interview_id: string;
  email: string;
  loop_name: string;
  stage_name: string;
  scheduled_start: Date;
  due_at: Date;
  round: number;
  reminder_limit: number;
}

export interface OverdueRow {
  scorecard_id: string;
  interview_id: string;
  candidate_id: string;
  interviewer_id: string;
  due_at: Date;
}

/**
 * The reminders due at `now`: per draft scorecard of a non-cancelled interview whose
 * interviewer is still a member, the round the clock says is due (at most the limit).
 */
export async function dueReminders(
  em: EntityManager,
  tenantId: string,
  now: Date,
): Promise<ReminderRow[]> {
  return em.query<ReminderRow[]>(
    `WITH p AS (${POLICY}),
            d AS (SELECT s.id AS scorecard_id, s.interview_id, s.interviewer_id,
                         i.scheduled_start, i.loop_id, i.stage_id, p.reminder_limit,
                         i.scheduled_end + make_interval(hours => p.due_hours) AS due_at,
                         extract(epoch FROM $1::timestamptz - i.scheduled_end
                                 - make_interval(mins => p.delay_minutes)) AS since_first,
                         p.interval_hours * 3600 AS every
                    FROM scorecards s
                    JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id
                    CROSS JOIN p
                   WHERE s.status = 'DRAFT' AND i.status <> 'CANCELLED' AND p.reminder_limit > 0
                     AND i.scheduled_end <= $1::timestamptz - make_interval(mins => p.delay_minutes)
                     AND i.scheduled_end > $1::timestamptz - make_interval(mins => p.delay_minutes)
                                           - make_interval(hours => p.interval_hours * p.reminder_limit))
       SELECT d.scorecard_id, d.interview_id, u.email, l.name AS loop_name, st.name AS stage_name,
              d.scheduled_start, d.due_at, d.reminder_limit,
              least(d.reminder_limit, floor(d.since_first / d.every)::int + 1) AS round
         FROM d
         JOIN memberships m ON m.user_id = d.interviewer_id
         JOIN users u ON u.id = d.interviewer_id
         JOIN interview_loops l ON l.id = d.loop_id
         JOIN loop_stages st ON st.id = d.stage_id
        ORDER BY d.due_at, d.scorecard_id`,
    [now, tenantId],
  );
}

/**
 * Marks the drafts that passed their due time at `now` (no longer ago than `lookbackDays`) as
 * announced, and returns those this call marked: each scorecard once.
 */
export async function markOverdue(
  em: EntityManager,
  tenantId: string,
  now: Date,
  lookbackDays: number,
): Promise<OverdueRow[]> {
  return em.query<OverdueRow[]>(
    `WITH p AS (${POLICY}),
            due AS (SELECT s.tenant_id, s.id, s.interview_id, s.candidate_id, s.interviewer_id,
                           i.scheduled_end + make_interval(hours => p.due_hours) AS due_at
                      FROM scorecards s
                      JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id
                      CROSS JOIN p
                     WHERE s.status = 'DRAFT' AND i.status <> 'CANCELLED'
                       AND i.scheduled_end <= $1::timestamptz - make_interval(hours => p.due_hours)
                       AND i.scheduled_end > $1::timestamptz - make_interval(hours => p.due_hours)
                                             - make_interval(days => $3)),
            marked AS (INSERT INTO scorecard_notices (tenant_id, scorecard_id, kind)
                       SELECT tenant_id, id, 'overdue' FROM due
                       ON CONFLICT DO NOTHING RETURNING scorecard_id)
       SELECT due.id AS scorecard_id, due.interview_id, due.candidate_id, due.interviewer_id,
              due.due_at
         FROM due JOIN marked ON marked.scorecard_id = due.id
        ORDER BY due.due_at, due.id`,
    [now, tenantId, lookbackDays],
  );
}
