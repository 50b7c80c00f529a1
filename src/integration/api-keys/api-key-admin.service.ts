import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/errors.js';
import { pageDirection, type Page } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import type { KeyRow } from '../../auth/api-key.sql.js';
import { hashApiKey, newApiKeySecret } from '../../auth/api-key.token.js';
import type { AtsSystem } from '../ats-scale/ats-scale.js';
import type {
  ApiKey,
  ApiKeysArgs,
  CreateApiKeyInput,
  CreateApiKeyPayload,
} from './api-key.models.js';
import { insertKey, listKeys, revokeKey, setKeyAts } from './api-key.repository.js';

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
    const { rows, count, page } = await listKeys(em, pageDirection(args, 'time'));
    const keys = new Map(rows.map((r) => [r.id, r.created_key]));
    return page.page(rows.map(toApiKey), count, (k) => ({ key: keys.get(k.id)!, id: k.id }));
  }

  async create(ctx: RequestContext, input: CreateApiKeyInput): Promise<CreateApiKeyPayload> {
    const { secret, prefix } = newApiKeySecret();
    const row = await ctx.write((em) =>
      insertKey(em, {
        tenantId: ctx.tenantId,
        name: input.name,
        prefix,
        secretHash: hashApiKey(secret),
        scopes: [...new Set(input.scopes)],
        createdBy: ctx.principal.actingUserId,
        ats: input.ats ?? null,
      }),
    );
    return { apiKey: toApiKey(row), secret };
  }

  async revoke(ctx: RequestContext, id: string): Promise<ApiKey> {
    return ctx.write(async (em) => {
      const row = await revokeKey(em, id);
      if (!row) throw new NotFoundError('API key');
      return toApiKey(row);
    });
  }

  async setAts(ctx: RequestContext, id: string, ats: AtsSystem | null): Promise<ApiKey> {
    return ctx.write(async (em) => {
      const row = await setKeyAts(em, id, ats);
      if (!row) throw new NotFoundError('API key');
      return toApiKey(row);
    });
  }
}
