import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/config.js';
import { RateLimitedError, UnavailableError } from '../common/errors.js';
import { isUnavailableError } from '../database/unavailable.js';
import { Database } from '../database/database.service.js';
import type { StatementResult } from '../database/request-query-runner.js';
import {
  REQUEST_PREFIX,
  REQUEST_WINDOW_MS,
  TABLE,
  requestCountSql,
} from './throttle.repository.js';

const SIGNIN_WINDOW_SECONDS = 15 * 60;
/**
 * A request's count, as SQL to send ahead of the request's own statements in the round trip
 * that opens its transaction (Database.beginTenant's `before`), and what to make of its result.
 */
export interface RequestCount {
  sql: string;
  /**
   * Throws RATE_LIMITED past the budget, given the opening round's `before` results. When they
   * hold no count (the round was not sent, e.g. claims that name no member), counts the
   * request on the pool instead.
   */
  settle(before: StatementResult[]): Promise<void>;
}

/**
 * Counters live in PostgreSQL (table rate_limits), so every replica enforces the same limits
 * and nothing is kept in process memory.
 */
@Injectable()
export class ThrottleService {
  private readonly requests: RateLimiterPostgres;
  private readonly signInByEmail: RateLimiterPostgres;
  private readonly signInByAddress: RateLimiterPostgres;

  private readonly requestBudget: number;

  constructor(config: AppConfig, db: Database) {
    this.requestBudget = config.RATE_LIMIT_PER_MINUTE;
    const storeClient = (db.source.driver as unknown as { master: Pool }).master;
    const common = { storeClient, storeType: 'pool', tableName: TABLE, tableCreated: true };
    this.requests = new RateLimiterPostgres({
      ...common,
      keyPrefix: REQUEST_PREFIX,
      points: config.RATE_LIMIT_PER_MINUTE,
      duration: REQUEST_WINDOW_MS / 1000,
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
   * The same count as consumeRequest (same row, same window), as literal SQL for the round trip
   * that opens the request's transaction: its own short transaction ahead of BEGIN, committed
   * without waiting for the WAL flush (`synchronous_commit = off`: a crash may forget the last
   * fraction of a second of counts, and the row lock is held for the update alone). Every
   * replica counts on the same row, so the limit holds across them. Null when the key cannot be
   * written as a literal: count it with consumeRequest.
   */
  requestCount(key: string): RequestCount | null {
    const sql = requestCountSql(key);
    if (sql === null) return null;
    return {
      sql,
      settle: async (before) => {
        const row = before.find((r) => r.command === 'INSERT')?.rows[0];
        if (!row) return this.consumeRequest(key);
        if (Number(row.points) > this.requestBudget) {
          throw new RateLimitedError(Math.max(1, Math.ceil(Number(row.ms_left) / 1000)));
        }
      },
    };
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
