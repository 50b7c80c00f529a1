import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AccessTokenClaims, Bearer, Credentials } from '../common/access-token-claims.js';
import { BadInputError, UnauthenticatedError } from '../common/errors.js';
import type { Principal, RequestContext } from '../common/request-context.js';
import { AppConfig } from '../config/config.js';
import type { StatementResult } from '../database/request-query-runner.js';
import { MembershipService } from '../tenancy/membership.service.js';
import { ApiKeyService } from './api-key.service.js';
import { API_KEY_PREFIX, parseApiKey } from './api-key.token.js';
import { JWT_ALGORITHM, jwtKey } from './jwt-key.js';
import { ON_BEHALF_OF } from './policy.decorator.js';

/** Claims every access token we issue carries; a token without one of them is refused. */
const REQUIRED_STRINGS = ['sub', 'tid', 'sid'] as const;
const REQUIRED_TIMES = ['exp', 'iat'] as const;

const NO_CREDENTIALS: Credentials = { bearer: { kind: 'none' }, onBehalfOf: undefined };

/**
 * The rate-limit bucket of a request: an API key by its public prefix (checksum-checked; the
 * secret is checked later), a member by the verified token's tenant and user, else the address.
 */
export function rateLimitKey(bearer: Bearer, ip: string): string {
  if (bearer.kind === 'apiKey' && bearer.prefix) return `key:${bearer.prefix}`;
  if (bearer.kind === 'accessToken') return `user:${bearer.claims.tid}:${bearer.claims.sub}`;
  return `ip:${ip}`;
}

/**
 * Authentication, once per request. At the start of a request (the onRequest hook, or a
 * subscription's `connection_init`) `begin` reads the bearer and verifies an access token: the
 * only verification the request gets. The first reader that needs the caller (the idempotency
 * pre-handler, the API-key scope hook or the guard) runs `principal`, which turns those
 * credentials into the principal: an API key through ApiKeyService, an access token through
 * the live membership and session (so a removed member or a revoked session loses access at
 * once). Every later reader awaits that same outcome, an error included.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly memberships: MembershipService,
    private readonly apiKeys: ApiKeyService,
  ) {}

  /** Reads and records a request's credentials (its `Authorization` and On-Behalf-Of headers). */
  begin(ctx: RequestContext, headers: Record<string, unknown>): Bearer {
    const bearer = this.readBearer(headers.authorization);
    ctx.credentials = { bearer, onBehalfOf: headers[ON_BEHALF_OF] };
    return bearer;
  }

  /** What an `Authorization` value holds; an access token is verified here. */
  readBearer(authorization: unknown): Bearer {
    if (typeof authorization !== 'string' || !authorization.startsWith('Bearer ')) {
      return { kind: 'none' };
    }
    const token = authorization.slice(7).trim();
    if (!token) return { kind: 'none' };
    if (authorization.startsWith(`Bearer ${API_KEY_PREFIX}`)) {
      return { kind: 'apiKey', secret: token, prefix: parseApiKey(token)?.prefix ?? null };
    }
    try {
      return { kind: 'accessToken', claims: this.verifyAccessToken(token) };
    } catch {
      return { kind: 'invalid' };
    }
  }

  /**
   * At the start of a member's request (an access token): opens the request's transaction
   * now, with `before` ahead of it, and reads the live membership and session in that same
   * round trip; the principal, established later, is made from that read. Gives `before`'s
   * results (none for other credentials, or claims that name no member).
   */
  async openMember(ctx: RequestContext, before: string): Promise<StatementResult[]> {
    const bearer = ctx.credentials?.bearer;
    if (bearer?.kind !== 'accessToken') return [];
    return (await this.memberships.activeRole(ctx, bearer.claims, before)).before;
  }

  /**
   * The request's principal, established on the first call. Throws UNAUTHENTICATED (no
   * credentials, a token that did not verify, a membership or session that is gone, a bad
   * key), BAD_USER_INPUT for an On-Behalf-Of header a member sent, or the key's own refusals.
   */
  async principal(ctx: RequestContext): Promise<Principal> {
    await ctx.authenticateOnce(() => this.establish(ctx));
    return ctx.principal;
  }

  private async establish(ctx: RequestContext): Promise<void> {
    // A subscription's connection context arrives with the principal its connection proved.
    if (ctx.isAuthenticated) return;
    const { bearer, onBehalfOf } = ctx.credentials ?? NO_CREDENTIALS;
    if (bearer.kind === 'apiKey') {
      const key = await this.apiKeys.authenticate(ctx, bearer.secret);
      const acting =
        onBehalfOf === undefined ? key : await this.apiKeys.actingFor(ctx, key, onBehalfOf);
      ctx.setPrincipal(acting);
      return;
    }
    if (onBehalfOf !== undefined) {
      throw new BadInputError(
        [{ path: 'On-Behalf-Of', message: 'is for API keys: a member always acts as themselves' }],
        'The On-Behalf-Of header is only for API keys.',
      );
    }
    if (bearer.kind !== 'accessToken') throw new UnauthenticatedError();
    const principal = await this.memberships.principalFor(ctx, bearer.claims);
    if (!principal) throw new UnauthenticatedError();
    ctx.setPrincipal(principal);
  }

  /**
   * The algorithm is pinned; iss, aud and exp are checked, and exp and iat must be present
   * (jsonwebtoken checks exp only when a token has one, so a token without it would never
   * expire). Throws when the token is not valid.
   */
  private verifyAccessToken(token: string): AccessTokenClaims {
    const claims = this.jwt.verify<Record<string, unknown>>(token, {
      algorithms: [JWT_ALGORITHM],
      secret: jwtKey(this.config) as unknown as string,
      issuer: this.config.JWT_ISSUER,
      audience: this.config.JWT_AUDIENCE,
    });
    for (const name of REQUIRED_TIMES) {
      if (typeof claims[name] !== 'number' || !Number.isFinite(claims[name])) {
        throw new Error(`access token without ${name}`);
      }
    }
    for (const name of REQUIRED_STRINGS) {
      if (typeof claims[name] !== 'string' || !claims[name]) {
        throw new Error(`access token without ${name}`);
      }
    }
    return {
      sub: claims.sub as string,
      tid: claims.tid as string,
      sid: claims.sid as string,
      exp: claims.exp as number,
    };
  }
}
