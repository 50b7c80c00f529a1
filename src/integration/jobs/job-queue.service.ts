import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnModuleInit,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../config/config.js';
import { grantQueueToRuntimeRole } from './job-queue.repository.js';
import { inBackground } from '../../database/data-source-options.js';

/** The pg-boss queue that carries one job per webhook delivery attempt (src/integration/webhooks). */
export const WEBHOOK_QUEUE = 'webhook-delivery';
/** The pg-boss queue that carries one job per e-mail send attempt (src/integration/mail). */
export const MAIL_QUEUE = 'mail-delivery';
/** Every queue of the service: created at start, before anything is sent to one. */
const QUEUES = [WEBHOOK_QUEUE, MAIL_QUEUE];
/** The schema pg-boss creates and owns (as the database owner). */
export const PGBOSS_SCHEMA = 'pgboss';
/** The owner's connection URL, as prepareDatabase() resolved it (provided by the core module). */
export const OWNER_DATABASE_URL = Symbol('OWNER_DATABASE_URL');

const POLLING_SECONDS = 1;

/**
 * pg-boss's own retries are for failures of the worker itself (database unreachable, process
 * killed mid-job); failures at the receiver are retried by our own schedule.
 */
const RETRY_LIMIT = 10;

/** pg-boss's database, bound to the caller's transaction. */
const executorOf = (em: EntityManager) => ({
  executeSql: async (text: string, values: unknown[]) => {
    const result: unknown = await em.query(text, values);
    // TypeORM answers [rows, count] for UPDATE/DELETE and rows otherwise.
    const rows =
      Array.isArray(result) && result.length === 2 && typeof result[1] === 'number'
        ? result[0]
        : result;
    return { rows };
  },
});

/**
 * The service's one pg-boss, for every background job (webhook deliveries, e-mail), connected
 * as the database owner: it creates and migrates its own schema, and
 * grants the runtime role just what it needs to enqueue a job inside its own transaction
 * (USAGE on the schema, SELECT on `queue`, INSERT and SELECT(id) on `job`). Started with the
 * module; stopped before the database pool closes, letting running deliveries finish.
 */
@Injectable()
export class JobQueue implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private started = false;
  /** Longest a webhook delivery job may run: the HTTP timeout, and room for two short transactions. */
  readonly webhookExpireInSeconds: number;

  constructor(
    private readonly config: AppConfig,
    @Inject(OWNER_DATABASE_URL) ownerUrl: string,
  ) {
    this.webhookExpireInSeconds = Math.ceil((config.WEBHOOK_TIMEOUT_MS * 1.5) / 1000) + 1;
    this.boss = new PgBoss({
      connectionString: ownerUrl,
      schema: PGBOSS_SCHEMA,
      application_name: 'interview-kit-webhooks',
      // One connection per worker loop (4 webhook, 2 mail) and room for maintenance: a loop
      // left waiting for a connection when the pool closes at shutdown never ends, and keeps
      // the process alive.
      max: 8,
      // No cron here; maintenance (expiring jobs of a crashed worker, archiving) runs where
      // deliveries are worked, often enough that an expired job is retried soon after.
      schedule: false,
      supervise: config.WEBHOOK_WORKER || config.MAIL_WORKER,
      maintenanceIntervalSeconds: Math.max(
        1,
        Math.min(60, Math.floor(this.webhookExpireInSeconds / 2)),
      ),
    });
    this.boss.on('error', (error: Error & { code?: string }) => {
      // 57P01: the server is shutting down (the embedded one stops on SIGTERM alongside us).
      if (error.code === '57P01') this.logger.debug(`pg-boss: ${error.message}`);
      else this.logger.error(`pg-boss: ${error.message}`);
    });
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const name of QUEUES) {
      if (!(await this.boss.getQueue(name))) {
        await this.boss.createQueue(name, { name, policy: 'standard' });
      }
    }
    await this.grantRuntimeRole();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /**
   * Stops fetching; running deliveries get the HTTP timeout and a little more to finish.
   * `graceful: false` abandons them at once: they are failed back to the queue and retried,
   * so a receiver may see them twice (what a crash looks like, less the wait for expiry).
   */
  async stop(options: { graceful?: boolean } = {}): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({
      graceful: options.graceful ?? true,
      timeout: this.config.WEBHOOK_TIMEOUT_MS + 2000,
      wait: true,
    });
  }

  /**
   * Enqueues `data` on `queue` with the caller's transaction: the job exists if and only if
   * that transaction commits.
   */
  async enqueue(
    em: EntityManager,
    queue: string,
    data: object,
    options: { startAfter?: Date; expireInSeconds: number; retryDelaySeconds: number },
  ): Promise<void> {
    await this.boss.send(queue, data, {
      db: executorOf(em),
      startAfter: options.startAfter,
      expireInSeconds: options.expireInSeconds,
      retryLimit: RETRY_LIMIT,
      retryDelay: options.retryDelaySeconds,
      retryBackoff: true,
    });
  }

  /**
   * Enqueues one job per item of `data` on `queue` with the caller's transaction, in one
   * statement (pg-boss `insert`): the jobs exist if and only if that transaction commits.
   */
  async enqueueAll(
    em: EntityManager,
    queue: string,
    data: object[],
    options: { expireInSeconds: number; retryDelaySeconds: number },
  ): Promise<void> {
    if (!data.length) return;
    await this.boss.insert(
      data.map((d) => ({
        name: queue,
        data: d,
        expireInSeconds: options.expireInSeconds,
        retryLimit: RETRY_LIMIT,
        retryDelay: options.retryDelaySeconds,
        retryBackoff: true,
      })),
      { db: executorOf(em) },
    );
  }

  /** Runs `handler` for every job of `queue`, `concurrency` at a time in this process. */
  async workOn<T extends object>(
    queue: string,
    concurrency: number,
    handler: (data: T) => Promise<void>,
  ): Promise<void> {
    for (let i = 0; i < concurrency; i += 1) {
      await this.boss.work<T>(
        queue,
        { batchSize: 1, pollingIntervalSeconds: POLLING_SECONDS },
        async ([job]) => inBackground(() => handler(job.data)),
      );
    }
  }

  private async grantRuntimeRole(): Promise<void> {
    await grantQueueToRuntimeRole(this.boss.getDb(), `"${PGBOSS_SCHEMA}"`);
  }
}
