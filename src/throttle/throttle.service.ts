import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/config.js';
import { RateLimitedError, UnavailableError } from '../common/errors.js';
import { isUnavailableError } from '../database/unavailable.js';
import { Database } from '../database/database.service.js';

const TABLE = 'rate_limits';
const SIGNIN_WINDOW_SECONDS = 15 * 60;

/**
 * Counters live in PostgreSQL (table rate_limits), so every replica enforces the same limits
 * and nothing is kept in process memory.
 */
@Injectable()
export class ThrottleService {
  private readonly requests: RateLimiterPostgres;
  private readonly signInByEmail: RateLimiterPostgres;
  private readonly signInByAddress: RateLimiterPostgres;

  constructor(config: AppConfig, db: Database) {
    const storeClient = (db.source.driver as unknown as { master: Pool }).master;
    const common = { storeClient, storeType: 'pool', tableName: TABLE, tableCreated: true };
    this.requests = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'req',
      points: config.RATE_LIMIT_PER_MINUTE,
      duration: 60,
    });
    this.signInByEmail = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'signin_email',
      points: config.SIGNIN_MAX_FAILURES,
      duration: SIGNIN_WINDOW_SECONDS,
    });
    this.signInByAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'signin_ip',
      points: config.SIGNIN_MAX_FAILURES * 4,
      duration: SIGNIN_WINDOW_SECONDS,
    });
  }

  /** Counts one request for the caller; throws RATE_LIMITED past the per-minute budget. */
  async consumeRequest(key: string): Promise<void> {
    try {
      await this.requests.consume(key);
    } catch (result) {
      throw this.toError(result);
    }
  }

  /**
   * Counts a sign-in attempt against the e-mail and the address before the password is
   * checked; a success gives the points back. Past the limit: RATE_LIMITED.
   */
  async consumeSignInAttempt(email: string, address: string): Promise<void> {
    const results = await Promise.allSettled([
      this.signInByEmail.consume(email),
      this.signInByAddress.consume(address),
    ]);
    const rejected = results.find((r) => r.status === 'rejected');
    if (rejected) throw this.toError((rejected as PromiseRejectedResult).reason);
  }

  async recordSignInSuccess(email: string, address: string): Promise<void> {
    await Promise.allSettled([
      this.signInByEmail.delete(email),
      this.signInByAddress.reward(address, 1),
    ]);
  }

  private toError(result: unknown): Error {
    if (result instanceof RateLimiterRes) {
      return new RateLimitedError(Math.max(1, Math.ceil(result.msBeforeNext / 1000)));
    }
    if (isUnavailableError(result)) return new UnavailableError();
    return result instanceof Error ? result : new Error(String(result));
  }
}
