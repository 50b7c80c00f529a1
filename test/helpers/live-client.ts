import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
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
  /** How the socket closed, once it has. */
  closed?: { code: number; reason: string };
  subscribe<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): LiveSubscription<T>;
  dispose(): Promise<void>;
}

/**
 * A graphql-ws client (the `graphql-ws` package over `ws`) on `base`'s /graphql, authenticated
 * as the web app does: connectionParams `{ authorization: "Bearer <token>" }`. It connects at
 * once and never retries, so a refusal shows as `closed`. `connected` resolves on the server's
 * connection_ack, or rejects with the close.
 */
export function liveClient(
  base: string,
  token?: string,
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
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    on: {
      connected: () => resolveConnected(),
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        live.closed = { code, reason };
        rejectConnected(new Error(`closed ${code} ${reason}`));
      },
    },
    onNonLazyError: () => undefined,
  });
  return live;
}
