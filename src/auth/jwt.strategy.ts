import { Injectable } from '@nestjs/common';
import type { JwtService } from '@nestjs/jwt';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../config/config.js';
import { jwtKey } from './jwt-key.js';

export const JWT_ALGORITHM = 'HS256';

export interface AccessTokenClaims {
  sub: string;
  tid: string;
  sid: string;
}

/** Verifies bearer access tokens: the algorithm is pinned, and iss, aud and exp are checked. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: jwtKey(config) as unknown as string,
      algorithms: [JWT_ALGORITHM],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(payload: Partial<AccessTokenClaims>): AccessTokenClaims | false {
    if (!payload.sub || !payload.tid || !payload.sid) return false;
    return { sub: payload.sub, tid: payload.tid, sid: payload.sid };
  }
}

/**
 * Verifies an access token outside passport (before the guard runs: rate limiting, the
 * idempotency pre-handler), with the strategy's own checks. Throws when it is not valid.
 */
export function verifyAccessToken(
  jwt: JwtService,
  config: AppConfig,
  token: string,
): AccessTokenClaims {
  return jwt.verify<AccessTokenClaims>(token, {
    algorithms: [JWT_ALGORITHM],
    secret: jwtKey(config) as unknown as string,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
  });
}
