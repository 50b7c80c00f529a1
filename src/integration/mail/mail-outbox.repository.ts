import type { EntityManager } from 'typeorm';
import type { MailStatus } from '../entities/mail-message.entity.js';

/*
 * The SQL of the mail outbox (mail_messages): written with the change, claimed and recorded
 * by the delivery worker, re-queued by its sweep, read by the development inbox. MailOutbox,
 * MailDeliveryWorker and DevMailController hold the rules.
 */

/** The messages to write, in order: one entry per message in each array. */
export interface NewMessages {
  ids: string[];
  kinds: string[];
  to: string[];
  dedupeKeys: (string | null)[];
  contents: Buffer[];
  calendarUids: (string | null)[];
}

/** Writes the messages in one statement; the ids of those written (a duplicate dedupe key is not). */
export async function insertMessages(
  em: EntityManager,
  tenantId: string,
  m: NewMessages,
): Promise<{ id: string }[]> {
  return em.query(
    `INSERT INTO mail_messages (tenant_id, id, kind, to_address, dedupe_key, content_ciphertext,
                                  calendar_uid, next_attempt_at)
       SELECT $1, m.id, m.kind, m.to_address, m.dedupe_key, m.content, m.calendar_uid, now()
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::bytea[], $7::text[])
                WITH ORDINALITY AS m(id, kind, to_address, dedupe_key, content, calendar_uid, n)
        ORDER BY m.n
       ON CONFLICT (tenant_id, dedupe_key) DO NOTHING RETURNING id`,
    [tenantId, m.ids, m.kinds, m.to, m.dedupeKeys, m.contents, m.calendarUids],
  );
}

/** How many messages were written about each calendar entry of `uids` (those with any). */
export async function countCalendarMessages(
  em: EntityManager,
  uids: readonly string[],
): Promise<{ uid: string; n: number }[]> {
  return em.query(
    `SELECT calendar_uid AS uid, count(*)::int AS n FROM mail_messages
            WHERE calendar_uid = ANY($1::text[]) GROUP BY calendar_uid`,
    [uids],
  );
}

/** A message as the worker sends it. */
export interface ClaimedMessage {
  id: string;
  kind: string;
  to_address: string;
  content_ciphertext: Buffer | null;
}

/**
 * Claims the message for `leaseMs` (status SENDING), only from the attempt the job names and
 * when no live worker holds it; none when it cannot be claimed.
 */
export async function claimMessage(
  em: EntityManager,
  messageId: string,
  attempt: number,
  leaseMs: number,
): Promise<ClaimedMessage[]> {
  const [rows]: [ClaimedMessage[], number] = await em.query(
    `UPDATE mail_messages
            SET status = 'SENDING', updated_at = now(),
                claimed_until = now() + $3::float8 * interval '1 millisecond'
          WHERE id = $1 AND attempts = $2
            AND (status IN ('PENDING', 'RETRYING') OR (status = 'SENDING' AND claimed_until < now()))
        RETURNING id, kind, to_address, content_ciphertext`,
    [messageId, attempt, leaseMs],
  );
  return rows;
}

/** Records the claimed attempt as sent; the content stays only when `keepContent`. */
export async function recordSent(
  em: EntityManager,
  messageId: string,
  attempt: number,
  keepContent: boolean,
): Promise<void> {
  await em.query(
    `UPDATE mail_messages
              SET status = 'SENT', attempts = $3, sent_at = now(), claimed_until = NULL,
                  last_error = NULL, next_attempt_at = NULL, updated_at = now(),
                  content_ciphertext = CASE WHEN $4::boolean THEN content_ciphertext END
            WHERE id = $1 AND attempts = $2 AND status = 'SENDING'`,
    [messageId, attempt, attempt + 1, keepContent],
  );
}

/**
 * Records the claimed attempt as failed: DEAD when `dead`, else RETRYING in `delayMs`. None
 * when the lease lapsed and another worker took the message over.
 */
export async function recordFailure(
  em: EntityManager,
  f: { messageId: string; attempt: number; dead: boolean; error: string; delayMs: number },
): Promise<{ status: MailStatus; next_attempt_at: Date | null } | undefined> {
  const [rows]: [{ status: MailStatus; next_attempt_at: Date | null }[], number] = await em.query(
    `UPDATE mail_messages
              SET status = (CASE WHEN $4::boolean THEN 'DEAD' ELSE 'RETRYING' END)::mail_status,
                  attempts = $3, last_error = $5, claimed_until = NULL, updated_at = now(),
                  next_attempt_at = CASE WHEN NOT $4::boolean
                                         THEN now() + $6::float8 * interval '1 millisecond' END
            WHERE id = $1 AND attempts = $2 AND status = 'SENDING'
            RETURNING status, next_attempt_at`,
    [f.messageId, f.attempt, f.attempt + 1, f.dead, f.error, f.delayMs],
  );
  return rows[0];
}

/**
 * Makes due now the messages whose job is gone: waiting ones overdue by more than
 * `graceSeconds`, and claimed ones whose lease lapsed that long ago.
 */
export async function requeueOverdueMessages(
  em: EntityManager,
  graceSeconds: number,
): Promise<{ id: string; attempts: number }[]> {
  const [overdue]: [{ id: string; attempts: number }[], number] = await em.query(
    `UPDATE mail_messages SET next_attempt_at = now(), updated_at = now()
          WHERE (status IN ('PENDING', 'RETRYING')
                 AND next_attempt_at < now() - make_interval(secs => $1))
             OR (status = 'SENDING' AND claimed_until < now() - make_interval(secs => $1))
        RETURNING id, attempts`,
    [graceSeconds],
  );
  return overdue;
}

/** A message as the development inbox shows it. */
export interface InboxRow {
  id: string;
  tenant_id: string;
  kind: string;
  to_address: string;
  status: string;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  content_ciphertext: Buffer | null;
}

/** The tenant's latest `limit` messages, newest first. */
export async function latestMessages(em: EntityManager, limit: number): Promise<InboxRow[]> {
  return em.query(
    `SELECT id, tenant_id, kind, to_address, status, attempts, last_error, created_at,
                    content_ciphertext
               FROM mail_messages ORDER BY created_at DESC, id LIMIT ${limit}`,
  );
}
