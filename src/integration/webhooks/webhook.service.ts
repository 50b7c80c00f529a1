import type { AtsSystem } from '../ats-scale/ats-scale.js';
import { deliveredData } from './webhook-outbox.service.js';
import { privateAddressProblem } from './public-address.js';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  NotFoundError,
  type FieldProblem,
} from '../../common/errors.js';
import { cappedCount, descendingPage, pageDirection, type Page } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { AppConfig } from '../../config/config.js';
import { SqlParams } from '../../common/sql.js';
import { DeliveryStatus } from '../entities/webhook.entities.js';
import { encryptSecret, newWebhookSecret, webhookSecretKey } from './webhook-crypto.js';
import type { WebhookEventType } from './webhook-event-type.js';
import { WebhookOutbox } from './webhook-outbox.service.js';
import {
  MAX_URL_LENGTH,
  type CreateWebhookEndpointInput,
  type UpdateWebhookEndpointInput,
  type WebhookDeliveriesArgs,
  type WebhookDelivery,
  type WebhookEndpoint,
  type WebhookEndpointSecretPayload,
} from './webhook.models.js';

/** Endpoints per tenant: each event is written once per subscribed endpoint. */
export const MAX_ENDPOINTS = 20;

interface EndpointRow {
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

const toEndpoint = (r: EndpointRow): WebhookEndpoint => ({
  id: r.id,
  url: r.url,
  events: r.events,
  description: r.description,
  active: r.active,
  ats: r.ats,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

interface DeliveryRow {
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

const toDelivery = (r: DeliveryRow): WebhookDelivery => ({
  id: r.id,
  endpointId: r.endpoint_id,
  status: r.status,
  attempts: r.attempts,
  lastError: r.last_error,
  lastStatusCode: r.last_status_code,
  nextAttemptAt: r.next_attempt_at,
  deliveredAt: r.delivered_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  createdKey: r.created_key,
  event: {
    id: r.event_id,
    type: r.type,
    occurredAt: r.occurred_at,
    payload: JSON.stringify(deliveredData(r.payload, r.endpoint_ats)),
  },
});

const DELIVERY_SELECT = `
  SELECT d.id, d.endpoint_id, d.status, d.attempts, d.last_error, d.last_status_code,
         d.next_attempt_at, d.delivered_at, d.created_at, d.updated_at,
         d.created_at::text AS created_key,
         e.id AS event_id, e.type, e.payload, e.occurred_at, p.ats AS endpoint_ats
    FROM webhook_deliveries d
    JOIN webhook_events e ON e.tenant_id = d.tenant_id AND e.id = d.event_id
    JOIN webhook_endpoints p ON p.tenant_id = d.tenant_id AND p.id = d.endpoint_id`;

/** Webhook endpoints of the caller's tenant and their deliveries (row-level security scopes every statement). */
@Injectable()
export class WebhookService {
  private readonly key: Buffer;

  constructor(
    private readonly config: AppConfig,
    private readonly outbox: WebhookOutbox,
  ) {
    this.key = webhookSecretKey(config);
  }

  async endpoints(ctx: RequestContext): Promise<WebhookEndpoint[]> {
    const em = await ctx.manager();
    const rows: EndpointRow[] = await em.query(
      `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints ORDER BY created_at, id`,
    );
    return rows.map(toEndpoint);
  }

  async create(
    ctx: RequestContext,
    input: CreateWebhookEndpointInput,
  ): Promise<WebhookEndpointSecretPayload> {
    await this.checkUrl(input.url, 'input.url');
    const secret = newWebhookSecret();
    const endpoint = await ctx.write(async (em) => {
      const count = await this.lockEndpoints(em, ctx, input.url);
      if (count >= MAX_ENDPOINTS) {
        throw new ConflictError(`A tenant has at most ${MAX_ENDPOINTS} webhook endpoints.`);
      }
      const id = randomUUID();
      const [row]: EndpointRow[] = await em.query(
        `INSERT INTO webhook_endpoints (tenant_id, id, url, events, secret_ciphertext, description, ats)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${ENDPOINT_COLUMNS}`,
        [
          ctx.tenantId,
          id,
          input.url,
          unique(input.events),
          encryptSecret(this.key, secret, ctx.tenantId, id),
          input.description ?? '',
          input.ats ?? ctx.principal.ats ?? null,
        ],
      );
      return toEndpoint(row);
    });
    return { endpoint, secret };
  }

  async update(ctx: RequestContext, input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
    if (input.url !== undefined && input.url !== null) await this.checkUrl(input.url, 'input.url');
    return ctx.write(async (em) => {
      if (input.url != null) await this.lockEndpoints(em, ctx, input.url, input.id);
      const p = new SqlParams();
      const sets = ['updated_at = now()'];
      if (input.url != null) sets.push(`url = ${p.add(input.url)}`);
      if (input.events != null) sets.push(`events = ${p.add(unique(input.events))}`);
      if (input.active != null) sets.push(`active = ${p.add(input.active)}`);
      if (input.description != null) sets.push(`description = ${p.add(input.description)}`);
      if (input.ats != null) sets.push(`ats = ${p.add(input.ats)}`);
      const [rows]: [EndpointRow[], number] = await em.query(
        `UPDATE webhook_endpoints SET ${sets.join(', ')} WHERE id = ${p.add(input.id)}
         RETURNING ${ENDPOINT_COLUMNS}`,
        p.values,
      );
      if (!rows.length) throw new NotFoundError('Webhook endpoint');
      return toEndpoint(rows[0]);
    });
  }

  /**
   * Takes the tenant's endpoint lock (creations and URL changes queue on it, so the limit and
   * the one-endpoint-per-URL rule hold under concurrency), refuses a URL another endpoint of
   * the tenant already has (an integration that registers on every start would otherwise pile
   * up endpoints and receive every event several times), and returns how many there are.
   */
  private async lockEndpoints(
    em: EntityManager,
    ctx: RequestContext,
    url: string,
    exceptId?: string,
  ): Promise<number> {
    await em.query(`SELECT pg_advisory_xact_lock(7412021, hashtext($1))`, [ctx.tenantId]);
    const rows: { id: string; url: string }[] = await em.query(
      `SELECT id, url FROM webhook_endpoints`,
    );
    const wanted = sameUrl(url);
    const taken = rows.find((r) => r.id !== exceptId && sameUrl(r.url) === wanted);
    if (taken) {
      throw new ConflictError(
        `Webhook endpoint ${taken.id} already has this URL: update that endpoint (or rotate its secret) instead of adding another.`,
        { path: 'input.url', existingEndpointId: taken.id },
      );
    }
    return rows.length;
  }

  /** A new secret, effective at once (retries of earlier events are signed with it too). */
  async rotateSecret(ctx: RequestContext, id: string): Promise<WebhookEndpointSecretPayload> {
    const secret = newWebhookSecret();
    const endpoint = await ctx.write(async (em) => {
      const [rows]: [EndpointRow[], number] = await em.query(
        `UPDATE webhook_endpoints SET secret_ciphertext = $2, updated_at = now()
          WHERE id = $1 RETURNING ${ENDPOINT_COLUMNS}`,
        [id, encryptSecret(this.key, secret, ctx.tenantId, id)],
      );
      if (!rows.length) throw new NotFoundError('Webhook endpoint');
      return toEndpoint(rows[0]);
    });
    return { endpoint, secret };
  }

  /** Deliveries, newest first. */
  async deliveries(
    ctx: RequestContext,
    args: WebhookDeliveriesArgs,
  ): Promise<Page<WebhookDelivery>> {
    const em = await ctx.manager();
    const p = new SqlParams();
    const where = ['true'];
    if (args.endpointId) where.push(`d.endpoint_id = ${p.add(args.endpointId)}`);
    if (args.status) where.push(`d.status = ${p.add(args.status)}`);
    const filter = where.join(' AND ');
    const countParams = [...p.values];
    const page = descendingPage(pageDirection(args), 'd.created_at', 'd.id', 'timestamptz');
    where.push(page.condition((v) => p.add(v)));
    const rows = await em.query<DeliveryRow[]>(
      `${DELIVERY_SELECT} WHERE ${where.join(' AND ')}
        ORDER BY ${page.orderBy} LIMIT ${page.limit}`,
      p.values,
    );
    const count = () => cappedCount(em, `FROM webhook_deliveries d WHERE ${filter}`, countParams);
    return page.page(rows.map(toDelivery), count, (d) => ({ key: d.createdKey, id: d.id }));
  }

  /**
   * Tries a delivery again now, whatever its state (a DEAD one gets one more try; a RETRYING
   * one is pulled forward), except just after it was queued (CONFLICT). A PENDING delivery
   * queued longer ago than a job can run may have lost its job: it is queued again.
   */
  async redeliver(ctx: RequestContext, id: string): Promise<WebhookDelivery> {
    await ctx.write(async (em) => {
      const [rows]: [{ attempts: number }[], number] = await em.query(
        `UPDATE webhook_deliveries SET status = 'PENDING', next_attempt_at = now(), updated_at = now()
          WHERE id = $1
            AND (status <> 'PENDING' OR next_attempt_at < now() - make_interval(secs => $2))
          RETURNING attempts`,
        [id, 2 * this.outbox.expireInSeconds],
      );
      if (!rows.length) {
        const [found] = await em.query(`SELECT status FROM webhook_deliveries WHERE id = $1`, [id]);
        if (!found) throw new NotFoundError('Webhook delivery');
        throw new ConflictError('The delivery is queued already.');
      }
      await this.outbox.schedule(em, {
        tenantId: ctx.tenantId,
        deliveryId: id,
        attempt: rows[0].attempts,
      });
    });
    return this.delivery(await ctx.manager(), id);
  }

  private async delivery(em: EntityManager, id: string): Promise<WebhookDelivery> {
    const [row] = await em.query<DeliveryRow[]>(`${DELIVERY_SELECT} WHERE d.id = $1`, [id]);
    if (!row) throw new NotFoundError('Webhook delivery');
    return toDelivery(row);
  }

  private async checkUrl(value: string, path: string): Promise<void> {
    const problem =
      urlProblem(value, this.config.isProduction) ??
      (this.config.allowPrivateWebhookUrls ? null : await privateAddressProblem(value));
    if (problem) throw new BadInputError([{ path, message: problem } satisfies FieldProblem]);
  }
}

/** The URL as WHATWG parsing writes it (host lower-cased, default port dropped), for comparing. */
function sameUrl(value: string): string {
  try {
    return new URL(value).href;
  } catch {
    return value;
  }
}

/** Why `value` is not an acceptable endpoint URL, or null. */
export function urlProblem(value: string, production: boolean): string | null {
  if (value.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && !production)) {
    return production ? 'must be an https URL' : 'must be an https (or http) URL';
  }
  if (url.username || url.password) {
    return 'must not carry credentials (check the x-ik-signature header instead)';
  }
  return null;
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];
