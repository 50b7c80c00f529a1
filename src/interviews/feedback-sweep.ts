import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/config.js';
import { Database } from '../database/database.service.js';
import { everyInterval, sweepTenants } from '../integration/jobs/sweep-tenants.js';
import { MailOutbox } from '../integration/mail/mail-outbox.service.js';
import { appLink, humanTime, renderMessage } from '../integration/mail/mail-render.js';
import { WebhookEventType } from '../integration/webhooks/webhook-event-type.js';
import { WebhookOutbox } from '../integration/webhooks/webhook-outbox.service.js';
import { dueReminders, markOverdue } from './feedback-sweep.repository.js';

/** Overdue scorecards older than this are not announced (a first run would flood receivers). */
const OVERDUE_LOOKBACK_DAYS = 30;

export interface FeedbackSweepResult {
  /** Reminder messages queued. */
  reminders: number;
  /** scorecard.overdue events recorded (one per scorecard, whether or not an endpoint listens). */
  overdue: number;
}

/**
 * The feedback sweep: reminds interviewers of scorecards they still owe, by the tenant's policy,
 * and announces each scorecard once when it passes its due time (`scorecard.overdue`).
 *
 * Reminder `n` (1-based) of a scorecard is due at `end + delay + (n - 1) * interval`, for
 * n up to the limit, while the scorecard is a draft, the interview is not cancelled and its
 * interviewer is still a member. The round is computed from the clock, not counted, so a sweep
 * after an outage sends the round that is due now and never a burst of the missed ones; each
 * round's message carries the dedupe key `feedback-reminder:<scorecard>:<n>`, so however many
 * sweeps or replicas run, a round is written at most once (the outbox's unique key). The
 * overdue event is emitted in the transaction that inserts its mark (`scorecard_notices`),
 * and only when the insert did something: once per scorecard. `now` is a parameter so that
 * tests move the clock instead of waiting; the timer passes the real time.
 */
@Injectable()
export class FeedbackSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Feedback');
  private stopSweeping = (): void => undefined;

  constructor(
    private readonly config: AppConfig,
    private readonly db: Database,
    private readonly mail: MailOutbox,
    private readonly webhooks: WebhookOutbox,
  ) {}

  onApplicationBootstrap(): void {
    this.stopSweeping = everyInterval(this.config.FEEDBACK_SWEEP_MS, this.logger, () =>
      this.sweep(new Date()),
    );
  }

  onApplicationShutdown(): void {
    this.stopSweeping();
  }

  async sweep(now: Date): Promise<FeedbackSweepResult> {
    const result: FeedbackSweepResult = { reminders: 0, overdue: 0 };
    await sweepTenants(this.db, 'feedback-sweep', async (em, tenantId) => {
      result.reminders += await this.remind(em, tenantId, now);
      result.overdue += await this.announceOverdue(em, tenantId, now);
      return 0;
    });
    return result;
  }

  private async remind(em: EntityManager, tenantId: string, now: Date): Promise<number> {
    const rows = await dueReminders(em, tenantId, now);
    let queued = 0;
    for (const row of rows) {
      const what = `${row.stage_name} (${row.loop_name})`;
      const due = new Date(row.due_at);
      const late = due.getTime() <= now.getTime();
      const sent = await this.mail.send(em, tenantId, {
        kind: 'feedback.reminder',
        to: row.email,
        dedupeKey: `feedback-reminder:${row.scorecard_id}:${row.round}`,
        content: renderMessage({
          subject: `${late ? 'Scorecard overdue' : 'Scorecard due'}: ${what}, ${humanTime(new Date(row.scheduled_start))}`,
          paragraphs: [
            late
              ? `Your scorecard for an interview was due at ${humanTime(due)} and is not submitted yet.`
              : `Your scorecard for an interview is due at ${humanTime(due)}. The sooner you write it, the more of the conversation you still remember.`,
            `Loop: ${row.loop_name}. Stage: ${row.stage_name}.`,
            `Reminder ${row.round} of at most ${row.reminder_limit}; they stop as soon as you submit.`,
          ],
          link: {
            label: 'Open your scorecard',
            url: appLink(this.config.PUBLIC_URL, `/interviews/${row.interview_id}`),
          },
        }),
      });
      if (sent) queued += 1;
    }
    return queued;
  }

  private async announceOverdue(em: EntityManager, tenantId: string, now: Date): Promise<number> {
    const rows = await markOverdue(em, tenantId, now, OVERDUE_LOOKBACK_DAYS);
    for (const row of rows) {
      await this.webhooks.emit(em, tenantId, WebhookEventType.SCORECARD_OVERDUE, {
        scorecardId: row.scorecard_id,
        interviewId: row.interview_id,
        candidateId: row.candidate_id,
        interviewerId: row.interviewer_id,
        dueAt: new Date(row.due_at).toISOString(),
      });
    }
    return rows.length;
  }
}
