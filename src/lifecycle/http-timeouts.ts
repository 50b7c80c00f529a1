import type { AppConfig } from '../config/config.js';

/**
 * Fastify's server options for the HTTP timeouts (Fastify's own default leaves the request
 * timeout off, so a client trickling its body holds a socket forever).
 */
export function httpTimeouts(config: AppConfig) {
  const requestTimeout = config.HTTP_REQUEST_TIMEOUT_MS;
  return {
    requestTimeout,
    keepAliveTimeout: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    http: {
      headersTimeout: Math.min(config.HTTP_HEADERS_TIMEOUT_MS, requestTimeout),
      requestTimeout,
      // Node checks the two timeouts above on this interval (30 s by default).
      connectionsCheckingInterval: Math.max(250, Math.min(1000, Math.floor(requestTimeout / 4))),
    },
  };
}
