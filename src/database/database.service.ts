import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  RequestQueryRunner,
  type OpeningRound,
  type StatementResult,
} from './request-query-runner.js';

export const SET_TENANT_SQL = "SELECT set_config('app.tenant_id', $1, true)";
/**
 * A UUID as PostgreSQL prints it (lowercase): what may be written into SQL as a literal (the
 * opening round trip), name a tenant in a refresh token, or stand in a cursor.
 */
export const UUID_LITERAL = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KEY_PREFIX = /^[0-9a-f]{12}$/;

/** The request's transaction, opened, with the results of the opening round's statements. */
export interface OpenedTransaction {
  runner: RequestQueryRunner;
  before: StatementResult[];
  after: StatementResult[];
}

/**
 * The runtime connection pool (logged in as the non-owner runtime role). Every statement on a
 * tenant table runs inside a transaction that has set `app.tenant_id`, so PostgreSQL's
 * row-level security policies see the tenant; the setting is transaction-local and vanishes at
 * commit, so a pooled connection never carries one request's tenant into the next.
 */
@Injectable()
export class Database {
  constructor(readonly source: DataSource) {}

  /** A tenant-scoped transaction for work outside a request (sign-in, seeding, CLI). */
  async withTenant<T>(tenantId: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.source.transaction(async (em) => {
      await em.query(SET_TENANT_SQL, [tenantId]);
      return fn(em);
    });
  }

  /** A transaction with no tenant: only global tables (tenants, users) are visible in it. */
  async global<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.source.transaction(fn);
  }

  /**
   * Opens the request's tenant transaction, with `round` in the same round trip; the request
   * context commits or rolls it back.
   */
  async beginTenant(tenantId: string, round: OpeningRound = {}): Promise<OpenedTransaction> {
    // Interpolated into SQL below, so it must be exactly a UUID (it comes from a signed token).
    if (!UUID_LITERAL.test(tenantId)) throw new Error('tenant id is not a UUID');
    return this.begin(`SELECT set_config('app.tenant_id', '${tenantId}', true)`, round);
  }

  /**
   * Opens the request's transaction before its tenant is known, to find an API key: the
   * prefix-only policy of api_keys shows the row of `prefix` (RequestContext.managerForKey).
   */
  async beginKeyLookup(prefix: string): Promise<OpenedTransaction> {
    // Interpolated into SQL below, so it must be exactly a key's public prefix (12 hex).
    if (!KEY_PREFIX.test(prefix)) throw new Error('not an API key prefix');
    return this.begin(`SELECT set_config('app.api_key_prefix', '${prefix}', true)`, {});
  }

  /** BEGIN with `setting` and `round` in one round trip (RequestQueryRunner.open). */
  private async begin(setting: string, round: OpeningRound): Promise<OpenedTransaction> {
    const runner = new RequestQueryRunner(this.source);
    const results = await runner.open(setting, round);
    const begin = results.findIndex((r) => r.command === 'START');
    return { runner, before: results.slice(0, begin), after: results.slice(begin + 2) };
  }
}
