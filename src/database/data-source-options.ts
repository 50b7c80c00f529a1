import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSourceOptions, Logger as TypeOrmLogger } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { statementText, type PreparedStatement } from './prepared.js';

const backgroundWork = new AsyncLocalStorage<true>();

/**
 * Runs background work (job handlers, sweepers) so that its statements are counted apart from
 * the requests': a worker delivering mail while a test measures a request's statements must
 * not add to them (it did, and the counts changed from run to run).
 */
export function inBackground<T>(work: () => Promise<T>): Promise<T> {
  return backgroundWork.run(true, work);
}

/**
 * Counts the SQL statements sent through TypeORM. Tests and the benchmarks read it to prove
 * that an operation's statement count does not grow with list sizes (no N+1).
 */
export class SqlStatementCounter implements TypeOrmLogger {
  /** Statements of requests (and anything else not marked as background work). */
  count = 0;
  /** Statements of background work (inBackground). */
  background = 0;
  /**
   * When a test or a benchmark sets an array here, each statement is appended to it (to
   * EXPLAIN what the service really sends). Off by default: no request's values stay in memory.
   */
  recording?: { query: string; parameters?: unknown[] }[];
  logQuery(query: string | PreparedStatement, parameters?: unknown[]): void {
    if (backgroundWork.getStore()) {
      this.background += 1;
      return;
    }
    this.count += 1;
    this.recording?.push({ query: statementText(query), parameters });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export function dataSourceOptions(
  url: string,
  extra: {
    poolSize?: number;
    applicationName?: string;
    logger?: TypeOrmLogger;
    /** Service connections only (migrations may run long): statement_timeout, lock_timeout. */
    statementTimeoutMs?: number;
    lockTimeoutMs?: number;
    connectTimeoutMs?: number;
  } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    uuidExtension: 'pgcrypto',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    logger: extra.logger,
    logging: extra.logger ? ['query'] : false,
    poolSize: extra.poolSize ?? 10,
    applicationName: extra.applicationName ?? 'interview-kit',
    extra: {
      connectionTimeoutMillis: extra.connectTimeoutMs ?? 10_000,
      ...(extra.statementTimeoutMs ? { statement_timeout: extra.statementTimeoutMs } : {}),
      ...(extra.lockTimeoutMs ? { lock_timeout: extra.lockTimeoutMs } : {}),
      // A transaction left idle (a stuck request) is ended after a minute: it cannot hold
      // locks, or the sync feeds' horizon, for long.
      idle_in_transaction_session_timeout: 60_000,
    },
  };
}

/** Same server and database as `ownerUrl`, logged in as another role. */
export function withCredentials(ownerUrl: string, user: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = encodeURIComponent(user);
  url.password = encodeURIComponent(password);
  return url.toString();
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
