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
import { pageDirection, type Page } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { AppConfig } from '../../config/config.js';
import { encryptSecret, newWebhookSecret, webhookSecretKey } from './webhook-crypto.js';
import { WebhookOutbox } from './webhook-outbox.service.js';
import {
  deliveryExists,
  endpointUrls,
  insertEndpoint,
  listDeliveries,
  listEndpoints,
  loadDelivery,
  lockTenantEndpoints,
  requeueDelivery,
  setEndpointSecret,
  updateEndpoint,
  type DeliveryRow,
  type EndpointRow,
} from './webhook.repository.js';
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
    return (await listEndpoints(em)).map(toEndpoint);
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
      const row = await insertEndpoint(em, {
        tenantId: ctx.tenantId,
        id,
        url: input.url,
        events: unique(input.events),
        secretCiphertext: encryptSecret(this.key, secret, ctx.tenantId, id),
        description: input.description ?? '',
        ats: input.ats ?? ctx.principal.ats ?? null,
      });
      return toEndpoint(row);
    });
    return { endpoint, secret };
  }

  async update(ctx: RequestContext, input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
    if (input.url !== undefined && input.url !== null) await this.checkUrl(input.url, 'input.url');
    return ctx.write(async (em) => {
      if (input.url != null) await this.lockEndpoints(em, ctx, input.url, input.id);
      const row = await updateEndpoint(em, input.id, {
        url: input.url,
        events: input.events != null ? unique(input.events) : null,
        active: input.active,
        description: input.description,
        ats: input.ats,
      });
      if (!row) throw new NotFoundError('Webhook endpoint');
      return toEndpoint(row);
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
    await lockTenantEndpoints(em, ctx.tenantId);
    const rows = await endpointUrls(em);
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
      const row = await setEndpointSecret(
        em,
        id,
        encryptSecret(this.key, secret, ctx.tenantId, id),
      );
      if (!row) throw new NotFoundError('Webhook endpoint');
      return toEndpoint(row);
    });
    return { endpoint, secret };
  }

  /** Deliveries, newest first. */
  async deliveries(
    ctx: RequestContext,
    args: WebhookDeliveriesArgs,
  ): Promise<Page<WebhookDelivery>> {
    const em = await ctx.manager();
    const { rows, count, page } = await listDeliveries(em, args, pageDirection(args));
    return page.page(rows.map(toDelivery), count, (d) => ({ key: d.createdKey, id: d.id }));
  }

  /**
   * Tries a delivery again now, whatever its state (a DEAD one gets one more try; a RETRYING
   * one is pulled forward), except just after it was queued (CONFLICT). A PENDING delivery
   * queued longer ago than a job can run may have lost its job: it is queued again.
   */
  async redeliver(ctx: RequestContext, id: string): Promise<WebhookDelivery> {
    await ctx.write(async (em) => {
      const requeued = await requeueDelivery(em, id, 2 * this.outbox.expireInSeconds);
      if (!requeued) {
        if (!(await deliveryExists(em, id))) throw new NotFoundError('Webhook delivery');
        throw new ConflictError('The delivery is queued already.');
      }
      await this.outbox.schedule(em, {
        tenantId: ctx.tenantId,
        deliveryId: id,
        attempt: requeued.attempts,
      });
    });
    return this.delivery(await ctx.manager(), id);
  }

  private async delivery(em: EntityManager, id: string): Promise<WebhookDelivery> {
    const row = await loadDelivery(em, id);
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
