import { expect } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { LISTENER_NAME, LiveListener } from '../../src/live/live-listener.service.js';
import { adminQuery } from './server.js';
import { waitFor } from './wait.js';

/** One subscription as a real graphql-ws client sees it. */
export interface LiveSubscription<T = Record<string, any>> {
  /** The `data` of each event, in order. */
  events: T[];
  errors: unknown[];
  done: boolean;
  /** Resolves with the first `n` events (fails after a while). */
  next(n: number): Promise<T[]>;
}

export interface LiveClient {
  client: Client;
  /** How the socket closed, once it has (the latest close). */
  closed?: { code: number; reason: string };
  /** Every close so far, in order. */
  closes: { code: number; reason: string }[];
  /** connection_acks so far (1 + reconnections). */
  acks: number;
  subscribe<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): LiveSubscription<T>;
  dispose(): Promise<void>;
}

/**
 * A graphql-ws client (the `graphql-ws` package over `ws`) on `base`'s /graphql, authenticated
 * as the web app does: connectionParams `{ authorization: "Bearer <token>" }`, the token read
 * again at each connection when `token` is a function. It connects at once and, unless given
 * `retryAttempts`, never retries, so a refusal shows as `closed`. `connected` resolves on the
 * server's first connection_ack, or rejects with the first close.
 */
export function liveClient(
  base: string,
  token?: string | (() => string | Promise<string>),
  { retryAttempts = 0 } = {},
): LiveClient & { connected: Promise<void> } {
  let resolveConnected!: () => void;
  let rejectConnected!: (error: Error) => void;
  const connected = new Promise<void>((resolve, reject) => {
    resolveConnected = resolve;
    rejectConnected = reject;
  });
  connected.catch(() => undefined);
  const live: LiveClient & { connected: Promise<void> } = {
    connected,
    client: undefined as never,
    closes: [],
    acks: 0,
    subscribe<T>(query: string, variables?: Record<string, unknown>) {
      const sub: LiveSubscription<T> = {
        events: [],
        errors: [],
        done: false,
        next: (n) =>
          waitFor(`${n} live event(s) of ${query.slice(0, 60)}`, () =>
            sub.events.length >= n ? sub.events.slice(0, n) : false,
          ),
      };
      live.client.subscribe<T>(
        { query, variables },
        {
          next: (value) => {
            if (value.errors) sub.errors.push(...value.errors);
            if (value.data) sub.events.push(value.data as T);
          },
          error: (error) => sub.errors.push(...(Array.isArray(error) ? error : [error])),
          complete: () => (sub.done = true),
        },
      );
      return sub;
    },
    dispose: async () => {
      await live.client.dispose();
    },
  };
  live.client = createClient({
    url: `${base.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts,
    // Quick retries: the tests wait for them.
    retryWait: () => new Promise((resolve) => setTimeout(resolve, 200)),
    connectionParams: async () =>
      token ? { authorization: `Bearer ${typeof token === 'string' ? token : await token()}` } : {},
    on: {
      connected: () => {
        live.acks += 1;
        resolveConnected();
      },
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        live.closed = { code, reason };
        live.closes.push(live.closed);
        rejectConnected(new Error(`closed ${code} ${reason}`));
      },
    },
    onNonLazyError: () => undefined,
  });
  return live;
}

/**
 * Runs `during` while the server's LISTEN connection is gone and cannot come back: the database
 * refuses new connections (the pool's open ones keep working) and the listener's backend is
 * terminated. What commits meanwhile raises a NOTIFY that nobody hears. The listener comes back
 * (with backoff) once `during` has ended.
 */
export async function withoutListener<T>(
  t: { app: INestApplication; database: string },
  during: () => Promise<T>,
): Promise<T> {
  const listener = t.app.get(LiveListener);
  expect(listener.listening).toBe(true);
  await adminQuery(`ALTER DATABASE ${t.database} ALLOW_CONNECTIONS false`);
  try {
    const ended = await adminQuery(
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
        WHERE datname = $1 AND application_name = $2`,
      [t.database, LISTENER_NAME],
    );
    expect(ended).toEqual([{ ended: true }]);
    await waitFor('the listener to notice', () => !listener.listening);
    const result = await during();
    expect(listener.listening).toBe(false);
    return result;
  } finally {
    await adminQuery(`ALTER DATABASE ${t.database} ALLOW_CONNECTIONS true`);
  }
}
