import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/app.factory.js';
import { loadConfig, type AppConfig } from '../../src/config/config.js';
import { withDatabase } from '../../src/database/data-source-options.js';
import type { EmbeddedServer } from '../../src/database/embedded-postgres.js';
import { loadEmbeddedPostgres } from '../../src/database/load-embedded-postgres.js';
import { ensureDatabase } from '../../src/database/prepare-database.js';
import { freePort } from './server.js';

/**
 * A PostgreSQL of the test's own (embedded, on a free port), which the test may stop and start:
 * the suite's shared server (embedded or DATABASE_URL) is never restarted.
 */
export interface OwnPostgres {
  /** Superuser URL of the given database. */
  url(database: string): string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its data. */
  destroy(): Promise<void>;
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ik-faults-pg-'));
  await chmod(dir, 0o755); // as root, the postgres user must enter it
  const port = await freePort();
  const { startEmbeddedPostgres } = await loadEmbeddedPostgres();
  const options = { dataDir: path.join(dir, 'data'), port, log: () => undefined };
  let server: EmbeddedServer | undefined = await startEmbeddedPostgres(options);
  const baseUrl = server.url;
  return {
    url: (database) => withDatabase(baseUrl, database),
    async stop() {
      await server?.stop();
      server = undefined;
    },
    async start() {
      server = await startEmbeddedPostgres(options);
    },
    async destroy() {
      await server?.stop();
      server = undefined;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface RunningApp {
  app: NestFastifyApplication;
  config: AppConfig;
  base: string;
  close(): Promise<void>;
}

/** The whole service in this process, listening on 127.0.0.1 on a free port. */
export async function startListeningApp(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<RunningApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    DEFAULT_PACKS: '',
    RATE_LIMIT_PER_MINUTE: '1000000',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '4',
    WEBHOOK_WORKER: 'false',
    ...env,
  });
  const { app } = await createApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, config, base: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** Creates `database` on the server when missing; the service migrates it when it starts. */
export async function ownDatabase(pg: OwnPostgres, database: string): Promise<string> {
  await ensureDatabase(pg.url('postgres'), database);
  return pg.url(database);
}

export interface Answer {
  status: number;
  ms: number;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions: Record<string, any> }[];
  } | null;
  headers: Headers | null;
  /** Network failure (reset, refused, timeout), if there was no HTTP answer. */
  failure?: string;
}

export async function post(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  timeoutMs = 15_000,
): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let body: Answer['body'] = null;
    try {
      body = JSON.parse(text) as Answer['body'];
    } catch {
      body = null;
    }
    return { status: res.status, ms: performance.now() - started, body, headers: res.headers };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return {
      status: 0,
      ms: performance.now() - started,
      body: null,
      headers: null,
      failure: cause?.code ?? (error as Error).name,
    };
  }
}

export async function getStatus(
  url: string,
  timeoutMs = 5_000,
): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started };
  }
}

export const codeOfAnswer = (a: Answer): string | undefined =>
  a.body?.errors?.[0]?.extensions?.code;

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The same POST over node:http with a keep-alive agent: far less client-side work than fetch,
 * for tests that time the server's answers on a busy machine.
 */
export function rawPost(
  agent: Agent,
  base: string,
  query: string,
  token?: string,
): Promise<Answer> {
  return new Promise((resolve) => {
    const started = performance.now();
    const payload = JSON.stringify({ query });
    const req = httpRequest(
      `${base}/graphql`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        timeout: 10_000,
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          const ms = performance.now() - started;
          let body: Answer['body'] = null;
          try {
            body = JSON.parse(text) as Answer['body'];
          } catch {
            body = null;
          }
          const headers = new Headers();
          for (const [k, v] of Object.entries(res.headers))
            if (typeof v === 'string') headers.set(k, v);
          resolve({ status: res.statusCode ?? 0, ms, body, headers });
        });
      },
    );
    req.on('error', (error: Error & { code?: string }) =>
      resolve({
        status: 0,
        ms: performance.now() - started,
        body: null,
        headers: null,
        failure: error.code ?? error.name,
      }),
    );
    req.end(payload);
  });
}
