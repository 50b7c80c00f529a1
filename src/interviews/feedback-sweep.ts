import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/config.js';
import { Database } from '../database/database.service.js';
import { everyInterval, sweepTenants } from '../integration/jobs/sweep-tenants.js';
import { MailOutbox } from '../integration/mail/mail-outbox.service.js';
import { appLink, humanTime, renderMessage } from '../integration/mail/mail-render.js';
import { WebhookEventType } from '../integration/webhooks/webhook-event-type.js';
import { WebhookOutbox } from '../integration/webhooks/webhook-outbox.service.js';
import { DEFAULT_SETTINGS } from '../tenancy/tenant-settings.js';

/** Overdue scorecards older than this are not announced (a first run would flood receivers). */
const OVERDUE_LOOKBACK_DAYS = 30;

/** The tenant's reminder and due policy, one row, defaults where no settings row exists. */
const POLICY = `
  SELECT coalesce(ts.feedback_reminder_delay_minutes, ${DEFAULT_SETTINGS.feedbackReminderDelayMinutes}) AS delay_minutes,
         coalesce(ts.feedback_reminder_interval_hours, ${DEFAULT_SETTINGS.feedbackReminderIntervalHours}) AS interval_hours,
         coalesce(ts.feedback_reminder_limit, ${DEFAULT_SETTINGS.feedbackReminderLimit}) AS reminder_limit,
         coalesce(ts.feedback_due_hours, ${DEFAULT_SETTINGS.feedbackDueHours}) AS due_hours
    FROM (SELECT 1) one LEFT JOIN tenant_settings ts ON ts.tenant_id = $2`;

interface ReminderRow {
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

interface OverdueRow {
  scorecard_id: string;
  interview_id: string;
  candidate_id: string;
  interviewer_id: string;
  due_at: Date;
}

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
    const rows: ReminderRow[] = await em.query(
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
    const rows: OverdueRow[] = await em.query(
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
      [now, tenantId, OVERDUE_LOOKBACK_DAYS],
    );
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
