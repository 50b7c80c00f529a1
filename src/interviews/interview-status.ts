import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WebhookDeliveryWorker } from '../integration/webhooks/webhook-delivery.worker.js';
import { WebhookEventType } from '../integration/webhooks/webhook-event-type.js';
import { WebhookOutbox, type OutboxEvent } from '../integration/webhooks/webhook-outbox.service.js';
import { InterviewStatus } from './entities/interview.enums.js';
import type { InterviewNotifier } from './interview-notifier.js';
import { catchUpInterviewStatus, recomputeStatus } from './interview-status.repository.js';

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
  const row = await recomputeStatus(em, interviewId);
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

/** Adds catchUpInterviewStatus to the webhook worker's per-tenant sweep round. */
@Injectable()
export class InterviewStatusCatchUp implements OnModuleInit {
  constructor(private readonly worker: WebhookDeliveryWorker) {}
  onModuleInit(): void {
    this.worker.addSweepStep(catchUpInterviewStatus);
  }
}
