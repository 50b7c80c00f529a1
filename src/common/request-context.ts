import DataLoader from 'dataloader';
import type { EntityManager, QueryRunner } from 'typeorm';
import type { Database } from '../database/database.service.js';
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
 * Everything one HTTP request knows: its id, the caller, and its tenant transaction.
 * Services take it as their first argument. Reading the tenant without an authenticated
 * principal throws: nothing can run unscoped by accident.
 */
export class RequestContext {
  private principalValue?: Principal;
  private authentication?: Promise<void>;
  private runner?: Promise<QueryRunner>;
  private runnerTenant?: string;
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private finished = false;
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
    if (this.runnerTenant !== undefined && this.runnerTenant !== tenantId) {
      throw new Error('a request cannot switch tenants');
    }
    if (this.finished) throw new Error('the request has ended: no transaction can start');
    this.runnerTenant = tenantId;
    this.runner ??= this.db.beginTenant(tenantId);
    return (await this.runner).manager;
  }

  /**
   * Runs a write inside a savepoint of the request's transaction: a failed mutation leaves
   * nothing behind, while the request's other work is kept.
   */
  async write<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const em = await this.manager();
    try {
      return await em.transaction(fn);
    } finally {
      this.clearLoaders();
    }
  }

  /**
   * The request's DataLoader for `name`, created on first use: relation fields batch their
   * look-ups into one statement per level of the query, whatever the list sizes.
   */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
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
    const pending = this.runner;
    this.runner = undefined;
    this.runnerTenant = undefined;
    if (!pending) return true;
    let runner: QueryRunner;
    try {
      runner = await pending;
    } catch (error) {
      this.commitError = error;
      return !commit;
    }
    try {
      if (commit) await runner.commitTransaction();
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
