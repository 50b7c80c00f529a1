import DataLoader from 'dataloader';
import type { EntityManager, QueryRunner } from 'typeorm';
import type { Database, OpenedTransaction } from '../database/database.service.js';
import type { OpeningRound, StatementResult } from '../database/request-query-runner.js';
import type { Credentials } from './access-token-claims.js';
import type { Role } from './role.js';
import { UnauthenticatedError } from './errors.js';

/**
 * Who is calling: a member (access token + live membership) or an API key. For a key, `userId`
 * is the key's own id, so it matches no user (a key is nobody's interviewer and reads nobody's
 * draft); `actingUserId` is the user writes are attributed to (the key's creator); `role` is
 * RECRUITER, tenant-wide reading, while `scopes` decide which operations it may call at all.
 * A key that names an acting member (`On-Behalf-Of`, scope SCORECARDS_WRITE) takes that
 * member's `userId`, `actingUserId` and `role` for the request, and `onBehalfOf` says so.
 */
export interface Principal {
  kind: 'user' | 'apiKey';
  userId: string;
  actingUserId: string;
  tenantId: string;
  sessionId: string;
  role: Role;
  keyId?: string;
  scopes?: string[];
  /** The member an API key acts for in this request (their user id), when it names one. */
  onBehalfOf?: string;
  /** The ATS an API key is configured for: scorecards and feeds carry its values. */
  ats?: string | null;
}

/**
 * A per-request DataLoader, typed: its key type `K`, value type `V` (a batch may answer an
 * Error for one key), and arguments `A` for loaders that differ by the field's arguments (a
 * page size). The definition is the loader's identity: two fields that read the same thing use
 * the same definition, and so share one batch and cache.
 */
export interface LoaderDef<K, V, A = void> {
  readonly batch: (
    ctx: RequestContext,
    args: A,
  ) => (keys: readonly K[]) => Promise<ArrayLike<V | Error>>;
}

/** Defines a loader (see LoaderDef); each module keeps its definitions in its loaders file. */
export const defineLoader = <K, V, A = void>(
  batch: LoaderDef<K, V, A>['batch'],
): LoaderDef<K, V, A> => ({ batch });

/**
 * Everything one HTTP request knows: its id, the caller, and its tenant transaction.
 * Services take it as their first argument. Reading the tenant without an authenticated
 * principal throws: nothing can run unscoped by accident.
 */
export class RequestContext {
  private principalValue?: Principal;
  private authentication?: Promise<void>;
  private runner?: Promise<OpenedTransaction>;
  private runnerTenant?: string;
  /** The statements of the round trip that opened the transaction. */
  private openingRound?: OpeningRound;
  /** The request's loaders, by definition and then by arguments, created on first use. */
  private readonly loaders = new Map<
    LoaderDef<never, unknown, never>,
    Map<string, DataLoader<unknown, unknown>>
  >();
  private finished = false;
  /** The mutation running now (see unit). */
  private unitManager?: EntityManager;
  private rollbackOnly = false;
  /** Why the last commit failed, when it did. */
  commitError?: unknown;

  constructor(
    readonly requestId: string,
    readonly ip: string,
    private readonly db: Database,
  ) {}

  get principal(): Principal {
    if (!this.principalValue) throw new UnauthenticatedError();
    return this.principalValue;
  }

  get tenantId(): string {
    return this.principal.tenantId;
  }

  get isAuthenticated(): boolean {
    return this.principalValue !== undefined;
  }

  setPrincipal(principal: Principal): void {
    this.principalValue = principal;
  }

  /** The caller's credentials, read (the token verified) once at the start of the request. */
  credentials?: Credentials;

  /**
   * The request's one authentication (auth/authenticator.service.ts): the first caller runs
   * `authenticate`, which sets the principal; every caller awaits that same run, failure included.
   */
  authenticateOnce(authenticate: () => Promise<void>): Promise<void> {
    this.authentication ??= authenticate();
    return this.authentication;
  }

  /** The request's tenant transaction, opened on first use. */
  async manager(): Promise<EntityManager> {
    return this.managerFor(this.tenantId);
  }

  /**
   * Opens the transaction for the tenant named by a verified token, before the principal is
   * complete (the guard reads the live membership in it). One tenant per request.
   */
  async managerFor(tenantId: string): Promise<EntityManager> {
    return (await this.transactionFor(tenantId, {})).runner.manager;
  }

  /**
   * Opens the transaction for `tenantId` with `round` in the same round trip (see
   * Database.beginTenant) and gives the results of its statements. Asked again with the same
   * `after` (another reader of the same check), it gives the same results; when the
   * transaction is already open otherwise, `after` runs in it as one more statement.
   */
  async open(
    tenantId: string,
    round: OpeningRound,
  ): Promise<{ before: StatementResult[]; after: StatementResult[] }> {
    const opening = !this.runner;
    const opened = await this.transactionFor(tenantId, round);
    if (opening || round.after === this.openingRound?.after) return opened;
    if (round.before) throw new Error('statements ahead of BEGIN need the opening round trip');
    return { before: [], after: [await opened.runner.after(round.after)] };
  }

  private transactionFor(tenantId: string, round: OpeningRound): Promise<OpenedTransaction> {
    if (this.runnerTenant !== undefined && this.runnerTenant !== tenantId) {
      throw new Error('a request cannot switch tenants');
    }
    if (this.finished) throw new Error('the request has ended: no transaction can start');
    this.runnerTenant = tenantId;
    if (!this.runner) {
      this.openingRound = round;
      this.runner = this.db.beginTenant(tenantId, round);
    }
    return this.runner;
  }

  /**
   * Opens the request's transaction to authenticate an API key, before its tenant is known: in
   * it the prefix-only policy of api_keys shows the key's row. `find` reads that row and sets
   * `app.tenant_id` to the row's tenant in the same statement; from then on the transaction is
   * the request's tenant transaction, as managerFor would have opened it. Until `find` names a
   * tenant, no other tenant can take the transaction over.
   */
  async managerForKey<T extends { tenant_id: string }>(
    prefix: string,
    find: (em: EntityManager) => Promise<T | undefined>,
  ): Promise<T | undefined> {
    if (this.finished) throw new Error('the request has ended: no transaction can start');
    if (this.runner) throw new Error('an API key is looked up before anything else');
    this.runnerTenant = '';
    this.runner = this.db.beginKeyLookup(prefix);
    const row = await find((await this.runner).runner.manager);
    if (row) this.runnerTenant = row.tenant_id;
    return row;
  }

  /**
   * Runs one mutation as one unit of the request's transaction; `write` inside it adds no
   * savepoint of its own. `alone` says the operation runs no other mutation: then the unit
   * needs no savepoint either, and a failure marks the whole transaction for rollback (what
   * else it holds is the caller's authentication, and an Idempotency-Key claim that a failed
   * answer releases anyway). With several mutations in one operation, each runs in a savepoint:
   * the one partial rollback the service needs, so that a failed mutation leaves nothing behind
   * while the others' work is kept.
   */
  async unit<T>(alone: boolean, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const em = await this.manager();
    if (this.unitManager) throw new Error('a mutation cannot run inside another');
    this.unitManager = em;
    try {
      if (!alone) return await em.transaction(fn);
      try {
        return await fn(em);
      } catch (error) {
        this.rollbackOnly = true;
        throw error;
      }
    } finally {
      this.unitManager = undefined;
      this.clearLoaders();
    }
  }

  /** True once a failed mutation has marked the transaction for rollback. */
  get rolledBack(): boolean {
    return this.rollbackOnly;
  }

  /**
   * Runs a write: within a mutation's unit, on its transaction as it is (the unit decides what a
   * failure undoes); elsewhere (work outside GraphQL mutations), as its own unit in a savepoint
   * of the request's transaction.
   */
  async write<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const em = this.unitManager ?? (await this.manager());
    try {
      return this.unitManager ? await fn(em) : await em.transaction(fn);
    } finally {
      this.clearLoaders();
    }
  }

  /**
   * The request's DataLoader of `def` (with `args`), created on first use: relation fields
   * batch their look-ups into one statement per level of the query, whatever the list sizes.
   */
  loader<K, V>(def: LoaderDef<K, V, void>): DataLoader<K, V>;
  loader<K, V, A>(def: LoaderDef<K, V, A>, args: A): DataLoader<K, V>;
  loader<K, V, A>(def: LoaderDef<K, V, A>, args?: A): DataLoader<K, V> {
    const key = def as unknown as LoaderDef<never, unknown, never>;
    let byArgs = this.loaders.get(key);
    if (!byArgs) this.loaders.set(key, (byArgs = new Map()));
    const variant = args === undefined ? '' : JSON.stringify(args);
    let loader = byArgs.get(variant) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(def.batch(this, args as A), { maxBatchSize: 1000 });
      byArgs.set(variant, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Drops cached loads after a write, so later fields read the new state. */
  clearLoaders(): void {
    this.loaders.clear();
  }

  /** Ends the request's transaction. Returns false when a commit failed. */
  async finish(commit: boolean): Promise<boolean> {
    this.finished = true;
    const rollbackOnly = this.rollbackOnly;
    const pending = this.runner;
    this.runner = undefined;
    this.runnerTenant = undefined;
    if (!pending) return true;
    let runner: QueryRunner;
    try {
      ({ runner } = await pending);
    } catch (error) {
      this.commitError = error;
      return !commit;
    }
    try {
      if (commit && !rollbackOnly) await runner.commitTransaction();
      else await runner.rollbackTransaction();
      return true;
    } catch (error) {
      this.commitError = error;
      await runner.rollbackTransaction().catch(() => undefined);
      return false;
    } finally {
      await runner.release();
    }
  }
}
