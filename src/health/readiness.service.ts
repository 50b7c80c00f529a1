import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { loggableError } from '../common/errors.js';
import { Database } from '../database/database.service.js';
import { pingDatabase } from './readiness.repository.js';

/** A probe answers within this budget, whatever the load on the request pool. */
const BUDGET_MS = 800;
/** Probes within this time of the last check share its result. */
const FRESH_MS = 500;

export interface Readiness {
  up: boolean;
  message?: string;
}

/**
 * Whether the service can serve: its start-up work is done (`hold`: while the demo data is
 * seeded, a demo sign-in would be refused) and the database answers, checked on a dedicated
 * connection outside the request pool:
 * under load the pool is busy by design, and a probe waiting for it would report a healthy
 * replica as down (pulling every busy replica at once). Concurrent probes share one check, and
 * a check never takes longer than its budget.
 */
@Injectable()
export class ReadinessProbe implements OnApplicationShutdown {
  private readonly logger = new Logger('Health');
  private readonly pending = new Map<symbol, string>();
  private client?: Client;
  private inFlight?: Promise<Readiness>;
  private last?: { at: number; result: Readiness };
  private readonly url: string;

  constructor(db: Database) {
    this.url = (db.source.options as { url: string }).url;
  }

  check(): Promise<Readiness> {
    if (this.last && performance.now() - this.last.at < FRESH_MS) {
      return Promise.resolve(this.last.result);
    }
    this.inFlight ??= this.probe().then((result) => {
      this.last = { at: performance.now(), result };
      this.inFlight = undefined;
      return result;
    });
    return this.inFlight;
  }

  /** Marks start-up work `task` as under way; call the returned function once it is done. */
  hold(task: string): () => void {
    const key = Symbol(task);
    this.pending.set(key, task);
    return () => {
      this.pending.delete(key);
    };
  }

  /** The start-up work still under way, by name. */
  waitingFor(): string[] {
    return [...this.pending.values()];
  }

  async onApplicationShutdown(): Promise<void> {
    await this.reset();
  }

  private async probe(): Promise<Readiness> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${BUDGET_MS} ms`)), BUDGET_MS);
    });
    try {
      await Promise.race([this.selectOne(), timeout]);
      return { up: true };
    } catch (error) {
      void this.reset();
      // The endpoint is public: the reason goes to the log, not to whoever asks.
      this.logger.warn({ err: loggableError(error) }, 'readiness: the database does not answer');
      return { up: false, message: 'The database does not answer.' };
    } finally {
      clearTimeout(timer);
    }
  }

  private async selectOne(): Promise<void> {
    if (!this.client) {
      const client = new Client({
        connectionString: this.url,
        application_name: 'interview-kit-health',
        connectionTimeoutMillis: BUDGET_MS,
        statement_timeout: BUDGET_MS,
      });
      client.on('error', () => {
        if (this.client === client) this.client = undefined;
      });
      this.client = client;
      await client.connect();
    }
    await pingDatabase(this.client);
  }

  private async reset(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
