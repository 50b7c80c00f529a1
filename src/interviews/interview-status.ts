import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WebhookDeliveryWorker } from '../integration/webhooks/webhook-delivery.worker.js';
import { WebhookEventType } from '../integration/webhooks/webhook-event-type.js';
import { WebhookOutbox, type OutboxEvent } from '../integration/webhooks/webhook-outbox.service.js';
import { InterviewStatus } from './entities/interview.enums.js';
import { panelStatusSql } from './interview.repository.js';
import {
  feedbackCompleteMailSql,
  type FeedbackCompleteMail,
  type InterviewNotifier,
} from './interview-notifier.js';

/**
 * Recomputes an interview's stored status from its scorecards: COMPLETE when every assigned
 * interviewer has submitted, AWAITING_FEEDBACK once one has. Returns the new status, or null
 * for a cancelled interview. Emits `before` (the caller's events of the same change), then,
 * on the move to COMPLETE (only the move), `interview.feedback_complete`, in one outbox call,
 * and mails the loop's hiring managers, in the caller's transaction. The statement returns what
 * those need (the panel, the mail's facts and recipients), so nothing is read twice.
 */
export async function refreshInterviewStatus(
  em: EntityManager,
  interviewId: string,
  outbox: WebhookOutbox,
  notifier: InterviewNotifier,
  before: OutboxEvent[] = [],
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
      panel: string[];
      mail: FeedbackCompleteMail | null;
    }[],
    number,
  ] = await em.query(
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
  const row = rows[0];
  if (!row) {
    // A cancelled interview: its writers refuse before getting here.
    if (before.length) throw new Error('events for a cancelled interview');
    return null;
  }
  const events = [...before];
  if (row.status === InterviewStatus.COMPLETE && row.previous !== InterviewStatus.COMPLETE) {
    events.push(feedbackCompleteEvent({ ...row, id: interviewId }, row.panel));
  }
  await outbox.emitAll(
    em,
    row.tenant_id,
    events.map((e) => ({ ...e, panel: e.panel ?? row.panel })),
  );
  if (row.mail) await notifier.feedbackComplete(em, row.tenant_id, interviewId, row.mail);
  return row.status;
}

/** The event of an interview's move to COMPLETE, `panel` its interviewers in id order. */
export function feedbackCompleteEvent(
  i: {
    id: string;
    candidate_id: string;
    loop_id: string;
    stage_id: string;
    completed_at: Date | null;
  },
  panel: string[],
): OutboxEvent {
  return {
    type: WebhookEventType.INTERVIEW_FEEDBACK_COMPLETE,
    payload: {
      interviewId: i.id,
      candidateId: i.candidate_id,
      loopId: i.loop_id,
      stageId: i.stage_id,
      interviewerIds: panel,
      completedAt: i.completed_at ? new Date(i.completed_at).toISOString() : null,
    },
  };
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
