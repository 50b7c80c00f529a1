import type { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';

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

/**
 * The connection of one request, with its transaction. Two things set it apart from TypeORM's
 * own query runner:
 * - GraphQL resolves sibling fields concurrently and they share this connection, which pg
 *   refuses to run overlapping queries on: `query` queues the statements, one at a time, in the
 *   order they were asked (COMMIT and savepoints included, as TypeORM sends them through it).
 * - `open` starts the transaction with the request's first statements in the same round trip
 *   (`before`, START TRANSACTION, the setting, `after`: one simple-protocol string), sent to pg
 *   as it is because TypeORM keeps the rows of a single statement only.
 * Its `manager` is bound to it, as DataSource.createQueryRunner binds one.
 */
export class RequestQueryRunner extends PostgresQueryRunner {
  /** The last queued statement, settled either way: the next one waits for it. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(source: DataSource) {
    if (!(source.driver instanceof PostgresDriver)) throw new Error('PostgreSQL only');
    super(source.driver, 'master');
    this.manager = source.createEntityManager(this);
  }

  override query(
    ...args: Parameters<PostgresQueryRunner['query']>
  ): ReturnType<PostgresQueryRunner['query']> {
    return this.queued(() => super.query(...args));
  }

  /**
   * Opens the transaction, as startTransaction would (TypeORM's commit, rollback and savepoints
   * then work as usual), in one round trip with `round` and `setting` (a literal statement run
   * first inside it). Gives every statement's result, in order. When the round trip fails the
   * connection holds nothing of it: rolled back and released, or closed when even the ROLLBACK
   * fails (its state is unknown then; the pool must not hand it out again).
   */
  async open(setting: string, round: OpeningRound): Promise<StatementResult[]> {
    if (this.isTransactionActive) throw new Error('the transaction is already open');
    const text = [round.before, 'START TRANSACTION', setting, round.after]
      .filter(Boolean)
      .join('; ');
    try {
      await this.broadcaster.broadcast('BeforeTransactionStart');
      const results = await this.queued(async () => {
        const connection = (await this.connect()) as PgConnection;
        this.dataSource.logger.logQuery(text, undefined, this);
        const raw = await connection.query(text);
        return Array.isArray(raw) ? raw : [raw];
      });
      this.isTransactionActive = true;
      this.transactionDepth = 1;
      await this.broadcaster.broadcast('AfterTransactionStart');
      return results;
    } catch (error) {
      await this.abandon();
      throw error;
    }
  }

  /**
   * Runs the `after` of an opening round (a reading statement) in a transaction that was
   * already open: its rows, as `open` gives them (none without a statement).
   */
  async after(text: string | undefined): Promise<StatementResult> {
    const rows: Record<string, unknown>[] = text ? await this.manager.query(text) : [];
    return { command: 'SELECT', rows };
  }

  private async abandon(): Promise<void> {
    const connection = this.databaseConnection as PgConnection | undefined;
    const rolledBack = await connection?.query('ROLLBACK').then(
      () => true,
      () => false,
    );
    this.isTransactionActive = false;
    this.transactionDepth = 0;
    if (connection && !rolledBack) {
      // pg-pool closes a client released with an error; TypeORM's release then only forgets it.
      const close = this.releaseCallback;
      this.releaseCallback = undefined;
      close?.(new Error('the opening round trip failed and so did its ROLLBACK'));
    }
    await this.release();
  }

  private queued<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

type PgConnection = { query(text: string): Promise<StatementResult | StatementResult[]> };
