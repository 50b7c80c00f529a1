import { deliveredData } from './webhook-outbox.service.js';
import { privateAddressProblem } from './public-address.js';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/config.js';
import { Database } from '../../database/database.service.js';
import type { EntityManager } from 'typeorm';
import { DeliveryStatus } from '../entities/webhook.entities.js';
import { decryptSecret, signatureHeader, webhookSecretKey } from './webhook-crypto.js';
import { JobQueue, WEBHOOK_QUEUE } from '../jobs/job-queue.service.js';
import { everyInterval, sweepTenants } from '../jobs/sweep-tenants.js';
import {
  deliveryTarget,
  recordDelivered,
  recordDeliveryFailure,
  requeueOverdueDeliveries,
  type DeliveryTarget,
} from './webhook-outbox.repository.js';
import { WebhookOutbox, type DeliveryJob } from './webhook-outbox.service.js';

/** Deliveries worked at once by one process. */
const CONCURRENCY = 4;
/** How often a worker looks for deliveries whose job was lost. */
const SWEEP_EVERY_MS = 5 * 60_000;
const MAX_ERROR_LENGTH = 500;

/**
 * The wait before the next try, after `attempts` tries have failed: exponential backoff with
 * full jitter, a uniformly random time in [0, min(base * 2^(attempts - 1), cap)].
 */
export function retryDelayMs(
  attempts: number,
  baseMs: number,
  capMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.floor(random() * ceiling);
}

/** Work a module adds to the sweep round: one tenant's, in that tenant's transaction. */
export type SweepStep = (em: EntityManager) => Promise<unknown>;

interface Outcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  /** No retry whatever the attempt count (the endpoint was switched off). */
  final?: boolean;
  /** Not an attempt at the receiver: the count does not move. */
  notAttempted?: boolean;
}

/**
 * Works the webhook queue: signs and POSTs one delivery per job, records the outcome and,
 * on failure, schedules the next try in the same transaction (see WebhookOutbox for why that
 * is at least once). Off with WEBHOOK_WORKER=false.
 */
@Injectable()
export class WebhookDeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private readonly key: Buffer;

  constructor(
    private readonly config: AppConfig,
    private readonly db: Database,
    private readonly queue: JobQueue,
    private readonly outbox: WebhookOutbox,
  ) {
    this.key = webhookSecretKey(config);
  }

  private stopSweeping = (): void => undefined;
  private readonly sweepSteps: SweepStep[] = [];

  /**
   * Adds work to each tenant's sweep round, run before the deliveries are re-queued (the
   * interviews module stores the statuses that time changed, so the sync feeds report them).
   * Modules above this one register here; this module imports none of them.
   */
  addSweepStep(step: SweepStep): void {
    this.sweepSteps.push(step);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.WEBHOOK_WORKER) return;
    await this.queue.workOn<DeliveryJob>(WEBHOOK_QUEUE, CONCURRENCY, (job) => this.deliver(job));
    this.stopSweeping = everyInterval(SWEEP_EVERY_MS, this.logger, () => this.sweep());
  }

  onApplicationShutdown(): void {
    this.stopSweeping();
  }

  /**
   * Re-queues deliveries whose job is gone (pg-boss gave up on it during a long outage, or it
   * sat past its retention with no worker running): PENDING or RETRYING ones overdue by more
   * than a job's whole life. A job that was only late makes the receiver see a duplicate (same
   * event id); one that was lost is sent: at least once, never lost. One sweeper per tenant at
   * a time (advisory lock). The same round stores interview statuses that time changed, so
   * the sync feeds report them. Returns how many deliveries were re-queued.
   */
  async sweep(): Promise<number> {
    const graceSeconds = this.outbox.expireInSeconds * 3 + 60;
    return sweepTenants(this.db, 'webhook-sweep', async (em, tenantId) => {
      for (const step of this.sweepSteps) await step(em);
      const overdue = await requeueOverdueDeliveries(em, graceSeconds);
      for (const d of overdue) {
        await this.outbox.schedule(em, { tenantId, deliveryId: d.id, attempt: d.attempts });
      }
      return overdue.length;
    });
  }

  /** One attempt of one delivery; a job whose attempt was already recorded does nothing. */
  async deliver(job: DeliveryJob): Promise<void> {
    const [target] = await this.db.withTenant(job.tenantId, (em) =>
      deliveryTarget(em, job.deliveryId, job.attempt),
    );
    if (!target) return;
    const outcome = target.active
      ? await this.post(job.tenantId, target)
      : {
          ok: false,
          statusCode: null,
          error: 'the endpoint is inactive',
          final: true,
          notAttempted: true,
        };
    await this.record(job, outcome);
  }

  private async post(tenantId: string, target: DeliveryTarget): Promise<Outcome> {
    // Checked again at every delivery: the name may resolve elsewhere than when it was saved.
    const privateAddress = this.config.allowPrivateWebhookUrls
      ? null
      : await privateAddressProblem(target.url);
    if (privateAddress)
      return { ok: false, statusCode: null, error: `refused: the URL ${privateAddress}` };
    let secret: string;
    try {
      secret = decryptSecret(this.key, target.secret_ciphertext, tenantId, target.endpoint_id);
    } catch {
      return {
        ok: false,
        statusCode: null,
        error:
          'the signing secret cannot be decrypted (was WEBHOOK_SECRET_KEY or JWT_SECRET changed?)',
      };
    }
    const body = JSON.stringify({
      id: target.event_id,
      type: target.type,
      occurredAt: new Date(target.occurred_at).toISOString(),
      tenantId,
      data: deliveredData(target.payload, target.ats),
    });
    const timeout = this.config.WEBHOOK_TIMEOUT_MS;
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'InterviewKit-Webhooks/1',
          'x-ik-event-id': target.event_id,
          'x-ik-event-type': target.type,
          'x-ik-delivery-id': target.id,
          'x-ik-signature': signatureHeader(secret, body, Math.floor(Date.now() / 1000)),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeout),
      });
      if (response.status >= 200 && response.status < 300) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: true, statusCode: response.status, error: null };
      }
      // The body is not kept: it could carry whatever the receiver's network holds.
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, statusCode: response.status, error: `HTTP ${response.status}` };
    } catch (error) {
      return { ok: false, statusCode: null, error: describeFailure(error, timeout) };
    }
  }

  private async record(job: DeliveryJob, outcome: Outcome): Promise<void> {
    const attempts = job.attempt + (outcome.notAttempted ? 0 : 1);
    await this.db.withTenant(job.tenantId, async (em) => {
      if (outcome.ok) {
        await recordDelivered(em, {
          deliveryId: job.deliveryId,
          attempt: job.attempt,
          attempts,
          statusCode: outcome.statusCode,
        });
        return;
      }
      const dead = outcome.final || attempts >= this.config.WEBHOOK_MAX_ATTEMPTS;
      const delay = dead
        ? 0
        : retryDelayMs(
            Math.max(1, attempts),
            this.config.WEBHOOK_RETRY_BASE_MS,
            this.config.WEBHOOK_RETRY_CAP_MS,
          );
      const row = await recordDeliveryFailure(em, {
        deliveryId: job.deliveryId,
        attempt: job.attempt,
        attempts,
        statusCode: outcome.statusCode,
        dead,
        error: (outcome.error ?? 'failed').slice(0, MAX_ERROR_LENGTH),
        delayMs: delay,
      });
      if (!row) return; // another run of this attempt recorded it first
      if (row.status === DeliveryStatus.DEAD) {
        this.logger.warn(`delivery ${job.deliveryId} is dead after ${attempts} attempts`);
        return;
      }
      await this.outbox.schedule(
        em,
        { tenantId: job.tenantId, deliveryId: job.deliveryId, attempt: attempts },
        row.next_attempt_at!,
      );
    });
  }
}

/** The start of a failed response's body, as one line of text. */

function describeFailure(error: unknown, timeoutMs: number): string {
  const e = error as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError')
    return `timed out after ${timeoutMs} ms`;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return cause ? `${e.message ?? 'request failed'}: ${cause}` : (e?.message ?? String(error));
}
