import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/config.js';
import { Database } from '../../database/database.service.js';
import { MailStatus } from '../entities/mail-message.entity.js';
import { retryDelayMs } from '../webhooks/webhook-delivery.worker.js';
import { JobQueue, MAIL_QUEUE } from '../jobs/job-queue.service.js';
import { everyInterval, sweepTenants } from '../jobs/sweep-tenants.js';
import { mailContentKey, openContent } from './mail-crypto.js';
import {
  claimMessage,
  recordFailure,
  recordSent,
  requeueOverdueMessages,
} from './mail-outbox.repository.js';
import { mailLeaseMs, MailOutbox } from './mail-outbox.service.js';
import { createMailTransport, type MailTransport, type SendFailure } from './mail-transport.js';
import type { MailJob } from './mail.types.js';

/** Messages sent at once by one process. */
const CONCURRENCY = 2;
/** How often a worker looks for messages whose job was lost. */
const SWEEP_EVERY_MS = 5 * 60_000;
const MAX_ERROR_LENGTH = 500;

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
  private stopSweeping = (): void => undefined;

  constructor(
    private readonly config: AppConfig,
    private readonly db: Database,
    private readonly queue: JobQueue,
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
    this.stopSweeping = everyInterval(SWEEP_EVERY_MS, this.logger, () => this.sweep());
  }

  onApplicationShutdown(): void {
    this.stopSweeping();
    this.transport?.close();
  }

  /** One attempt of one message; a job whose attempt was recorded or is being sent does nothing. */
  async deliver(job: MailJob): Promise<void> {
    const [message] = await this.db.withTenant(job.tenantId, (em) =>
      claimMessage(em, job.messageId, job.attempt, mailLeaseMs(this.config)),
    );
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
        await recordSent(em, job.messageId, job.attempt, this.config.NODE_ENV === 'development');
        return;
      }
      const dead = failure.permanent || attempts >= this.config.MAIL_MAX_ATTEMPTS;
      const delay = dead
        ? 0
        : retryDelayMs(attempts, this.config.MAIL_RETRY_BASE_MS, this.config.MAIL_RETRY_CAP_MS);
      const row = await recordFailure(em, {
        messageId: job.messageId,
        attempt: job.attempt,
        dead,
        error: failure.message.slice(0, MAX_ERROR_LENGTH),
        delayMs: delay,
      });
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
    const graceSeconds = this.outbox.expireInSeconds * 3 + 60;
    return sweepTenants(this.db, 'mail-sweep', async (em, tenantId) => {
      const overdue = await requeueOverdueMessages(em, graceSeconds);
      for (const m of overdue) {
        await this.outbox.schedule(em, { tenantId, messageId: m.id, attempt: m.attempts });
      }
      return overdue.length;
    });
  }
}
