import { timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { NotFoundError, UnauthenticatedError } from '../../common/errors.js';
import type { Principal, RequestContext } from '../../common/request-context.js';
import { Database } from '../../database/database.service.js';
import { ThrottleService } from '../../throttle/throttle.service.js';
import { Role } from '../../tenancy/entities/membership.entity.js';
import type { Scope } from '../../auth/policy.decorator.js';
import type { ApiKey, CreateApiKeyInput, CreateApiKeyPayload } from './api-key.models.js';
import { API_KEY_PREFIX, hashApiKey, newApiKeySecret, parseApiKey } from './api-key.token.js';

interface KeyRow {
  id: string;
  tenant_id: string;
  name: string;
  prefix: string;
  secret_hash: Buffer;
  scopes: Scope[];
  created_by: string | null;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const toApiKey = (r: KeyRow): ApiKey => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  scopes: r.scopes,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

const COLUMNS = `id, tenant_id, name, prefix, secret_hash, scopes, created_by, created_at,
                 last_used_at, revoked_at`;

/** API keys: created by admins, found by prefix, checked by hash, revocable at once. */
@Injectable()
export class ApiKeyService {
  constructor(
    private readonly db: Database,
    private readonly throttle: ThrottleService,
  ) {}

  async list(ctx: RequestContext): Promise<ApiKey[]> {
    const em = await ctx.manager();
    const rows: KeyRow[] = await em.query(
      `SELECT ${COLUMNS} FROM api_keys ORDER BY created_at, id`,
    );
    return rows.map(toApiKey);
  }

  async create(ctx: RequestContext, input: CreateApiKeyInput): Promise<CreateApiKeyPayload> {
    const { secret, prefix } = newApiKeySecret();
    const row = await ctx.write(async (em) => {
      const [created]: KeyRow[] = await em.query(
        `INSERT INTO api_keys (tenant_id, name, prefix, secret_hash, scopes, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
        [
          ctx.tenantId,
          input.name,
          prefix,
          hashApiKey(secret),
          [...new Set(input.scopes)],
          ctx.principal.actingUserId,
        ],
      );
      return created;
    });
    return { apiKey: toApiKey(row), secret };
  }

  async revoke(ctx: RequestContext, id: string): Promise<ApiKey> {
    return ctx.write(async (em) => {
      const [rows]: [KeyRow[], number] = await em.query(
        `UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING ${COLUMNS}`,
        [id],
      );
      if (!rows.length) throw new NotFoundError('API key');
      return toApiKey(rows[0]);
    });
  }

  /**
   * When `authorization` carries an API key, makes it the request's principal (once per
   * request) and returns true; false for anything else. The guard, the GraphQL scope hook and
   * the idempotency pre-handler all authenticate keys through here.
   */
  async authenticateBearer(ctx: RequestContext, authorization: unknown): Promise<boolean> {
    if (
      typeof authorization !== 'string' ||
      !authorization.startsWith(`Bearer ${API_KEY_PREFIX}`)
    ) {
      return false;
    }
    if (!ctx.isAuthenticated) {
      ctx.setPrincipal(await this.authenticate(ctx, authorization.slice(7).trim()));
    }
    return true;
  }

  /**
   * The principal of a bearer API key, or UNAUTHENTICATED (malformed, bad checksum, unknown,
   * wrong secret or revoked: the same answer). Opens the request's tenant transaction.
   */
  async authenticate(ctx: RequestContext, secret: string): Promise<Principal> {
    const parsed = parseApiKey(secret);
    if (!parsed) throw new UnauthenticatedError(); // already limited by address
    // The key's row is found before the tenant is known, through the prefix-only RLS policy.
    const row = await this.db.global(async (em) => {
      await em.query(`SELECT set_config('app.api_key_prefix', $1, true)`, [parsed.prefix]);
      const [found]: KeyRow[] = await em.query(
        `SELECT ${COLUMNS} FROM api_keys WHERE prefix = $1`,
        [parsed.prefix],
      );
      return found;
    });
    const hash = hashApiKey(secret);
    if (!row || row.revoked_at || !row.created_by || !timingSafeEqual(hash, row.secret_hash)) {
      // A made-up key of a valid shape was limited by its prefix only: count it by address too.
      await this.throttle.consumeRequest(`ip:${ctx.ip}`);
      throw new UnauthenticatedError();
    }
    const em = await ctx.managerFor(row.tenant_id);
    // A key acts for an admin: it stops working when its creator is no longer an active admin.
    const [creator] = await em.query(
      `SELECT 1 FROM memberships
        WHERE user_id = $1 AND role = 'ADMIN' AND invite_token_hash IS NULL`,
      [row.created_by],
    );
    if (!creator) throw new UnauthenticatedError();
    // At most one write a minute per key for last-used.
    await em.query(
      `UPDATE api_keys SET last_used_at = now()
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [row.id],
    );
    return {
      kind: 'apiKey',
      userId: row.id,
      actingUserId: row.created_by,
      tenantId: row.tenant_id,
      sessionId: '',
      role: Role.RECRUITER,
      keyId: row.id,
      scopes: row.scopes,
    };
  }
}
