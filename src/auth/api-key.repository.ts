import type { EntityManager } from 'typeorm';
import type { Role } from '../common/role.js';
import { API_KEY_COLUMNS, type KeyRow } from './api-key.sql.js';

/*
 * The SQL of api_keys as credentials: a key found by its prefix, its creator checked, the
 * member it acts for. ApiKeyService holds the rules.
 */

/** The active member named by user id (`byId`) or by normalised e-mail address. */
export async function findActiveMember(
  em: EntityManager,
  byId: boolean,
  value: string,
): Promise<{ user_id: string; role: Role } | undefined> {
  const [member]: { user_id: string; role: Role }[] = await em.query(
    `SELECT m.user_id, m.role FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.invite_token_hash IS NULL AND ${byId ? 'm.user_id = $1::uuid' : 'u.email = $1'}`,
    [value],
  );
  return member;
}

/**
 * The key of `prefix` (through the prefix-only RLS policy); the same statement sets the row's
 * tenant in the transaction.
 */
export async function findKeyByPrefix(
  em: EntityManager,
  prefix: string,
): Promise<KeyRow | undefined> {
  const [found]: KeyRow[] = await em.query(
    `SELECT ${API_KEY_COLUMNS}, set_config('app.tenant_id', tenant_id::text, true) AS tenant
           FROM api_keys WHERE prefix = $1`,
    [prefix],
  );
  return found;
}

/**
 * Whether the key's creator is still an active admin; when so, writes the key's last use (at
 * most once a minute) in the same statement.
 */
export async function touchKeyOfActiveCreator(
  em: EntityManager,
  keyId: string,
  createdBy: string,
): Promise<boolean> {
  const [{ active }]: { active: boolean }[] = await em.query(
    `WITH creator AS (SELECT 1 FROM memberships
                         WHERE user_id = $2 AND role = 'ADMIN' AND invite_token_hash IS NULL),
            used AS (UPDATE api_keys SET last_used_at = now()
                      WHERE id = $1 AND EXISTS (SELECT 1 FROM creator)
                        AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute'))
       SELECT EXISTS (SELECT 1 FROM creator) AS active`,
    [keyId, createdBy],
  );
  return active;
}
