import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';

export const SET_TENANT_SQL = "SELECT set_config('app.tenant_id', $1, true)";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KEY_PREFIX = /^[0-9a-f]{12}$/;

/**
 * GraphQL resolves sibling fields concurrently, and they share the request's connection:
 * queue their statements so only one runs at a time on it (pg refuses overlapping queries).
 */
function serialised(runner: QueryRunner, afterBegin: string): QueryRunner {
  const query = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    // The tenant is set in the same round trip as BEGIN (simple protocol, two statements).
    if (args[0] === 'START TRANSACTION') args[0] = `START TRANSACTION; ${afterBegin}`;
    const next = tail.then(() => query(...args));
    tail = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
  return runner;
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

  /** Opens the request's tenant transaction; the request context commits or rolls it back. */
  async beginTenant(tenantId: string): Promise<QueryRunner> {
    // Interpolated into SQL below, so it must be exactly a UUID (it comes from a signed token).
    if (!UUID.test(tenantId)) throw new Error('tenant id is not a UUID');
    return this.begin(`SELECT set_config('app.tenant_id', '${tenantId}', true)`);
  }

  /**
   * Opens the request's transaction before its tenant is known, to find an API key: the
   * prefix-only policy of api_keys shows the row of `prefix` (RequestContext.managerForKey).
   */
  async beginKeyLookup(prefix: string): Promise<QueryRunner> {
    // Interpolated into SQL below, so it must be exactly a key's public prefix (12 hex).
    if (!KEY_PREFIX.test(prefix)) throw new Error('not an API key prefix');
    return this.begin(`SELECT set_config('app.api_key_prefix', '${prefix}', true)`);
  }

  private async begin(afterBegin: string): Promise<QueryRunner> {
    const runner = serialised(this.source.createQueryRunner(), afterBegin);
    try {
      await runner.connect();
      await runner.startTransaction();
      return runner;
    } catch (error) {
      await runner.release();
      throw error;
    }
  }
}
