import { timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BadInputError, ForbiddenError, UnauthenticatedError } from '../common/errors.js';
import type { Principal, RequestContext } from '../common/request-context.js';
import { ThrottleService } from '../throttle/throttle.service.js';
import { Role } from '../common/role.js';
import { normaliseEmail } from '../tenancy/user.repository.js';
import {
  findActiveMember,
  findKeyByPrefix,
  touchKeyOfActiveCreator,
} from './api-key.repository.js';
import { hashApiKey, parseApiKey } from './api-key.token.js';
import { Scope, scopeName } from './policy.decorator.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * API keys as credentials: found by prefix, checked by hash, turned into a principal (for the
 * Authenticator, which makes it the request's).
 * Creating, listing and revoking them is the integration module's ApiKeyAdminService.
 */
@Injectable()
export class ApiKeyService {
  constructor(private readonly throttle: ThrottleService) {}

  /**
   * The principal of `key` acting for the member `named` (a user id or an e-mail address):
   * that member's user id and role, the key's id and scopes. Only a key with SCORECARDS_WRITE
   * may name one; the member must be an active member of the key's tenant.
   */
  async actingFor(ctx: RequestContext, key: Principal, named: unknown): Promise<Principal> {
    const path = 'On-Behalf-Of';
    const value = typeof named === 'string' ? named.trim() : '';
    if (!value || value.length > 320 || value.includes(',')) {
      throw new BadInputError(
        [{ path, message: 'must name one member, by user id or e-mail address' }],
        'The On-Behalf-Of header is invalid.',
      );
    }
    if (!key.scopes?.includes(Scope.SCORECARDS_WRITE)) {
      throw new ForbiddenError(
        `Acting for a member (On-Behalf-Of) needs the scope ${scopeName(Scope.SCORECARDS_WRITE)}: add it to the key (createApiKey) or send the request without the header.`,
      );
    }
    const byId = UUID.test(value);
    if (!byId && !EMAIL.test(value)) {
      throw new BadInputError(
        [{ path, message: 'is neither a user id nor an e-mail address' }],
        'The On-Behalf-Of header is invalid.',
      );
    }
    // The principal is not set yet: the key's tenant names the transaction.
    const em = await ctx.managerFor(key.tenantId);
    const member = await findActiveMember(
      em,
      byId,
      byId ? value.toLowerCase() : normaliseEmail(value),
    );
    if (!member) {
      throw new BadInputError(
        [{ path, message: 'names no active member of this organisation' }],
        'The member named in On-Behalf-Of was not found.',
      );
    }
    return {
      ...key,
      userId: member.user_id,
      actingUserId: member.user_id,
      role: member.role,
      onBehalfOf: member.user_id,
    };
  }

  /**
   * The principal of a bearer API key, or UNAUTHENTICATED (malformed, bad checksum, unknown,
   * wrong secret or revoked: the same answer). Opens the request's tenant transaction.
   */
  async authenticate(ctx: RequestContext, secret: string): Promise<Principal> {
    const parsed = parseApiKey(secret);
    if (!parsed) throw new UnauthenticatedError(); // already limited by address
    // The key's row is found before the tenant is known, through the prefix-only RLS policy,
    // in the request's transaction; the same statement sets the row's tenant there.
    const row = await ctx.managerForKey(parsed.prefix, (em) => findKeyByPrefix(em, parsed.prefix));
    const hash = hashApiKey(secret);
    if (!row || row.revoked_at || !row.created_by || !timingSafeEqual(hash, row.secret_hash)) {
      // A made-up key of a valid shape was limited by its prefix only: count it by address too.
      await this.throttle.consumeRequest(`ip:${ctx.ip}`);
      throw new UnauthenticatedError();
    }
    const em = await ctx.managerFor(row.tenant_id);
    // A key acts for an admin: it stops working when its creator is no longer an active admin.
    // Last-used is written at most once a minute per key, in the same statement.
    const active = await touchKeyOfActiveCreator(em, row.id, row.created_by);
    if (!active) throw new UnauthenticatedError();
    return {
      kind: 'apiKey',
      userId: row.id,
      actingUserId: row.created_by,
      tenantId: row.tenant_id,
      sessionId: '',
      role: Role.RECRUITER,
      keyId: row.id,
      scopes: row.scopes,
      ats: row.ats,
    };
  }
}
