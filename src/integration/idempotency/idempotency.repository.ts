import type { EntityManager } from 'typeorm';

/*
 * The SQL of idempotency keys: claimed by the first request, read by a retry, released or
 * given the response. IdempotencyService holds the rules.
 */

export interface StoredKey {
  request_hash: Buffer;
  status_code: number | null;
  response_body: string | null;
}

/** Forgets the tenant's keys older than `ttlHours` (the index leads with tenant_id). */
export async function expireKeys(em: EntityManager, ttlHours: number): Promise<void> {
  await em.query(
    `DELETE FROM idempotency_keys
        WHERE created_at < now() - make_interval(hours => ${ttlHours})`,
  );
}

/** Claims the key for the request; false when another request holds it already. */
export async function claimKey(
  em: EntityManager,
  claim: { tenantId: string; actorId: string; key: string; hash: Buffer },
): Promise<boolean> {
  const claimed: unknown[] = await em.query(
    `INSERT INTO idempotency_keys (tenant_id, actor_id, key, request_hash)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING key`,
    [claim.tenantId, claim.actorId, claim.key, claim.hash],
  );
  return claimed.length > 0;
}

export async function readKey(em: EntityManager, actorId: string, key: string): Promise<StoredKey> {
  const [stored]: StoredKey[] = await em.query(
    `SELECT request_hash, status_code, response_body FROM idempotency_keys
          WHERE actor_id = $1 AND key = $2`,
    [actorId, key],
  );
  return stored;
}

export async function releaseKey(em: EntityManager, actorId: string, key: string): Promise<void> {
  await em.query(`DELETE FROM idempotency_keys WHERE actor_id = $1 AND key = $2`, [actorId, key]);
}

/** Stores the response of the key's request (`body` null: the answer is not kept). */
export async function storeResponse(
  em: EntityManager,
  actorId: string,
  key: string,
  statusCode: number,
  body: string | null,
): Promise<void> {
  await em.query(
    `UPDATE idempotency_keys SET status_code = $3, response_body = $4
        WHERE actor_id = $1 AND key = $2`,
    [actorId, key, statusCode, body],
  );
}
