import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { WebSocket } from 'ws';
import { Authenticator } from '../auth/authenticator.service.js';
import type { Bearer } from '../common/access-token-claims.js';
import { AppError } from '../common/errors.js';
import { RequestContext } from '../common/request-context.js';
import { Database } from '../database/database.service.js';
import {
  FORBIDDEN_CLOSE,
  SubscriptionGate,
  type Subscriber,
  type SubscriberAuthenticator,
} from '../graphql/subscription-gate.js';

const ENDED =
  'Forbidden: the membership or session of this token, or the API key, is no longer valid';
/**
 * The close at an access token's expiry. 4403, not 4401: graphql-ws clients give up on 4401
 * (fatal) but retry 4403, asking `connectionParams` again, which hands them the fresh token.
 */
export const EXPIRED = 'Forbidden: the access token has expired; reconnect with a fresh one';

/**
 * Turns a subscription connection's bearer (connectionParams `authorization`, as the HTTP
 * header) into its principal through the Authenticator, as HTTP requests do: the access token
 * is verified once, when the connection opens; an API key is checked as on HTTP. Every event is
 * read in a new request context whose principal is checked again first, so a removed member,
 * a revoked session or a revoked key stops receiving at the next event (the socket closes 4403),
 * and a connection opened with an access token closes when that token expires (4403 EXPIRED).
 */
@Injectable()
export class LiveAuth implements SubscriberAuthenticator, OnModuleInit {
  constructor(
    private readonly gate: SubscriptionGate,
    private readonly db: Database,
    private readonly authenticator: Authenticator,
  ) {}

  onModuleInit(): void {
    this.gate.bind(this);
  }

  async connect(params: Record<string, unknown>, ip: string, socket: WebSocket) {
    const given = params.authorization ?? params.Authorization;
    const authorization = typeof given === 'string' ? given.trim() : '';
    const bearer = this.authenticator.readBearer(authorization);
    if (bearer.kind === 'none') {
      throw new Error(
        'Forbidden: send connectionParams { "authorization": "Bearer <access token>" }',
      );
    }
    if (bearer.kind === 'invalid') {
      throw new Error('Forbidden: the access token is invalid or has expired');
    }
    const subscriber: LiveSubscriber = {
      principal: undefined as never,
      authorization,
      bearer,
      ip,
      context: new RequestContext(randomUUID(), ip, this.db),
      refuse: (reason) => socket.close(FORBIDDEN_CLOSE, reason),
    };
    let ctx: RequestContext | null;
    try {
      ctx = await this.authenticate(subscriber);
    } catch {
      throw new Error('Unavailable: the token could not be checked; retry shortly');
    }
    if (!ctx) throw new Error(ENDED);
    await ctx.finish(false);
    subscriber.principal = ctx.principal;
    subscriber.context.setPrincipal(ctx.principal);
    if (bearer.kind === 'accessToken') closeAtExpiry(socket, bearer.claims.exp * 1000);
    return subscriber;
  }

  async eventContext(subscriber: Subscriber): Promise<RequestContext | null> {
    const ctx = await this.authenticate(subscriber as LiveSubscriber);
    if (!ctx) subscriber.refuse(ENDED);
    return ctx;
  }

  /**
   * A request context holding the subscriber's principal as checked now (its transaction open),
   * or null when the key, membership or session is gone. The access token itself was verified
   * when the connection opened (and its expiry closes the connection); every event checks what
   * HTTP checks on every request: the live membership and session.
   */
  private async authenticate(subscriber: LiveSubscriber): Promise<RequestContext | null> {
    const ctx = new RequestContext(randomUUID(), subscriber.ip, this.db);
    ctx.credentials = { bearer: subscriber.bearer, onBehalfOf: undefined };
    try {
      await this.authenticator.principal(ctx);
      return ctx;
    } catch (error) {
      await ctx.finish(false);
      if (error instanceof AppError) return null;
      throw error;
    }
  }
}

/** Ends the connection when its access token expires (4403 EXPIRED); a client reconnects. */
function closeAtExpiry(socket: WebSocket, expiresAt: number): void {
  const timer = setTimeout(
    () => socket.close(FORBIDDEN_CLOSE, EXPIRED),
    Math.max(expiresAt - Date.now(), 0),
  );
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}

interface LiveSubscriber extends Subscriber {
  /** The connection's bearer as read when it opened (an access token verified then). */
  bearer: Bearer;
}
