import type { EntityManager } from 'typeorm';
import { API_KEY_COLUMNS, type KeyRow } from '../../auth/api-key.sql.js';
import type { Keyset } from '../../common/pagination.js';
import { SqlParams } from '../../common/sql.js';

/*
 * The SQL of api_keys as admins manage them: listed, created, revoked, set to an ATS.
 * ApiKeyAdminService holds the rules.
 */

/** One page of keys in `page`'s order, each with its keyset cursor key. */
export async function listKeys(
  em: EntityManager,
  page: Keyset,
): Promise<(KeyRow & { created_key: string })[]> {
  const p = new SqlParams();
  return em.query(
    `SELECT ${API_KEY_COLUMNS}, created_at::text AS created_key FROM api_keys
        WHERE ${page.condition((v) => p.add(v))}
        ORDER BY ${page.orderBy} LIMIT ${page.limit}`,
    p.values,
  );
}

export async function insertKey(
  em: EntityManager,
  key: {
    tenantId: string;
    name: string;
    prefix: string;
    secretHash: Buffer;
    scopes: string[];
    createdBy: string;
    ats: string | null;
  },
): Promise<KeyRow> {
  const [created]: KeyRow[] = await em.query(
    `INSERT INTO api_keys (tenant_id, name, prefix, secret_hash, scopes, created_by, ats)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${API_KEY_COLUMNS}`,
    [key.tenantId, key.name, key.prefix, key.secretHash, key.scopes, key.createdBy, key.ats],
  );
  return created;
}

/** Revokes the key (once: a revoked key keeps its time); undefined when there is none. */
export async function revokeKey(em: EntityManager, id: string): Promise<KeyRow | undefined> {
  const [rows]: [KeyRow[], number] = await em.query(
    `UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING ${API_KEY_COLUMNS}`,
    [id],
  );
  return rows[0];
}

/** Sets the key's ATS; undefined when there is no such key. */
export async function setKeyAts(
  em: EntityManager,
  id: string,
  ats: string | null,
): Promise<KeyRow | undefined> {
  const [rows]: [KeyRow[], number] = await em.query(
    `UPDATE api_keys SET ats = $2 WHERE id = $1 RETURNING ${API_KEY_COLUMNS}`,
    [id, ats],
  );
  return rows[0];
}
