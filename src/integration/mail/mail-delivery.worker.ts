import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/config.js';
import { Database } from '../../database/database.service.js';
import { inBackground } from '../../database/data-source-options.js';
import { MailStatus } from '../entities/mail-message.entity.js';
import { retryDelayMs } from '../webhooks/webhook-delivery.worker.js';
import { MAIL_QUEUE, WebhookQueue } from '../webhooks/webhook-queue.service.js';
import { mailContentKey, openContent } from './mail-crypto.js';
import { mailLeaseMs, MailOutbox } from './mail-outbox.service.js';
import { createMailTransport, type MailTransport, type SendFailure } from './mail-transport.js';
import type { MailJob } from './mail.types.js';

/** Messages sent at once by one process. */
const CONCURRENCY = 2;
/** How often a worker looks for messages whose job was lost. */
const SWEEP_EVERY_MS = 5 * 60_000;
const MAX_ERROR_LENGTH = 500;

interface Claimed {
  id: string;
  kind: string;
  to_address: string;
  content_ciphertext: Buffer | null;
}

/**
 * Works the mail queue. Each job first claims its message in a transaction of its own
 * (`status = 'SENDING'` for the lease, only from the attempt the job names), then sends it,
 * then records the outcome and, on a failure worth retrying, the next job, in one
 * transaction. So two workers, or a job that pg-boss ran twice, never send one message twice;
 * only a worker that dies between sending and recording leaves it to be sent again once the
 * lease lapses (same Message-ID): at least once, never lost. Off with MAIL_WORKER=false.
 */
@Injectable()
export class MailDeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly key: Buffer;
  private transport?: MailTransport;
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly config: AppConfig,
    private readonly db: Database,
    private readonly queue: WebhookQueue,
    private readonly outbox: MailOutbox,
  ) {
    this.key = mailContentKey(config);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.MAIL_WORKER) return;
    if (!this.config.SMTP_URL && this.config.isProduction) {
      this.logger.warn('SMTP_URL is not set: e-mail is written to the log, not sent.');
    }
    this.transport = createMailTransport(this.config, this.logger);
    await this.queue.workOn<MailJob>(MAIL_QUEUE, CONCURRENCY, (job) => this.deliver(job));
    this.sweeper = setInterval(() => {
      inBackground(() => this.sweep()).catch((error: Error) =>
        this.logger.error(`sweep: ${error.message}`),
      );
    }, SWEEP_EVERY_MS);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.transport?.close();
  }

  /** One attempt of one message; a job whose attempt was recorded or is being sent does nothing. */
  async deliver(job: MailJob): Promise<void> {
    const [message]: Claimed[] = await this.db.withTenant(job.tenantId, async (em) => {
      const [rows]: [Claimed[], number] = await em.query(
        `UPDATE mail_messages
            SET status = 'SENDING', updated_at = now(),
                claimed_until = now() + $3::float8 * interval '1 millisecond'
          WHERE id = $1 AND attempts = $2
            AND (status IN ('PENDING', 'RETRYING') OR (status = 'SENDING' AND claimed_until < now()))
        RETURNING id, kind, to_address, content_ciphertext`,
        [job.messageId, job.attempt, mailLeaseMs(this.config)],
      );
      return rows;
    });
    if (!message) return;
    let failure: SendFailure | null;
    try {
      if (!message.content_ciphertext) throw new Error('the message has no content');
      const content = openContent(this.key, message.content_ciphertext, job.tenantId, message.id);
      failure = await this.transport!.send({
        id: message.id,
        kind: message.kind,
        to: message.to_address,
        content,
      });
    } catch (error) {
      failure = {
        message: `cannot be read (was WEBHOOK_SECRET_KEY or JWT_SECRET changed?): ${(error as Error).message}`,
        permanent: true,
      };
    }
    await this.record(job, failure);
  }

  private async record(job: MailJob, failure: SendFailure | null): Promise<void> {
    const attempts = job.attempt + 1;
    await this.db.withTenant(job.tenantId, async (em) => {
      if (!failure) {
        // Outside development the content goes once sent: an invitation's token rests no longer
        // than it must. Development keeps it for the /dev/mail inbox.
        await em.query(
          `UPDATE mail_messages
              SET status = 'SENT', attempts = $3, sent_at = now(), claimed_until = NULL,
                  last_error = NULL, next_attempt_at = NULL, updated_at = now(),
                  content_ciphertext = CASE WHEN $4::boolean THEN content_ciphertext END
            WHERE id = $1 AND attempts = $2 AND status = 'SENDING'`,
          [job.messageId, job.attempt, attempts, this.config.NODE_ENV === 'development'],
        );
        return;
      }
      const dead = failure.permanent || attempts >= this.config.MAIL_MAX_ATTEMPTS;
      const delay = dead
        ? 0
        : retryDelayMs(attempts, this.config.MAIL_RETRY_BASE_MS, this.config.MAIL_RETRY_CAP_MS);
      const [rows]: [{ status: MailStatus; next_attempt_at: Date | null }[], number] =
        await em.query(
          `UPDATE mail_messages
              SET status = (CASE WHEN $4::boolean THEN 'DEAD' ELSE 'RETRYING' END)::mail_status,
                  attempts = $3, last_error = $5, claimed_until = NULL, updated_at = now(),
                  next_attempt_at = CASE WHEN NOT $4::boolean
                                         THEN now() + $6::float8 * interval '1 millisecond' END
            WHERE id = $1 AND attempts = $2 AND status = 'SENDING'
            RETURNING status, next_attempt_at`,
          [
            job.messageId,
            job.attempt,
            attempts,
            dead,
            failure.message.slice(0, MAX_ERROR_LENGTH),
            delay,
          ],
        );
      const row = rows[0];
      if (!row) return; // the lease lapsed and another worker took the message over
      if (row.status === MailStatus.DEAD) {
        this.logger.warn(`mail ${job.messageId} is dead after ${attempts} attempts`);
        return;
      }
      await this.outbox.schedule(
        em,
        { tenantId: job.tenantId, messageId: job.messageId, attempt: attempts },
        row.next_attempt_at!,
      );
    });
  }

  /**
   * Re-queues messages whose job is gone (pg-boss gave up on it during a long outage):
   * waiting ones overdue by more than a job's whole life, and claimed ones whose lease lapsed
   * that long ago. One sweeper per tenant at a time. Returns how many were re-queued.
   */
  async sweep(): Promise<number> {
    const tenants: { id: string }[] = await this.db.global((em) =>
      em.query(`SELECT id FROM tenants ORDER BY id`),
    );
    const graceSeconds = this.outbox.expireInSeconds * 3 + 60;
    let requeued = 0;
    for (const { id: tenantId } of tenants) {
      requeued += await this.db.withTenant(tenantId, async (em) => {
        const [{ locked }] = await em.query(
          `SELECT pg_try_advisory_xact_lock(hashtext('mail-sweep:' || $1)) AS locked`,
          [tenantId],
        );
        if (!locked) return 0;
        const [overdue]: [{ id: string; attempts: number }[], number] = await em.query(
          `UPDATE mail_messages SET next_attempt_at = now(), updated_at = now()
            WHERE (status IN ('PENDING', 'RETRYING')
                   AND next_attempt_at < now() - make_interval(secs => $1))
               OR (status = 'SENDING' AND claimed_until < now() - make_interval(secs => $1))
          RETURNING id, attempts`,
          [graceSeconds],
        );
        for (const m of overdue) {
          await this.outbox.schedule(em, { tenantId, messageId: m.id, attempt: m.attempts });
        }
        return overdue.length;
      });
    }
    return requeued;
  }
}
