import fastifyCookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { AppError, HTTP_STATUS, UnavailableError } from './common/errors.js';
import { PinoNestLogger } from './common/pino-logger.js';
import { RequestContext } from './common/request-context.js';
import { AppConfig } from './config/config.js';
import { Authenticator, rateLimitKey } from './auth/authenticator.service.js';
import { dataSourceOptions, SqlStatementCounter } from './database/data-source-options.js';
import { Database } from './database/database.service.js';
import { guardPool } from './database/pool-guard.js';
import { prepareDatabase, type PreparedDatabase } from './database/prepare-database.js';
import { isUnavailableError } from './database/unavailable.js';
import { installAdmission } from './lifecycle/admission.js';
import { httpTimeouts } from './lifecycle/http-timeouts.js';
import { installSecurityHeaders, installWebApp, isWebAppRequest } from './web/web-app.js';
import { clientStatus, formatError } from './graphql/error-formatter.js';
import { GRAPHQL_PATH } from './graphql/graphql-options.js';
import { SubscriptionGate } from './graphql/subscription-gate.js';
import { ThrottleService, type RequestCount } from './throttle/throttle.service.js';
import {
  IdempotencyService,
  type IdempotencyDecision,
} from './integration/idempotency/idempotency.service.js';

export interface CreatedApp {
  app: NestFastifyApplication;
  database: PreparedDatabase;
  statements: SqlStatementCounter;
}

/** Refusals that tell the caller when to come back (Retry-After). */
const RETRY_STATUS: Partial<Record<AppError['code'], number>> = {
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Builds the whole service: database (embedded or DATABASE_URL), Nest app, request hooks. */
export async function createApp(config: AppConfig): Promise<CreatedApp> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Route schemas (Mercurius's GraphQL body) check types, not coerce them: `"query": 0` or
    // `"variables": false` is an invalid request (400), not the document "0" or no variables.
    ajv: { customOptions: { coerceTypes: false } },
    ...httpTimeouts(config),
    logger: { level: config.LOG_LEVEL },
    requestIdHeader: false,
    // A caller's own id is kept when it looks like one, so logs can be joined across systems.
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const log = adapter.getInstance().log;
  const database = await prepareDatabase(config, (message) => log.info(message));
  const statements = new SqlStatementCounter();
  const dataSource = new DataSource(
    dataSourceOptions(database.appUrl, {
      poolSize: config.DATABASE_POOL_SIZE,
      logger: statements,
      statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
      lockTimeoutMs: config.DATABASE_LOCK_TIMEOUT_MS,
      connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    }),
  );
  await dataSource.initialize();
  guardPool((dataSource.driver as unknown as { master: Pool }).master, (m) => log.warn(m));
  const shutdown = [
    () => dataSource.destroy(),
    async () => {
      await database.embedded?.stop();
    },
  ];
  const gate = new SubscriptionGate();
  gate.capture(adapter.getInstance(), GRAPHQL_PATH);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, dataSource, shutdown, database.ownerUrl, gate),
    adapter,
    // No form parser from Nest: request bodies are JSON only (see installRequestHooks).
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(new PinoNestLogger(log));
  installAdmission(app, config); // before any hook that touches the database
  installRequestHooks(app);
  await app.register(fastifyCookie);
  await installSecurityHeaders(app);
  await installWebApp(app, (m) => log.warn(m));
  await app.init();
  // Fastify finalises its route hooks at ready(); supertest uses the server without listen().
  await app.getHttpAdapter().getInstance().ready();
  return { app, database, statements };
}

function installRequestHooks(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const db = app.get(Database);
  const throttle = app.get(ThrottleService);
  const authenticator = app.get(Authenticator);
  const config = app.get(AppConfig);

  // Bodies are JSON (and Mercurius's application/graphql, which no plain form can send). Forms
  // (urlencoded, multipart) and text/plain are what a page of another site can POST without a
  // CORS preflight: with no parser for them, Fastify refuses them with 415 before anything runs.
  fastify.removeContentTypeParser('text/plain');

  // What fails before a route's handler (a body that is not JSON, an empty or oversized body, a
  // media type without a parser, a hook that throws) answers in the API's error shape, as the
  // routes themselves do, never Fastify's own; /graphql keeps Mercurius's handler. Routes take
  // the error handler in force when they are registered, so this one (set before Nest registers
  // its routes) is theirs; Nest's own, set at init after the routes, reaches none of them and
  // makes Fastify print FSTWRN004 once at start.
  fastify.setErrorHandler((error: Error, req, reply) => {
    const formatted = formatError(error, req.id, config.isProduction);
    const status = clientStatus(error) ?? HTTP_STATUS[formatted.extensions.code];
    if (formatted.extensions.code === 'UNAVAILABLE') {
      reply.header('retry-after', String(formatted.extensions.retryAfterSeconds ?? 1));
    }
    void reply
      .code(status)
      .header('content-type', 'application/json; charset=utf-8')
      .send(JSON.stringify({ errors: [formatted] }));
  });

  // Nothing this service sends is meant to be sniffed into another type: kit Markdown holds
  // question text that may contain markup, and JSON should never render as HTML.
  fastify.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });

  // A member's request counts in the round trip that opens its transaction and reads its
  // membership (ahead of BEGIN, in a transaction of its own): the limit costs no round trip.
  // That round trip waits for preHandler, when the body has arrived: a client trickling its
  // body holds an admission slot, never one of the pool's connections.
  const memberCounts = new WeakMap<object, RequestCount>();
  const refuseRetry = (req: FastifyRequest, reply: FastifyReply, caught: unknown) => {
    const error = isUnavailableError(caught) ? new UnavailableError() : caught;
    if (!(error instanceof AppError) || !RETRY_STATUS[error.code]) throw error;
    const formatted = formatError(error, req.id, false);
    return reply
      .code(RETRY_STATUS[error.code]!)
      .header('retry-after', String(error.details.retryAfterSeconds))
      .send({ data: null, errors: [formatted] });
  };

  fastify.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    req.ik = new RequestContext(req.id, req.ip, db);
    if (req.url.startsWith('/health/') || isWebAppRequest(req)) return;
    // The request's credentials, read once: the rate limit, the idempotency pre-handler, the
    // API-key scope hook and the guard all use what this found (see Authenticator).
    const bearer = authenticator.begin(req.ik, req.headers);
    const key = rateLimitKey(bearer, req.ip);
    // A websocket upgrade opens no transaction (its connection authenticates itself).
    const count =
      bearer.kind === 'accessToken' && !req.headers.upgrade && throttle.requestCount(key);
    if (count) return void memberCounts.set(req, count);
    try {
      await throttle.consumeRequest(key);
    } catch (caught) {
      return refuseRetry(req, reply, caught);
    }
  });

  fastify.addHook('preHandler', async (req, reply) => {
    const count = memberCounts.get(req);
    if (!count || !req.ik) return;
    try {
      await count.settle(await authenticator.openMember(req.ik, count.sql));
    } catch (caught) {
      return refuseRetry(req, reply, caught);
    }
  });

  // Idempotency-Key on GraphQL mutations: claim the key, or replay / refuse at once.
  const idempotency = app.get(IdempotencyService);
  const decisions = new WeakMap<object, IdempotencyDecision>();
  fastify.addHook('preHandler', async (req, reply) => {
    if (req.method !== 'POST' || !req.url.startsWith(GRAPHQL_PATH) || !req.ik) return;
    const decision = await idempotency.begin(req.ik, req.headers, req.body);
    decisions.set(req, decision);
    if (decision.kind === 'replay') {
      return reply
        .code(decision.statusCode)
        .header('content-type', 'application/json; charset=utf-8')
        .header('idempotent-replayed', 'true')
        .send(decision.body);
    }
    if (decision.kind === 'error') {
      return reply
        .code(decision.statusCode)
        .send({ data: null, errors: [formatError(decision.error, req.id, false)] });
    }
  });

  // Commit before the response leaves: a client never hears "done" for a rolled-back write.
  fastify.addHook('onSend', async (req, reply, payload) => {
    if (!req.ik) return payload;
    const decision = decisions.get(req);
    if (decision?.kind === 'owner' && typeof payload === 'string') {
      await idempotency.record(req.ik, decision, reply.statusCode, payload);
    }
    const committed = await req.ik.finish(reply.statusCode < 400);
    if (committed) return payload;
    // The database went away at commit: the outcome is unknown, so the caller retries (503).
    const lost = isUnavailableError(req.ik.commitError);
    reply.code(lost ? 503 : 500).header('content-type', 'application/json; charset=utf-8');
    const error = formatError(
      lost ? new UnavailableError() : new Error('commit failed'),
      req.id,
      false,
    );
    return JSON.stringify({ data: null, errors: [error] });
  });

  fastify.addHook('onResponse', async (req) => {
    await req.ik?.finish(false);
  });

  // A client that goes away before its answer (while its request waits in preHandler, say, for
  // the round trip that opens its transaction) gets no onSend and no onResponse: its
  // transaction is rolled back and its connection returned here, or the pool would shrink by
  // one per such request.
  fastify.addHook('onRequestAbort', async (req) => {
    await req.ik?.finish(false);
  });
}
