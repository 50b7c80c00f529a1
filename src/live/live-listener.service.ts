import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/config.js';
import { RESUMED_CLOSE, SubscriptionGate } from '../graphql/subscription-gate.js';
import {
  LIVE_CHANNEL,
  parseLiveEvent,
  type LiveEvent,
} from '../integration/webhooks/live-events.js';

/** Mercurius's pubsub as decorated on Fastify (`fastify.graphql.pubsub`). */
interface PubSub {
  publish(event: { topic: string; payload: unknown }, callback?: (error?: unknown) => void): void;
}

/** The in-process topics a live event is published on: always scoped by the tenant. */
export const candidateTopic = (tenantId: string, candidateId: string) =>
  `live:${tenantId}:candidate:${candidateId}`;
export const userTopic = (tenantId: string, userId: string) => `live:${tenantId}:user:${userId}`;

const MAX_RETRY_MS = 5000;

/** The `application_name` of the LISTEN connection (as pg_stat_activity shows it). */
export const LISTENER_NAME = 'interview-kit live listener';

/** The close reason of the subscriptions of a replica whose LISTEN connection came back. */
export const RESUMED =
  'Live updates were interrupted and have resumed: reconnect and reload what you show';

/**
 * Each replica's one LISTEN connection: every committed `pg_notify` on the live channel, from
 * whichever replica raised it, is published into this replica's Mercurius pubsub, on topics
 * named by the event's tenant (a subscriber's topic is named by its own principal's tenant, so
 * another tenant's events never reach it). When the connection drops (PostgreSQL restarted, the
 * backend ended), it reconnects with backoff. Events committed while it was away are not
 * replayed (the panel changes have no durable record to replay from): once it LISTENs again, it
 * closes every subscription connection of this replica (1012, RESUMED), and the clients
 * reconnect and reload what they show, which then includes whatever was missed.
 */
@Injectable()
export class LiveListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LiveListener');
  private client?: pg.Client;
  private retryTimer?: NodeJS.Timeout;
  private retryMs = 100;
  private stopped = false;
  /** Listened once already: a later LISTEN follows an interruption. */
  private resumed = false;
  /** Connected and listening. */
  listening = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly gate: SubscriptionGate,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    this.listening = false;
    await client?.end().catch(() => undefined);
  }

  private get pubsub(): PubSub {
    const fastify = this.adapterHost.httpAdapter.getInstance() as { graphql: { pubsub: PubSub } };
    return fastify.graphql.pubsub;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: (this.dataSource.options as { url: string }).url,
      connectionTimeoutMillis: this.config.DATABASE_CONNECT_TIMEOUT_MS,
      application_name: LISTENER_NAME,
    });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === LIVE_CHANNEL && message.payload) this.deliver(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      this.listening = true;
      this.retryMs = 100;
      if (this.resumed) {
        const closed = this.gate.closeAll(RESUMED_CLOSE, RESUMED);
        this.logger.warn(
          `live updates: listening again; ${closed} subscription connection(s) closed to reload`,
        );
      }
      this.resumed = true;
    } catch (error) {
      this.lost(client, error);
    }
  }

  /** The connection failed or ended: retry (once per lost connection), unless stopping. */
  private lost(client: pg.Client, error?: unknown): void {
    if (client !== this.client || this.stopped) return;
    this.client = undefined;
    this.listening = false;
    client.end().catch(() => undefined);
    this.logger.warn(
      `live updates: the LISTEN connection is lost (${error instanceof Error ? error.message : 'ended'}); reconnecting in ${this.retryMs} ms`,
    );
    this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }

  private deliver(text: string): void {
    const event = parseLiveEvent(text);
    if (!event) return;
    for (const topic of topicsOf(event)) {
      this.pubsub.publish({ topic, payload: event });
    }
  }
}

function topicsOf(event: LiveEvent): string[] {
  if (event.kind === 'scorecard') return [candidateTopic(event.tenantId, event.candidateId)];
  return event.userIds.map((userId) => userTopic(event.tenantId, userId));
}
