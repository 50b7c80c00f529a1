import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { loadConfig, type AppConfig } from '../../src/config/config.js';
import type { SqlStatementCounter } from '../../src/database/data-source-options.js';
import { withDatabase } from '../../src/database/data-source-options.js';
import { createTestDatabase, dropTestDatabase, testServerUrl } from './server.js';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  headers: Record<string, string>;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions: Record<string, any> }[];
}

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  database: string;
  databaseUrl: string;
  statements: SqlStatementCounter;
  http: () => ReturnType<typeof request>;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/**
 * The real server (Fastify, GraphQL, guards) on its own copy of the migrated database;
 * `beforeStart` may change that database first (as its owner, through `adminQuery`).
 */
export async function startTestApp(
  env: Record<string, string> = {},
  beforeStart?: (database: string) => Promise<void>,
): Promise<TestApp> {
  const database = await createTestDatabase();
  await beforeStart?.(database);
  const databaseUrl = withDatabase(testServerUrl(), database);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    DEFAULT_PACKS: '',
    RATE_LIMIT_PER_MINUTE: '100000',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '4',
    ...env,
  });
  const { app, statements } = await createApp(config).catch(async (error: unknown) => {
    await dropTestDatabase(database);
    throw error;
  });
  const server = app.getHttpServer();
  const http = () => request(server);
  return {
    app,
    config,
    database,
    databaseUrl,
    statements,
    http,
    async gql(query, variables, token, headers = {}) {
      let req = http().post('/graphql').set('content-type', 'application/json');
      if (token) req = req.set('authorization', `Bearer ${token}`);
      for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
      const res = await req.send({ query, variables });
      return {
        status: res.status,
        headers: res.headers as Record<string, string>,
        data: res.body?.data ?? null,
        errors: res.body?.errors,
      };
    },
    async close() {
      await app.close();
      await dropTestDatabase(database);
    },
  };
}

/** The error code of the first error, for terse assertions. */
export const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.code;
