import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { WebSocket } from 'ws';
import type { Principal, RequestContext } from '../common/request-context.js';

/** Close code of a refused or ended subscription connection (graphql-ws: 4403 Forbidden). */
export const FORBIDDEN_CLOSE = 4403;

/**
 * Close code of every subscription connection of a replica whose live feed was interrupted
 * (1012 Service Restart): events may have been missed, so the client reconnects (graphql-ws
 * clients retry it) and reloads what it shows.
 */
export const RESUMED_CLOSE = 1012;

/** Who holds a subscription connection, as established when it opened. */
export interface Subscriber {
  principal: Principal;
  /** The `authorization` value the connection opened with (`Bearer …`). */
  authorization: string;
  ip: string;
  /** A request context holding the principal, with no transaction: what the guard reads. */
  context: RequestContext;
  /** Closes the connection with 4403 and `reason` (every subscription on it ends). */
  refuse(reason: string): void;
}

/** What the websocket path needs from the rest of the service (bound once the app is built). */
export interface SubscriberAuthenticator {
  /** The subscriber of a `connection_init` payload; throws a message-bearing error to refuse. */
  connect(params: Record<string, unknown>, ip: string, socket: WebSocket): Promise<Subscriber>;
  /** A new request context of `subscriber` for one event, or null once they lost access. */
  eventContext(subscriber: Subscriber): Promise<RequestContext | null>;
}

const sockets = new AsyncLocalStorage<{ socket: WebSocket; ip: string }>();

/**
 * The GraphQL subscription endpoint's authentication (graphql-ws over /graphql).
 *
 * Mercurius hands `onConnect` only the `connection_init` message and, when it refuses, sends a
 * `connection_error` message that the graphql-ws protocol does not know. So the connection
 * handler of the route runs inside an AsyncLocalStorage holding its socket (see `capture`), and
 * a refusal closes the socket itself with 4403 and a reason that says what was wrong.
 */
export class SubscriptionGate {
  private authenticator?: SubscriberAuthenticator;
  /** The sockets of the connections accepted and still open. */
  private readonly open = new Set<WebSocket>();

  bind(authenticator: SubscriberAuthenticator): void {
    this.authenticator = authenticator;
  }

  get bound(): SubscriberAuthenticator {
    if (!this.authenticator) throw new Error('subscriptions are not ready yet');
    return this.authenticator;
  }

  /** Wraps the websocket handler of `path` so that `onConnect` can reach its socket. */
  capture(fastify: FastifyInstance, path: string): void {
    fastify.addHook('onRoute', (route: RouteOptions & { wsHandler?: unknown }) => {
      if (route.url !== path || typeof route.wsHandler !== 'function') return;
      const inner = route.wsHandler as (socket: WebSocket, req: { ip: string }) => unknown;
      route.wsHandler = function (this: unknown, socket: WebSocket, req: { ip: string }) {
        return sockets.run({ socket, ip: req.ip }, () => inner.call(this, socket, req));
      };
    });
  }

  /** Closes every accepted connection that is still open with `code` and `reason`. */
  closeAll(code: number, reason: string): number {
    const sockets = [...this.open];
    this.open.clear();
    for (const socket of sockets) socket.close(code, reason);
    return sockets.length;
  }

  /** Mercurius's `subscription.onConnect`: the context of the connection, or false (refused). */
  async onConnect(data: { payload?: unknown }): Promise<object | false> {
    const store = sockets.getStore();
    if (!store) return false;
    const params =
      data.payload && typeof data.payload === 'object'
        ? (data.payload as Record<string, unknown>)
        : {};
    try {
      const subscriber = await this.bound.connect(params, store.ip, store.socket);
      const { socket } = store;
      if (socket.readyState === socket.OPEN) {
        this.open.add(socket);
        socket.once('close', () => this.open.delete(socket));
      }
      return {
        subscriber,
        // What the policy guard reads, as for an HTTP request: a request context that already
        // holds the principal (no transaction stays open on the connection), and the bearer.
        req: { headers: { authorization: subscriber.authorization }, ik: subscriber.context },
      };
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'Forbidden';
      store.socket.close(FORBIDDEN_CLOSE, reason.slice(0, 120));
      return false;
    }
  }
}
