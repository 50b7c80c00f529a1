import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../config/config.js';
import { JobQueue, MAIL_QUEUE } from '../jobs/job-queue.service.js';
import { mailContentKey, sealContent } from './mail-crypto.js';
import type { MailContent, MailJob } from './mail.types.js';

export interface OutgoingMail {
  /** What the message is (`invitation`, `interview.assigned`...). */
  kind: string;
  to: string;
  content: MailContent;
  /** A message with a key already in the outbox is not written again (one reminder per round). */
  dedupeKey?: string;
  /** The UID of the calendar entry in `content.calendar` (see calendarSequence). */
  calendarUid?: string;
}

/**
 * How long a worker owns a message it is sending: every SMTP step may take MAIL_TIMEOUT_MS
 * (connect, greeting, the commands, the data), and a little more. Another worker takes it
 * over only after this, so two live workers never send it both.
 */
export function mailLeaseMs(config: AppConfig): number {
  return config.MAIL_TIMEOUT_MS * 4 + 5_000;
}

/**
 * The transactional outbox of e-mail, the same design as webhooks (see WebhookOutbox): `send`
 * runs in the transaction of the change, writes the message row and its pg-boss job on that
 * one connection, so a rolled-back change sends nothing and a committed one always has a job.
 * The worker (MailDeliveryWorker) claims the message before sending, so a doubled job never
 * sends it twice.
 */
@Injectable()
export class MailOutbox {
  private readonly key: Buffer;
  /** A job outlives the lease: pg-boss retries a crashed worker's job only once it lapsed. */
  readonly expireInSeconds: number;

  constructor(
    private readonly config: AppConfig,
    private readonly queue: JobQueue,
  ) {
    this.key = mailContentKey(config);
    this.expireInSeconds = Math.ceil(mailLeaseMs(config) / 1000) + 1;
  }

  /** Queues `mail` in the transaction of `em` (which belongs to `tenantId`); false if a duplicate. */
  async send(em: EntityManager, tenantId: string, mail: OutgoingMail): Promise<boolean> {
    const id = randomUUID();
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO mail_messages (tenant_id, id, kind, to_address, dedupe_key, content_ciphertext,
                                  calendar_uid, next_attempt_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (tenant_id, dedupe_key) DO NOTHING RETURNING id`,
      [
        tenantId,
        id,
        mail.kind,
        mail.to,
        mail.dedupeKey ?? null,
        sealContent(this.key, mail.content, tenantId, id),
        mail.calendarUid ?? null,
      ],
    );
    if (!inserted.length) return false;
    await this.schedule(em, { tenantId, messageId: id, attempt: 0 });
    return true;
  }

  /**
   * The SEQUENCE for the next message about calendar entry `uid`: how many were written before.
   * The caller holds a lock on what the entry is about (the interview row), so two changes
   * never get the same number.
   */
  async calendarSequence(em: EntityManager, uid: string): Promise<number> {
    const [{ n }]: { n: number }[] = await em.query(
      `SELECT count(*)::int AS n FROM mail_messages WHERE calendar_uid = $1`,
      [uid],
    );
    return n;
  }

  /** Enqueues one send attempt with the caller's transaction; `startAfter` defers a retry. */
  async schedule(em: EntityManager, job: MailJob, startAfter?: Date): Promise<void> {
    await this.queue.enqueue(em, MAIL_QUEUE, job, {
      startAfter,
      expireInSeconds: this.expireInSeconds,
      retryDelaySeconds: Math.max(1, Math.ceil(this.config.MAIL_RETRY_BASE_MS / 1000)),
    });
  }
}
