import type { Scope } from './policy.decorator.js';

/*
 * An api_keys row as both the credential check (auth) and the admins' management
 * (integration) read it.
 */

/** A row of api_keys as API_KEY_COLUMNS reads it. */
export interface KeyRow {
  id: string;
  tenant_id: string;
  name: string;
  prefix: string;
  secret_hash: Buffer;
  scopes: Scope[];
  /** The ATS the key is configured for (an AtsSystem value). */
  ats: string | null;
  created_by: string | null;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export const API_KEY_COLUMNS = `id, tenant_id, name, prefix, secret_hash, scopes, ats, created_by, created_at,
                 last_used_at, revoked_at`;
