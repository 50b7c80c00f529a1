import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../config/config.js';
import { JobQueue, WEBHOOK_QUEUE } from '../jobs/job-queue.service.js';
import { LIVE_CHANNEL, liveEventsFor, raiseLiveAll, type LiveEvent } from './live-events.js';
import { WebhookEventType } from './webhook-event-type.js';
import { insertEventWithDeliveries, notifyAndFindEndpoints } from './webhook-outbox.repository.js';

/** A job: deliver `deliveryId` of `tenantId`, as attempt number `attempt + 1`. */
export interface DeliveryJob {
  tenantId: string;
  deliveryId: string;
  /** The delivery's `attempts` when the job was scheduled; a stale job finds it moved on. */
  attempt: number;
}

/** One event for emitAll; `panel`: the interview's interviewers, when the caller has them. */
export interface OutboxEvent {
  type: WebhookEventType;
  payload: object;
  panel?: readonly string[];
}

/**
 * The transactional outbox of webhook events.
 *
 * Design: `emit` runs inside the mutation's transaction (`ctx.write(async (em) => …)`) and
 * writes, on that one connection, the event row, one delivery row per active endpoint
 * subscribed to the type, and one pg-boss job per delivery (pg-boss `insert`, all of a
 * change's jobs in one statement, or `send` for a retry, with `db: { executeSql }` bound to
 * the same EntityManager; the runtime role may insert into
 * `pgboss.job`). All of it commits or rolls back together: a failed mutation leaves no event,
 * no delivery and no job, and a committed one always has a job to carry each delivery.
 *
 * Delivery is at least once, never lost:
 * - A job carries `{ tenantId, deliveryId, attempt }`. The worker sends the POST, then in one
 *   tenant transaction records the outcome (`WHERE attempts = attempt`, so a stale or doubled
 *   job records nothing) and, when another try is due, enqueues the next job with
 *   `startAfter = next_attempt_at`. The record and the next job commit together, so a retry
 *   is never dropped between the two.
 * - The job stays `active` in pg-boss while the POST is in flight. A worker killed between
 *   sending and recording leaves it so; pg-boss expires it (`expireInSeconds`, a little over
 *   the HTTP timeout) and retries it, and the delivery, still at the same `attempts`, is sent
 *   again. The receiver may see it twice (same `x-ik-event-id`), never zero times. A graceful
 *   stop waits for running deliveries; one it gives up on is failed back to the queue.
 * - No event is written when no active endpoint subscribes to its type: nothing could ever be
 *   delivered from it.
 *
 * It is also the one place domain events become live events (GraphQL subscriptions): `emit`
 * raises them with `pg_notify` in the same transaction, endpoints or not (see live-events.ts).
 */
@Injectable()
export class WebhookOutbox {
  /** Longest a delivery job may run: the HTTP timeout, and room for two short transactions. */
  readonly expireInSeconds: number;

  constructor(
    private readonly config: AppConfig,
    private readonly queue: JobQueue,
  ) {
    this.expireInSeconds = queue.webhookExpireInSeconds;
  }

  /**
   * Records `type` with `payload` (ids and non-personal fields only: it is sent as is) and
   * schedules its deliveries, in the transaction of `em`, which must belong to `tenantId`.
   */
  async emit(
    em: EntityManager,
    tenantId: string,
    type: WebhookEventType,
    payload: object,
  ): Promise<void> {
    await this.emitAll(em, tenantId, [{ type, payload }]);
  }

  /**
   * Records several events of one change, in order: their live events and the endpoints of
   * every type in one statement; an event's rows only when an endpoint subscribes to it.
   * `live`: live events of the same change that have no webhook event (a change of panel),
   * raised in the same statement before the events' own.
   */
  async emitAll(
    em: EntityManager,
    tenantId: string,
    events: OutboxEvent[],
    live: LiveEvent[] = [],
  ): Promise<void> {
    if (!events.length && !live.length) return;
    live = [...live];
    for (const e of events) {
      live.push(
        ...(await liveEventsFor(
          em,
          tenantId,
          e.type,
          e.payload as Record<string, unknown>,
          e.panel,
        )),
      );
    }
    if (!events.length) return raiseLiveAll(em, live);
    // The live events, in order, and each type's endpoints.
    const rows = await notifyAndFindEndpoints(
      em,
      LIVE_CHANNEL,
      live.map((l) => JSON.stringify(l)),
      events.map((e) => e.type),
    );
    const jobs: DeliveryJob[] = [];
    for (const [i, { type, payload }] of events.entries()) {
      const endpoints = rows[i].endpoints;
      if (!endpoints.length) continue;
      // The event and its deliveries in one statement.
      const deliveries = await insertEventWithDeliveries(
        em,
        tenantId,
        type,
        JSON.stringify(payload),
        endpoints,
      );
      jobs.push(...deliveries.map((d) => ({ tenantId, deliveryId: d.id, attempt: 0 })));
    }
    // Every delivery's first job in one statement.
    await this.queue.enqueueAll(em, WEBHOOK_QUEUE, jobs, this.jobOptions());
  }

  /**
   * Enqueues a delivery attempt with the caller's transaction: the job exists if and only if
   * that transaction commits. `startAfter` defers it (a retry's next_attempt_at).
   */
  async schedule(em: EntityManager, job: DeliveryJob, startAfter?: Date): Promise<void> {
    await this.queue.enqueue(em, WEBHOOK_QUEUE, job, { startAfter, ...this.jobOptions() });
  }

  private jobOptions() {
    return {
      expireInSeconds: this.expireInSeconds,
      retryDelaySeconds: Math.max(1, Math.ceil(this.config.WEBHOOK_RETRY_BASE_MS / 1000)),
    };
  }
}

/**
 * The `data` an endpoint receives. Scorecard events store the recommendation in every ATS's
 * values (`atsValues`, computed under the tenant's mapping when the event happened); an
 * endpoint configured for an ATS gets that one as `data.ats`, and none of them otherwise.
 */
export function deliveredData(
  payload: Record<string, unknown>,
  ats: string | null,
): Record<string, unknown> {
  const { atsValues, ...data } = payload;
  if (!ats || !atsValues || typeof atsValues !== 'object') return data;
  return {
    ...data,
    ats: { system: ats, recommendation: (atsValues as Record<string, unknown>)[ats] ?? null },
  };
}
