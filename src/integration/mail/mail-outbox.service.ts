import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../config/config.js';
import { JobQueue, MAIL_QUEUE } from '../jobs/job-queue.service.js';
import { mailContentKey, sealContent } from './mail-crypto.js';
import { countCalendarMessages, insertMessages } from './mail-outbox.repository.js';
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
    return (await this.sendAll(em, tenantId, [mail])) === 1;
  }

  /**
   * Queues `mails` in the transaction of `em` (which belongs to `tenantId`), in order: the
   * messages in one statement, their jobs in another. Returns how many were written (a
   * duplicate of a dedupe key is not).
   */
  async sendAll(em: EntityManager, tenantId: string, mails: OutgoingMail[]): Promise<number> {
    if (!mails.length) return 0;
    const ids = mails.map(() => randomUUID());
    const inserted = await insertMessages(em, tenantId, {
      ids,
      kinds: mails.map((m) => m.kind),
      to: mails.map((m) => m.to),
      dedupeKeys: mails.map((m) => m.dedupeKey ?? null),
      contents: mails.map((m, i) => sealContent(this.key, m.content, tenantId, ids[i])),
      calendarUids: mails.map((m) => m.calendarUid ?? null),
    });
    const written = new Set(inserted.map((r) => r.id));
    await this.queue.enqueueAll(
      em,
      MAIL_QUEUE,
      ids.filter((id) => written.has(id)).map((messageId) => ({ tenantId, messageId, attempt: 0 })),
      this.jobOptions(),
    );
    return written.size;
  }

  /**
   * The SEQUENCE for the next message about each calendar entry of `uids`: how many were
   * written before. The caller holds a lock on what the entries are about (the interview row),
   * so two changes never get the same number.
   */
  async calendarSequences(
    em: EntityManager,
    uids: readonly string[],
  ): Promise<Map<string, number>> {
    const rows = uids.length ? await countCalendarMessages(em, uids) : [];
    return new Map(uids.map((uid) => [uid, rows.find((r) => r.uid === uid)?.n ?? 0]));
  }

  /** Enqueues one send attempt with the caller's transaction; `startAfter` defers a retry. */
  async schedule(em: EntityManager, job: MailJob, startAfter?: Date): Promise<void> {
    await this.queue.enqueue(em, MAIL_QUEUE, job, { startAfter, ...this.jobOptions() });
  }

  private jobOptions() {
    return {
      expireInSeconds: this.expireInSeconds,
      retryDelaySeconds: Math.max(1, Math.ceil(this.config.MAIL_RETRY_BASE_MS / 1000)),
    };
  }
}
