import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';

export const SET_TENANT_SQL = "SELECT set_config('app.tenant_id', $1, true)";
/**
 * A UUID as PostgreSQL prints it (lowercase): what may be written into SQL as a literal (the
 * opening round trip), name a tenant in a refresh token, or stand in a cursor.
 */
export const UUID_LITERAL = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KEY_PREFIX = /^[0-9a-f]{12}$/;

/** Rows of one statement of a round trip, as pg returns them. */
export interface StatementResult {
  command: string;
  rows: Record<string, unknown>[];
}

/**
 * Statements sent in the round trip that opens a request's transaction, as literal SQL (the
 * simple protocol takes no parameters): `before` ahead of it, in a transaction of its own that
 * it opens with BEGIN (never START TRANSACTION: the results are split at the request's) and
 * commits; `after` inside the request's transaction, once the tenant is set.
 */
export interface OpeningRound {
  before?: string;
  after?: string;
}

/** The request's transaction, opened, with the results of the opening round's statements. */
export interface OpenedTransaction {
  runner: QueryRunner;
  before: StatementResult[];
  after: StatementResult[];
}

/**
 * GraphQL resolves sibling fields concurrently, and they share the request's connection:
 * queue their statements so only one runs at a time on it (pg refuses overlapping queries).
 * The first statement, TypeORM's START TRANSACTION, becomes the opening round: `before`, BEGIN,
 * the tenant and `after` in one string (simple protocol), sent straight to pg because TypeORM
 * keeps the rows of a single statement only; `opened` receives every statement's result.
 */
function serialised(
  runner: QueryRunner,
  setting: string,
  round: OpeningRound,
  opened: (results: StatementResult[]) => void,
): QueryRunner {
  const query = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const next = tail.then(() => {
      if (args[0] !== 'START TRANSACTION') return query(...args);
      const text = [round.before, 'START TRANSACTION', setting, round.after]
        .filter(Boolean)
        .join('; ');
      runner.connection.logger.logQuery(text, undefined, runner);
      const pgClient = (runner as unknown as { databaseConnection: PgClient }).databaseConnection;
      return pgClient.query(text).then((raw) => opened(Array.isArray(raw) ? raw : [raw]));
    });
    tail = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
  return runner;
}

type PgClient = { query(text: string): Promise<StatementResult | StatementResult[]> };

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

  /**
   * BEGIN with `setting` and `round` in one round trip. When the round trip fails, nothing of
   * it stays open on the connection (ROLLBACK, then the connection goes back to the pool or is
   * dropped).
   */
  private async begin(setting: string, round: OpeningRound): Promise<OpenedTransaction> {
    let results: StatementResult[] = [];
    const runner = serialised(
      this.source.createQueryRunner(),
      setting,
      round,
      (all) => (results = all),
    );
    try {
      await runner.connect();
      await runner.startTransaction();
    } catch (error) {
      const pgClient = (runner as unknown as { databaseConnection?: PgClient }).databaseConnection;
      await pgClient?.query('ROLLBACK').catch(() => undefined);
      await runner.release();
      throw error;
    }
    const begin = results.findIndex((r) => r.command === 'START');
    return { runner, before: results.slice(0, begin), after: results.slice(begin + 2) };
  }
}
