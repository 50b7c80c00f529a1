import type { EntityManager } from 'typeorm';
import type { AtsSystem } from '../ats-scale/ats-scale.js';
import type { DeliveryStatus } from '../entities/webhook.entities.js';

/*
 * The SQL of the webhook outbox (webhook_events, webhook_deliveries): written with the change,
 * claimed and recorded by the delivery worker, re-queued by its sweep. WebhookOutbox and
 * WebhookDeliveryWorker hold the rules.
 */

/**
 * NOTIFYs `payloads` on `channel` (the live CTE is read, so it runs, notifying in order) and
 * reads the active endpoints subscribed to each of `types`, in one statement.
 */
export async function notifyAndFindEndpoints(
  em: EntityManager,
  channel: string,
  payloads: string[],
  types: string[],
): Promise<{ endpoints: string[] }[]> {
  return em.query(
    `WITH live AS (SELECT count(pg_notify($1, x.p)) AS n FROM unnest($2::text[]) AS x(p))
       SELECT ARRAY(SELECT e.id::text FROM webhook_endpoints e
                     WHERE e.active AND t.type = ANY(e.events) ORDER BY e.created_at, e.id) AS endpoints
         FROM unnest($3::text[]) WITH ORDINALITY AS t(type, n), live
        ORDER BY t.n`,
    [channel, payloads, types],
  );
}

/**
 * The event and its deliveries to `endpoints` in one statement; clock_timestamp(), not now():
 * events of one transaction keep their order.
 */
export async function insertEventWithDeliveries(
  em: EntityManager,
  tenantId: string,
  type: string,
  payload: string,
  endpoints: string[],
): Promise<{ id: string }[]> {
  return em.query(
    `WITH event AS (INSERT INTO webhook_events (tenant_id, type, payload, occurred_at)
                        VALUES ($1, $2, $3, clock_timestamp()) RETURNING id)
         INSERT INTO webhook_deliveries (tenant_id, event_id, endpoint_id, next_attempt_at)
         SELECT $1, event.id, e, now() FROM event, unnest($4::uuid[]) AS e RETURNING id`,
    [tenantId, type, payload, endpoints],
  );
}

/** Makes due now the waiting deliveries overdue by more than `graceSeconds`. */
export async function requeueOverdueDeliveries(
  em: EntityManager,
  graceSeconds: number,
): Promise<{ id: string; attempts: number }[]> {
  const [overdue]: [{ id: string; attempts: number }[], number] = await em.query(
    `UPDATE webhook_deliveries SET next_attempt_at = now(), updated_at = now()
          WHERE status IN ('PENDING', 'RETRYING')
            AND next_attempt_at < now() - make_interval(secs => $1)
        RETURNING id, attempts`,
    [graceSeconds],
  );
  return overdue;
}

/** A delivery as the worker sends it: its event and endpoint. */
export interface DeliveryTarget {
  id: string;
  attempts: number;
  event_id: string;
  type: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  endpoint_id: string;
  url: string;
  active: boolean;
  secret_ciphertext: Buffer;
  ats: AtsSystem | null;
}

/** The delivery at attempt `attempt`, while it waits; none once that attempt was recorded. */
export async function deliveryTarget(
  em: EntityManager,
  deliveryId: string,
  attempt: number,
): Promise<DeliveryTarget[]> {
  return em.query(
    `SELECT d.id, d.attempts, e.id AS event_id, e.type, e.payload, e.occurred_at,
                p.id AS endpoint_id, p.url, p.active, p.secret_ciphertext, p.ats
           FROM webhook_deliveries d
           JOIN webhook_events e ON e.tenant_id = d.tenant_id AND e.id = d.event_id
           JOIN webhook_endpoints p ON p.tenant_id = d.tenant_id AND p.id = d.endpoint_id
          WHERE d.id = $1 AND d.attempts = $2 AND d.status IN ('PENDING', 'RETRYING')`,
    [deliveryId, attempt],
  );
}

/** Records attempt `attempt` as delivered (`attempts` after it). */
export async function recordDelivered(
  em: EntityManager,
  r: { deliveryId: string; attempt: number; attempts: number; statusCode: number | null },
): Promise<void> {
  await em.query(
    `UPDATE webhook_deliveries
              SET status = 'SUCCEEDED', attempts = $3, last_status_code = $4, last_error = NULL,
                  delivered_at = now(), next_attempt_at = NULL, updated_at = now()
            WHERE id = $1 AND attempts = $2 AND status IN ('PENDING', 'RETRYING')`,
    [r.deliveryId, r.attempt, r.attempts, r.statusCode],
  );
}

/**
 * Records attempt `attempt` as failed: DEAD when `dead`, else RETRYING in `delayMs`. None
 * when another run of this attempt recorded it first.
 */
export async function recordDeliveryFailure(
  em: EntityManager,
  r: {
    deliveryId: string;
    attempt: number;
    attempts: number;
    statusCode: number | null;
    dead: boolean;
    error: string;
    delayMs: number;
  },
): Promise<{ status: DeliveryStatus; next_attempt_at: Date | null } | undefined> {
  const [rows]: [{ status: DeliveryStatus; next_attempt_at: Date | null }[], number] =
    await em.query(
      `UPDATE webhook_deliveries
              SET status = (CASE WHEN $5::boolean THEN 'DEAD' ELSE 'RETRYING' END)::delivery_status,
                  attempts = $3, last_status_code = $4, last_error = $6, updated_at = now(),
                  next_attempt_at = CASE WHEN NOT $5::boolean
                                         THEN now() + $7::float8 * interval '1 millisecond' END
            WHERE id = $1 AND attempts = $2 AND status IN ('PENDING', 'RETRYING')
            RETURNING status, next_attempt_at`,
      [r.deliveryId, r.attempt, r.attempts, r.statusCode, r.dead, r.error, r.delayMs],
    );
  return rows[0];
}
