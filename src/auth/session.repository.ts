import type { EntityManager } from 'typeorm';
import { RefreshTokenEntity } from './entities/refresh-token.entity.js';

/*
 * The queries of sessions and refresh tokens besides their entities' own finders.
 * AuthService holds the rules (rotation, reuse revokes the session).
 */

/** Locks a refresh token by its hash, so that two refreshes with it cannot both rotate it. */
export function lockRefreshToken(
  em: EntityManager,
  hash: Buffer,
): Promise<RefreshTokenEntity | null> {
  return em
    .createQueryBuilder(RefreshTokenEntity, 't')
    .setLock('pessimistic_write')
    .where('t.token_hash = :hash', { hash })
    .getOne();
}
