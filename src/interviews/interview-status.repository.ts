import type { EntityManager } from 'typeorm';
import { InterviewStatus } from './entities/interview.enums.js';
import { panelStatusSql } from './interview.repository.js';
import {
  feedbackCompleteMailSql,
  type FeedbackCompleteMail,
} from './interview-notifier.repository.js';

/*
 * The SQL of an interview's stored status: its recomputation from the panel's scorecards and
 * the periodic catch-up of what time alone changed. interview-status.ts holds the rules.
 */

/** What recomputeStatus answers. */
export interface RecomputedStatus {
  status: InterviewStatus;
  previous: InterviewStatus;
  tenant_id: string;
  candidate_id: string;
  loop_id: string;
  stage_id: string;
  completed_at: Date | null;
  panel: string[];
  mail: FeedbackCompleteMail | null;
}

/**
 * Stores the status recomputed from the interview's scorecards (panelStatusSql), with the
 * previous one, the panel in id order and, on the move to COMPLETE, the feedback-complete
 * mail's facts; undefined for a cancelled interview.
 */
export async function recomputeStatus(
  em: EntityManager,
  interviewId: string,
): Promise<RecomputedStatus | undefined> {
  // For an UPDATE, the query runner answers [rows, affected count]. `prev` reads the row as
  // it was before this statement (same snapshot).
  const [rows]: [RecomputedStatus[], number] = await em.query(
    `WITH prev AS (SELECT status FROM interviews WHERE id = $1)
     UPDATE interviews i
        SET status = x.status,
            completed_at = CASE WHEN x.status = 'COMPLETE' THEN coalesce(i.completed_at, now()) END,
            updated_at = now()
       FROM (SELECT ${panelStatusSql('s.status')} AS status,
                    coalesce(array_agg(s.interviewer_id::text ORDER BY s.interviewer_id)
                               FILTER (WHERE s.interviewer_id IS NOT NULL), '{}') AS panel
               FROM scorecards s WHERE s.interview_id = $1) x, prev
      WHERE i.id = $1 AND i.status <> 'CANCELLED'
      RETURNING i.status, prev.status AS previous, i.tenant_id, i.candidate_id, i.loop_id,
                i.stage_id, i.completed_at, x.panel,
                CASE WHEN i.status = 'COMPLETE' AND prev.status <> 'COMPLETE'
                     THEN ${feedbackCompleteMailSql('i')} END AS mail`,
    [interviewId],
  );
  return rows[0];
}

/**
 * Stores what time alone changed: SCHEDULED interviews whose end has passed become
 * AWAITING_FEEDBACK. Reads already show it; storing it moves the rows forward in the sync
 * feeds, so an integration hears of it. Run periodically, per tenant. Returns the count.
 */
export async function catchUpInterviewStatus(em: EntityManager): Promise<number> {
  const [, count]: [unknown, number] = await em.query(
    `UPDATE interviews SET status = 'AWAITING_FEEDBACK'
      WHERE status = 'SCHEDULED' AND scheduled_end <= now()`,
  );
  return count;
}

/** The interviewers assigned to an interview. */
export async function panelOf(em: EntityManager, interviewId: string): Promise<string[]> {
  const rows: { interviewer_id: string }[] = await em.query(
    `SELECT interviewer_id FROM scorecards WHERE interview_id = $1`,
    [interviewId],
  );
  return rows.map((r) => r.interviewer_id);
}
