import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { WebSocket } from 'ws';
import { verifyAccessToken } from '../auth/jwt.strategy.js';
import type { AccessTokenClaims } from '../common/access-token-claims.js';
import { AppError } from '../common/errors.js';
import { RequestContext } from '../common/request-context.js';
import { AppConfig } from '../config/config.js';
import { Database } from '../database/database.service.js';
import {
  FORBIDDEN_CLOSE,
  SubscriptionGate,
  type Subscriber,
  type SubscriberAuthenticator,
} from '../graphql/subscription-gate.js';
import { MembershipService } from '../tenancy/membership.service.js';
import { ApiKeyService } from '../auth/api-key.service.js';
import { API_KEY_PREFIX } from '../auth/api-key.token.js';

const ENDED =
  'Forbidden: the membership or session of this token, or the API key, is no longer valid';
/**
 * The close at an access token's expiry. 4403, not 4401: graphql-ws clients give up on 4401
 * (fatal) but retry 4403, asking `connectionParams` again, which hands them the fresh token.
 */
export const EXPIRED = 'Forbidden: the access token has expired; reconnect with a fresh one';

/**
 * Turns a subscription connection's bearer (connectionParams `authorization`, as the HTTP
 * header) into its principal the way HTTP requests do: an API key through ApiKeyService, an
 * access token through its verification and the live membership and session. Every event is
 * read in a new request context whose principal is checked again first, so a removed member,
 * a revoked session or a revoked key stops receiving at the next event (the socket closes 4403),
 * and a connection opened with an access token closes when that token expires (4403 EXPIRED).
 */
@Injectable()
export class LiveAuth implements SubscriberAuthenticator, OnModuleInit {
  constructor(
    private readonly gate: SubscriptionGate,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly db: Database,
    private readonly memberships: MembershipService,
    private readonly apiKeys: ApiKeyService,
  ) {}

  onModuleInit(): void {
    this.gate.bind(this);
  }

  async connect(params: Record<string, unknown>, ip: string, socket: WebSocket) {
    const given = params.authorization ?? params.Authorization;
    const authorization = typeof given === 'string' ? given.trim() : '';
    const token = authorization.startsWith('Bearer ') ? authorization.slice(7).trim() : '';
    if (!token) {
      throw new Error(
        'Forbidden: send connectionParams { "authorization": "Bearer <access token>" }',
      );
    }
    let claims: AccessTokenClaims | undefined;
    let expiresAt = Infinity;
    if (!token.startsWith(API_KEY_PREFIX)) {
      try {
        claims = verifyAccessToken(this.jwt, this.config, token);
        expiresAt = this.jwt.decode<{ exp: number }>(token).exp * 1000;
      } catch {
        throw new Error('Forbidden: the access token is invalid or has expired');
      }
    }
    const subscriber: LiveSubscriber = {
      principal: undefined as never,
      authorization,
      claims,
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
    if (expiresAt !== Infinity) closeAtExpiry(socket, expiresAt);
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
    try {
      if (!subscriber.claims) {
        await this.apiKeys.authenticateBearer(ctx, { authorization: subscriber.authorization });
        return ctx;
      }
      const principal = await this.memberships.principalFor(ctx, subscriber.claims);
      if (!principal) {
        await ctx.finish(false);
        return null;
      }
      ctx.setPrincipal(principal);
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
  /** The verified access token's claims; none for an API key. */
  claims?: AccessTokenClaims;
}
