import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/config.js';
import { RefreshTokenEntity } from './entities/refresh-token.entity.js';
import { SessionEntity } from './entities/session.entity.js';
import { JWT_ALGORITHM } from './jwt-key.js';
import { type AccessTokenClaims } from '../common/access-token-claims.js';
import { UUID_LITERAL as UUID } from '../database/database.service.js';

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export function sha256(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

/**
 * A tenant-bound one-time secret: `<tenant id>.<random>`. The tenant part lets the server open
 * the right tenant's transaction before it knows who is calling; only the hash is stored.
 */
export function newTenantSecret(tenantId: string): { token: string; hash: Buffer } {
  const secret = randomBytes(32).toString('base64url');
  return { token: `${tenantId}.${secret}`, hash: sha256(secret) };
}

export function parseTenantSecret(token: string): { tenantId: string; hash: Buffer } | null {
  const [tenantId, secret, ...rest] = token.split('.');
  if (rest.length || !tenantId || !secret || !UUID.test(tenantId)) return null;
  return { tenantId, hash: sha256(secret) };
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  signAccessToken(claims: Omit<AccessTokenClaims, 'exp'>): { token: string; expiresAt: Date } {
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const token = this.jwt.sign(claims, {
      algorithm: JWT_ALGORITHM,
      issuer: this.config.JWT_ISSUER,
      audience: this.config.JWT_AUDIENCE,
      expiresIn: ttl,
    });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  /** Adds the next refresh token of a session (inside the caller's tenant transaction). */
  async addRefreshToken(em: EntityManager, tenantId: string, sessionId: string) {
    const { token, hash } = newTenantSecret(tenantId);
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000);
    await em.insert(RefreshTokenEntity, { tenantId, sessionId, tokenHash: hash, expiresAt });
    return { token, expiresAt };
  }

  /** Starts a session and returns its first tokens. */
  async startSession(em: EntityManager, tenantId: string, userId: string): Promise<IssuedTokens> {
    const session = await em.save(em.create(SessionEntity, { tenantId, userId }));
    return this.tokensFor(em, session);
  }

  async tokensFor(em: EntityManager, session: SessionEntity): Promise<IssuedTokens> {
    const refresh = await this.addRefreshToken(em, session.tenantId, session.id);
    const access = this.signAccessToken({
      sub: session.userId,
      tid: session.tenantId,
      sid: session.id,
    });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
    };
  }
}
