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
 * Turns a subscription connection's bearer (connectionParams `authorization`, as the HTTP
 * header) into its principal through the Authenticator, as HTTP requests do: the access token
 * is verified once, when the connection opens; an API key is checked as on HTTP. Every event is
 * read in a new request context whose principal is checked again first, so a removed member,
 * a revoked session or a revoked key stops receiving at the next event (the socket closes 4403).
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
   * when the connection opened; later events check what HTTP checks on every request: the live
   * membership and session (the token's own expiry does not end a connection).
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

interface LiveSubscriber extends Subscriber {
  /** The connection's bearer as read when it opened (an access token verified then). */
  bearer: Bearer;
}
