import type { EntityManager } from 'typeorm';
import {
  cappedCount,
  descendingPage,
  type Keyset,
  type PageDirection,
} from '../../common/pagination.js';
import { SqlParams } from '../../common/sql.js';
import type { AtsSystem } from '../ats-scale/ats-scale.js';
import type { DeliveryStatus } from '../entities/webhook.entities.js';
import type { WebhookEventType } from './webhook-event-type.js';
import type { WebhookDeliveriesArgs } from './webhook.models.js';

/*
 * The SQL of webhook endpoints and their deliveries as admins manage them. WebhookService
 * holds the rules.
 */

export interface EndpointRow {
  id: string;
  url: string;
  events: WebhookEventType[];
  description: string;
  active: boolean;
  ats: AtsSystem | null;
  created_at: Date;
  updated_at: Date;
}

const ENDPOINT_COLUMNS = 'id, url, events, description, active, ats, created_at, updated_at';

export interface DeliveryRow {
  id: string;
  endpoint_id: string;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  last_status_code: number | null;
  next_attempt_at: Date | null;
  delivered_at: Date | null;
  created_at: Date;
  updated_at: Date;
  created_key: string;
  event_id: string;
  type: WebhookEventType;
  payload: Record<string, unknown>;
  occurred_at: Date;
  endpoint_ats: AtsSystem | null;
}

const DELIVERY_SELECT = `
  SELECT d.id, d.endpoint_id, d.status, d.attempts, d.last_error, d.last_status_code,
         d.next_attempt_at, d.delivered_at, d.created_at, d.updated_at,
         d.created_at::text AS created_key,
         e.id AS event_id, e.type, e.payload, e.occurred_at, p.ats AS endpoint_ats
    FROM webhook_deliveries d
    JOIN webhook_events e ON e.tenant_id = d.tenant_id AND e.id = d.event_id
    JOIN webhook_endpoints p ON p.tenant_id = d.tenant_id AND p.id = d.endpoint_id`;

/** What a list of deliveries reads from, for its count (`d` the delivery). */
const DELIVERIES_FROM = 'FROM webhook_deliveries d';

export async function listEndpoints(em: EntityManager): Promise<EndpointRow[]> {
  return em.query(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints ORDER BY created_at, id`);
}

export async function insertEndpoint(
  em: EntityManager,
  e: {
    tenantId: string;
    id: string;
    url: string;
    events: WebhookEventType[];
    secretCiphertext: Buffer;
    description: string;
    ats: string | null;
  },
): Promise<EndpointRow> {
  const [row]: EndpointRow[] = await em.query(
    `INSERT INTO webhook_endpoints (tenant_id, id, url, events, secret_ciphertext, description, ats)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${ENDPOINT_COLUMNS}`,
    [e.tenantId, e.id, e.url, e.events, e.secretCiphertext, e.description, e.ats],
  );
  return row;
}

/** What an update changes of an endpoint: a field left null or undefined stays as it is. */
export interface EndpointChanges {
  url?: string | null;
  events?: WebhookEventType[] | null;
  active?: boolean | null;
  description?: string | null;
  ats?: AtsSystem | null;
}

/** Sets `changes` on the endpoint (and its updated_at); undefined when there is none. */
export async function updateEndpoint(
  em: EntityManager,
  id: string,
  changes: EndpointChanges,
): Promise<EndpointRow | undefined> {
  const p = new SqlParams();
  const sets = ['updated_at = now()'];
  if (changes.url != null) sets.push(`url = ${p.add(changes.url)}`);
  if (changes.events != null) sets.push(`events = ${p.add(changes.events)}`);
  if (changes.active != null) sets.push(`active = ${p.add(changes.active)}`);
  if (changes.description != null) sets.push(`description = ${p.add(changes.description)}`);
  if (changes.ats != null) sets.push(`ats = ${p.add(changes.ats)}`);
  const [rows]: [EndpointRow[], number] = await em.query(
    `UPDATE webhook_endpoints SET ${sets.join(', ')} WHERE id = ${p.add(id)}
         RETURNING ${ENDPOINT_COLUMNS}`,
    p.values,
  );
  return rows[0];
}

/** Takes the tenant's endpoint lock (creations and URL changes queue on it). */
export async function lockTenantEndpoints(em: EntityManager, tenantId: string): Promise<void> {
  await em.query(`SELECT pg_advisory_xact_lock(7412021, hashtext($1))`, [tenantId]);
}

/** The tenant's endpoints' URLs. */
export async function endpointUrls(em: EntityManager): Promise<{ id: string; url: string }[]> {
  return em.query(`SELECT id, url FROM webhook_endpoints`);
}

/** Sets the endpoint's secret; undefined when there is no such endpoint. */
export async function setEndpointSecret(
  em: EntityManager,
  id: string,
  secretCiphertext: Buffer,
): Promise<EndpointRow | undefined> {
  const [rows]: [EndpointRow[], number] = await em.query(
    `UPDATE webhook_endpoints SET secret_ciphertext = $2, updated_at = now()
          WHERE id = $1 RETURNING ${ENDPOINT_COLUMNS}`,
    [id, secretCiphertext],
  );
  return rows[0];
}

/**
 * One page (in `dir`, newest first) of the deliveries matching `args`, the page's keyset, and
 * the count of all of them (capped), run when asked.
 */
export async function listDeliveries(
  em: EntityManager,
  args: WebhookDeliveriesArgs,
  dir: PageDirection,
): Promise<{ rows: DeliveryRow[]; count: () => Promise<number>; page: Keyset }> {
  const p = new SqlParams();
  const where = ['true'];
  if (args.endpointId) where.push(`d.endpoint_id = ${p.add(args.endpointId)}`);
  if (args.status) where.push(`d.status = ${p.add(args.status)}`);
  const filter = where.join(' AND ');
  const countParams = [...p.values];
  const page = descendingPage(dir, 'd.created_at', 'd.id', 'timestamptz');
  where.push(page.condition((v) => p.add(v)));
  const rows = await em.query<DeliveryRow[]>(
    `${DELIVERY_SELECT} WHERE ${where.join(' AND ')}
        ORDER BY ${page.orderBy} LIMIT ${page.limit}`,
    p.values,
  );
  const count = () => cappedCount(em, `${DELIVERIES_FROM} WHERE ${filter}`, countParams);
  return { rows, count, page };
}

export async function loadDelivery(
  em: EntityManager,
  id: string,
): Promise<DeliveryRow | undefined> {
  const [row] = await em.query<DeliveryRow[]>(`${DELIVERY_SELECT} WHERE d.id = $1`, [id]);
  return row;
}

/**
 * Makes the delivery PENDING now, unless it is PENDING and was queued less than `queuedSecs`
 * ago; its attempts, or undefined when it was not changed.
 */
export async function requeueDelivery(
  em: EntityManager,
  id: string,
  queuedSecs: number,
): Promise<{ attempts: number } | undefined> {
  const [rows]: [{ attempts: number }[], number] = await em.query(
    `UPDATE webhook_deliveries SET status = 'PENDING', next_attempt_at = now(), updated_at = now()
          WHERE id = $1
            AND (status <> 'PENDING' OR next_attempt_at < now() - make_interval(secs => $2))
          RETURNING attempts`,
    [id, queuedSecs],
  );
  return rows[0];
}

/** Whether the delivery exists. */
export async function deliveryExists(em: EntityManager, id: string): Promise<boolean> {
  const [found]: unknown[] = await em.query(`SELECT status FROM webhook_deliveries WHERE id = $1`, [
    id,
  ]);
  return Boolean(found);
}
