import type { EntityManager } from 'typeorm';
import { API_KEY_COLUMNS, type KeyRow } from '../../auth/api-key.sql.js';
import {
  cappedCount,
  keysetPage,
  type Keyset,
  type PageDirection,
} from '../../common/pagination.js';
import { SqlParams } from '../../common/sql.js';

/*
 * The SQL of api_keys as admins manage them: listed, created, revoked, set to an ATS.
 * ApiKeyAdminService holds the rules.
 */

/**
 * One page of keys (oldest first; `last` reads the newest), each with its keyset cursor key,
 * the page's keyset, and the count of all keys (capped), run when asked.
 */
export async function listKeys(
  em: EntityManager,
  dir: PageDirection,
): Promise<{
  rows: (KeyRow & { created_key: string })[];
  count: () => Promise<number>;
  page: Keyset;
}> {
  const p = new SqlParams();
  const page = keysetPage(dir, 'created_at', 'id', 'timestamptz', 'ASC');
  const rows: (KeyRow & { created_key: string })[] = await em.query(
    `SELECT ${API_KEY_COLUMNS}, created_at::text AS created_key FROM api_keys
        WHERE ${page.condition((v) => p.add(v))}
        ORDER BY ${page.orderBy} LIMIT ${page.limit}`,
    p.values,
  );
  return { rows, count: () => cappedCount(em, 'FROM api_keys'), page };
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
