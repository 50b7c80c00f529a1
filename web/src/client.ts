import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { useEffect } from 'react';
import {
  Client,
  cacheExchange,
  fetchExchange,
  mapExchange,
  subscriptionExchange,
  type OperationContext,
} from 'urql';
import { refresh, session } from './session';

let ws: WsClient | undefined;
/** The token the live connection last authenticated with, and the one the server refused. */
let sent: string | null = null;
let refused: string | null = null;
/** Refresh before connecting when the access token expires sooner than this. */
const FRESH_MS = 10_000;
const resumed = new Set<() => void>();

/** A token for the next connection: refreshed first when it expires soon or was refused. */
async function liveToken(): Promise<string | null> {
  const current = session.get();
  if (
    current &&
    (current.accessToken === refused ||
      Date.parse(current.accessTokenExpiresAt) - Date.now() < FRESH_MS)
  ) {
    await refresh();
  }
  sent = session.accessToken();
  return sent;
}

/**
 * The one graphql-ws connection of the page, opened on the first subscription and closed a
 * little after the last. It authenticates with the same in-memory access token as HTTP, read
 * again at each (re)connection. The server closes it when that token expires (4403) or when
 * events may have been missed (1012); graphql-ws reconnects, with a fresh token, and every page
 * that listens reloads what it shows (`useLiveResumed`).
 */
function liveConnection(): WsClient {
  ws ??= createWsClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    lazyCloseTimeout: 3000,
    retryAttempts: 8,
    connectionParams: async () => {
      const token = await liveToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      closed: (event) => {
        if ((event as CloseEvent).code === 4403) refused = sent;
      },
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) for (const listener of [...resumed]) listener();
      },
    },
  });
  return ws;
}

/**
 * Reloads (network-only) through `reload` each time the live connection is back after it
 * dropped: events may have been missed meanwhile.
 */
export function useLiveResumed(reload: (context?: Partial<OperationContext>) => void): void {
  useEffect(() => {
    const listener = () => reload({ requestPolicy: 'network-only' });
    resumed.add(listener);
    return () => {
      resumed.delete(listener);
    };
  }, [reload]);
}

/**
 * urql over /graphql with the in-memory access token; an expired one is refreshed once.
 * Without `cache` (for writes whose answer the caller keeps, such as a draft's autosave) no
 * cached query is invalidated and refetched after each mutation.
 */
export function createClient({ cache = true }: { cache?: boolean } = {}): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => {
      const token = session.accessToken();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
    exchanges: [
      ...(cache ? [cacheExchange] : []),
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
            void refresh();
          }
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: liveConnection().subscribe(
              { ...request, query: request.query ?? '' },
              sink,
            ),
          }),
        }),
      }),
    ],
  });
}
