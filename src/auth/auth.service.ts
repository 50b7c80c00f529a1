import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnauthenticatedError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { Database } from '../database/database.service.js';
import { MembershipEntity } from '../tenancy/entities/membership.entity.js';
import { TenantEntity } from '../tenancy/entities/tenant.entity.js';
import { UserEntity } from '../tenancy/entities/user.entity.js';
import type { Viewer } from '../tenancy/models/tenancy.models.js';
import { findUserByEmail, normaliseEmail } from '../tenancy/user.repository.js';
import { ThrottleService } from '../throttle/throttle.service.js';
import type { SignInInput } from './dto/auth.inputs.js';
import { RefreshTokenEntity } from './entities/refresh-token.entity.js';
import { SessionEntity } from './entities/session.entity.js';
import { lockRefreshToken } from './session.repository.js';
import type { AuthPayload } from './models/auth-payload.model.js';
import { PasswordService } from './password.service.js';
import { parseTenantSecret, TokenService } from './token.service.js';

const SIGN_IN_FAILED = 'The e-mail, password or tenant is not correct.';

/** signIn's one answer to every failure; createTenant gives it for a wrong password too. */
export function signInFailed(): UnauthenticatedError {
  return new UnauthenticatedError(SIGN_IN_FAILED);
}
const REFRESH_FAILED = 'The refresh token is invalid, expired or revoked.';

@Injectable()
export class AuthService {
  constructor(
    private readonly db: Database,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly throttle: ThrottleService,
  ) {}

  /**
   * Every failure (unknown e-mail, wrong password, unknown tenant, not a member) gives the same
   * answer after the same work, so the response tells an attacker nothing.
   */
  async signIn(input: SignInInput, address: string): Promise<AuthPayload> {
    const email = normaliseEmail(input.email);
    // Counted before the password check, so parallel guesses cannot all slip under the limit.
    await this.throttle.consumeSignInAttempt(email, address);
    const { user, tenant } = await this.db.global(async (em) => ({
      user: await findUserByEmail(em, email),
      tenant: await em.findOneBy(TenantEntity, { slug: input.tenant }),
    }));
    const passwordOk = await this.passwords.verify(user?.passwordHash ?? null, input.password);
    const result =
      passwordOk && user && tenant
        ? await this.db.withTenant(tenant.id, async (em) => {
            const membership = await em.findOneBy(MembershipEntity, { userId: user.id });
            // An invitation still open in this tenant is not a membership yet.
            if (!membership || membership.inviteTokenHash) return null;
            if (this.passwords.needsRehash(user.passwordHash!)) {
              const passwordHash = await this.passwords.hash(input.password);
              await em.update(UserEntity, { id: user.id }, { passwordHash });
            }
            const tokens = await this.tokens.startSession(em, tenant.id, user.id);
            return { ...tokens, viewer: { user, tenant, role: membership.role } };
          })
        : null;
    if (!result) throw signInFailed();
    await this.throttle.recordSignInSuccess(email, address);
    return result;
  }

  /**
   * Rotates a refresh token. A token that was already used means it leaked (or the client
   * raced itself): the whole session is revoked, and every token of it stops working.
   */
  async refresh(refreshToken: string): Promise<AuthPayload> {
    const parsed = parseTenantSecret(refreshToken);
    if (!parsed) throw new UnauthenticatedError(REFRESH_FAILED);
    const outcome = await this.db.withTenant(parsed.tenantId, async (em) => {
      const token = await lockRefreshToken(em, parsed.hash);
      if (!token) return null;
      const session = await em.findOneBy(SessionEntity, { id: token.sessionId });
      if (!session || session.revokedAt) return null;
      if (token.usedAt) {
        await em.update(
          SessionEntity,
          { tenantId: session.tenantId, id: session.id },
          { revokedAt: new Date(), revokedReason: 'refresh token reuse' },
        );
        return 'reused' as const;
      }
      if (token.expiresAt.getTime() <= Date.now()) return null;
      await em.update(
        RefreshTokenEntity,
        { tenantId: token.tenantId, id: token.id },
        { usedAt: new Date() },
      );
      const tokens = await this.tokens.tokensFor(em, session);
      return { ...tokens, viewer: await this.viewerIn(em, session.tenantId, session.userId) };
    });
    if (!outcome || outcome === 'reused') throw new UnauthenticatedError(REFRESH_FAILED);
    return outcome;
  }

  /** Revokes the session a refresh token (used or not) belongs to; unknown tokens do nothing. */
  async endSessionOf(refreshToken: string): Promise<void> {
    const parsed = parseTenantSecret(refreshToken);
    if (!parsed) return;
    await this.db.withTenant(parsed.tenantId, async (em) => {
      const token = await em.findOneBy(RefreshTokenEntity, { tokenHash: parsed.hash });
      if (!token) return;
      await em.update(
        SessionEntity,
        { tenantId: token.tenantId, id: token.sessionId },
        { revokedAt: new Date(), revokedReason: 'sign-out' },
      );
    });
  }

  async signOut(ctx: RequestContext): Promise<boolean> {
    await ctx.write((em) =>
      em.update(
        SessionEntity,
        { tenantId: ctx.tenantId, id: ctx.principal.sessionId },
        { revokedAt: new Date(), revokedReason: 'sign-out' },
      ),
    );
    return true;
  }

  async viewer(ctx: RequestContext): Promise<Viewer> {
    const em = await ctx.manager();
    return this.viewerIn(em, ctx.tenantId, ctx.principal.userId);
  }

  private async viewerIn(em: EntityManager, tenantId: string, userId: string): Promise<Viewer> {
    // One connection runs one statement at a time, so these go in sequence.
    const user = await em.findOneByOrFail(UserEntity, { id: userId });
    const tenant = await em.findOneByOrFail(TenantEntity, { id: tenantId });
    const membership = await em.findOneByOrFail(MembershipEntity, { userId });
    return { user, tenant, role: membership.role };
  }
}
