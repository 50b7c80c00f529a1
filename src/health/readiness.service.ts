import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { Database } from '../database/database.service.js';

/** A probe answers within this budget, whatever the load on the request pool. */
const BUDGET_MS = 800;
/** Probes within this time of the last check share its result. */
const FRESH_MS = 500;

export interface Readiness {
  up: boolean;
  message?: string;
}

/**
 * Whether the database answers, checked on a dedicated connection outside the request pool:
 * under load the pool is busy by design, and a probe waiting for it would report a healthy
 * replica as down (pulling every busy replica at once). Concurrent probes share one check, and
 * a check never takes longer than its budget.
 */
@Injectable()
export class ReadinessProbe implements OnApplicationShutdown {
  private client?: Client;
  private pending?: Promise<Readiness>;
  private last?: { at: number; result: Readiness };
  private readonly url: string;

  constructor(db: Database) {
    this.url = (db.source.options as { url: string }).url;
  }

  check(): Promise<Readiness> {
    if (this.last && performance.now() - this.last.at < FRESH_MS) {
      return Promise.resolve(this.last.result);
    }
    this.pending ??= this.probe().then((result) => {
      this.last = { at: performance.now(), result };
      this.pending = undefined;
      return result;
    });
    return this.pending;
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
      return { up: false, message: (error as Error).message };
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
    await this.client.query('SELECT 1');
  }

  private async reset(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
