import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { refresh, session } from './session';

let ws: WsClient | undefined;

/**
 * The one graphql-ws connection of the page, opened on the first subscription and closed a
 * little after the last. It authenticates with the same in-memory access token as HTTP, read
 * again at each (re)connection, so a reconnect after a refresh carries the fresh one.
 */
function liveConnection(): WsClient {
  ws ??= createWsClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    lazyCloseTimeout: 3000,
    connectionParams: () => {
      const token = session.accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  return ws;
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
