import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PassportStrategy } from '@nestjs/passport';
import passport from 'passport';
import { AppConfig } from '../config/config.js';
import { jwtKey } from './jwt-key.js';
import type { AccessTokenClaims } from '../common/access-token-claims.js';

export const JWT_ALGORITHM = 'HS256';

/** Claims every access token we issue carries; a token without one of them is refused. */
const REQUIRED_STRINGS = ['sub', 'tid', 'sid'] as const;
const REQUIRED_TIMES = ['exp', 'iat'] as const;

/**
 * The one verification of an access token: the guard (through the passport strategy below),
 * the request rate limiter and the idempotency pre-handler all call it. The algorithm is
 * pinned; iss, aud and exp are checked, and exp and iat must be present (jsonwebtoken checks
 * exp only when a token has one, so a token without it would never expire). Throws when the
 * token is not valid.
 */
export function verifyAccessToken(
  jwt: JwtService,
  config: AppConfig,
  token: string,
): AccessTokenClaims {
  const claims = jwt.verify<Record<string, unknown>>(token, {
    algorithms: [JWT_ALGORITHM],
    secret: jwtKey(config) as unknown as string,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
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
  return { sub: claims.sub as string, tid: claims.tid as string, sid: claims.sid as string };
}

type Verified = (claims: AccessTokenClaims, done: (error: unknown, user?: unknown) => void) => void;

/** A passport strategy that reads `Authorization: Bearer …` and checks it with `verify`. */
class BearerAccessTokenStrategy extends passport.Strategy {
  constructor(
    private readonly verify: (token: string) => AccessTokenClaims,
    private readonly verified: Verified,
  ) {
    super();
  }

  // Passport types the request as Express's; here it is Fastify's, and only its headers are read.
  override authenticate(req: { headers?: { authorization?: string } }): void {
    const header = req.headers?.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : '';
    let claims: AccessTokenClaims;
    try {
      claims = this.verify(token.trim());
    } catch {
      return this.fail(401);
    }
    this.verified(claims, (error, user) => {
      if (error) return this.error(error);
      return user ? this.success(user) : this.fail(401);
    });
  }
}

/** The guard's JWT strategy: verifyAccessToken, nothing else. */
@Injectable()
export class JwtStrategy extends PassportStrategy(BearerAccessTokenStrategy, 'jwt') {
  constructor(jwt: JwtService, config: AppConfig) {
    super((token: string) => verifyAccessToken(jwt, config, token));
  }

  validate(claims: AccessTokenClaims): AccessTokenClaims {
    return claims;
  }
}
