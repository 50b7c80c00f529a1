import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/errors.js';
import { cappedCount, keysetPage, pageDirection, type Page } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { SqlParams } from '../../common/sql.js';
import { API_KEY_COLUMNS, type KeyRow } from '../../auth/api-key.service.js';
import { hashApiKey, newApiKeySecret } from '../../auth/api-key.token.js';
import type { AtsSystem } from '../ats-scale/ats-scale.js';
import type {
  ApiKey,
  ApiKeysArgs,
  CreateApiKeyInput,
  CreateApiKeyPayload,
} from './api-key.models.js';

const toApiKey = (r: KeyRow): ApiKey => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  scopes: r.scopes,
  ats: r.ats as AtsSystem | null,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

/** API keys for admins: created, listed, set to an ATS, revoked at once. */
@Injectable()
export class ApiKeyAdminService {
  /** Oldest first; `last` reads the newest. */
  async list(ctx: RequestContext, args: ApiKeysArgs): Promise<Page<ApiKey>> {
    const em = await ctx.manager();
    const page = keysetPage(pageDirection(args, 'time'), 'created_at', 'id', 'timestamptz', 'ASC');
    const p = new SqlParams();
    const rows: (KeyRow & { created_key: string })[] = await em.query(
      `SELECT ${API_KEY_COLUMNS}, created_at::text AS created_key FROM api_keys
        WHERE ${page.condition((v) => p.add(v))}
        ORDER BY ${page.orderBy} LIMIT ${page.limit}`,
      p.values,
    );
    const keys = new Map(rows.map((r) => [r.id, r.created_key]));
    return page.page(
      rows.map(toApiKey),
      () => cappedCount(em, 'FROM api_keys'),
      (k) => ({ key: keys.get(k.id)!, id: k.id }),
    );
  }

  async create(ctx: RequestContext, input: CreateApiKeyInput): Promise<CreateApiKeyPayload> {
    const { secret, prefix } = newApiKeySecret();
    const row = await ctx.write(async (em) => {
      const [created]: KeyRow[] = await em.query(
        `INSERT INTO api_keys (tenant_id, name, prefix, secret_hash, scopes, created_by, ats)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${API_KEY_COLUMNS}`,
        [
          ctx.tenantId,
          input.name,
          prefix,
          hashApiKey(secret),
          [...new Set(input.scopes)],
          ctx.principal.actingUserId,
          input.ats ?? null,
        ],
      );
      return created;
    });
    return { apiKey: toApiKey(row), secret };
  }

  async revoke(ctx: RequestContext, id: string): Promise<ApiKey> {
    return ctx.write(async (em) => {
      const [rows]: [KeyRow[], number] = await em.query(
        `UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING ${API_KEY_COLUMNS}`,
        [id],
      );
      if (!rows.length) throw new NotFoundError('API key');
      return toApiKey(rows[0]);
    });
  }

  async setAts(ctx: RequestContext, id: string, ats: AtsSystem | null): Promise<ApiKey> {
    return ctx.write(async (em) => {
      const [rows]: [KeyRow[], number] = await em.query(
        `UPDATE api_keys SET ats = $2 WHERE id = $1 RETURNING ${API_KEY_COLUMNS}`,
        [id, ats],
      );
      if (!rows.length) throw new NotFoundError('API key');
      return toApiKey(rows[0]);
    });
  }
}
