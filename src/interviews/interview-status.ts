import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WebhookDeliveryWorker } from '../integration/webhooks/webhook-delivery.worker.js';
import { WebhookEventType } from '../integration/webhooks/webhook-event-type.js';
import { WebhookOutbox } from '../integration/webhooks/webhook-outbox.service.js';
import { InterviewStatus } from './entities/interview.enums.js';
import type { InterviewNotifier } from './interview-notifier.js';

/**
 * Recomputes an interview's stored status from its scorecards: COMPLETE when every assigned
 * interviewer has submitted, AWAITING_FEEDBACK once one has. Returns the new status, or null
 * for a cancelled interview. The move to COMPLETE (only the move) emits
 * `interview.feedback_complete` through the outbox and mails the loop's hiring managers, in the
 * caller's transaction.
 */
export async function refreshInterviewStatus(
  em: EntityManager,
  interviewId: string,
  outbox: WebhookOutbox,
  notifier: InterviewNotifier,
): Promise<InterviewStatus | null> {
  // For an UPDATE, the query runner answers [rows, affected count]. `prev` reads the row as
  // it was before this statement (same snapshot).
  const [rows]: [
    {
      status: InterviewStatus;
      previous: InterviewStatus;
      tenant_id: string;
      candidate_id: string;
      loop_id: string;
      stage_id: string;
      completed_at: Date | null;
    }[],
    number,
  ] = await em.query(
    `WITH prev AS (SELECT status FROM interviews WHERE id = $1)
     UPDATE interviews i
        SET status = x.status,
            completed_at = CASE WHEN x.status = 'COMPLETE' THEN coalesce(i.completed_at, now()) END,
            updated_at = now()
       FROM (SELECT (CASE WHEN count(*) FILTER (WHERE s.status = 'SUBMITTED') = 0 THEN 'SCHEDULED'
                          WHEN count(*) FILTER (WHERE s.status = 'DRAFT') = 0 THEN 'COMPLETE'
                          ELSE 'AWAITING_FEEDBACK' END)::interview_status AS status
               FROM scorecards s WHERE s.interview_id = $1) x, prev
      WHERE i.id = $1 AND i.status <> 'CANCELLED'
      RETURNING i.status, prev.status AS previous, i.tenant_id, i.candidate_id, i.loop_id,
                i.stage_id, i.completed_at`,
    [interviewId],
  );
  const row = rows[0];
  if (row?.status === InterviewStatus.COMPLETE && row.previous !== InterviewStatus.COMPLETE) {
    const panel: { interviewer_id: string }[] = await em.query(
      `SELECT interviewer_id FROM scorecards WHERE interview_id = $1 ORDER BY interviewer_id`,
      [interviewId],
    );
    await outbox.emit(em, row.tenant_id, WebhookEventType.INTERVIEW_FEEDBACK_COMPLETE, {
      interviewId,
      candidateId: row.candidate_id,
      loopId: row.loop_id,
      stageId: row.stage_id,
      interviewerIds: panel.map((p) => p.interviewer_id),
      completedAt: row.completed_at ? new Date(row.completed_at).toISOString() : null,
    });
    await notifier.feedbackComplete(em, row.tenant_id, interviewId);
  }
  return row?.status ?? null;
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

/** Adds catchUpInterviewStatus to the webhook worker's per-tenant sweep round. */
@Injectable()
export class InterviewStatusCatchUp implements OnModuleInit {
  constructor(private readonly worker: WebhookDeliveryWorker) {}
  onModuleInit(): void {
    this.worker.addSweepStep(catchUpInterviewStatus);
  }
}

/** The interviewers assigned to an interview. */
export async function panelOf(em: EntityManager, interviewId: string): Promise<string[]> {
  const rows: { interviewer_id: string }[] = await em.query(
    `SELECT interviewer_id FROM scorecards WHERE interview_id = $1`,
    [interviewId],
  );
  return rows.map((r) => r.interviewer_id);
}
