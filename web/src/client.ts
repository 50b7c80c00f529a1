import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { refresh, session } from './session';

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
    ],
  });
}
