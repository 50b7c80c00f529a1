/**
 * What every benchmark shares: the real server on its own embedded PostgreSQL (production
 * mode, no logs, no demo, no rate limit), a GraphQL client that fails on any error, tenants
 * with signed-in members, and percentiles.
 */
import 'reflect-metadata';
import { rm } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/config.js';
import { Role } from '../src/common/role.js';
import { TenantService } from '../src/accounts/tenant.service.js';
import { resolveDataDir, runningServer } from '../src/database/embedded-postgres.js';

export const PASSWORD = 'benchmark password';

export type Gql = (query: string, variables?: object, token?: string) => Promise<any>;

/**
 * Starts the server; `dir` and `port` keep each benchmark's database apart (EMBEDDED_PG_DIR and
 * EMBEDDED_PG_PORT override them). `fresh`: on an embedded PostgreSQL at exactly `dir` and
 * `port` (never DATABASE_URL or EMBEDDED_PG_*), whose data folder is wiped first.
 */
export async function startBenchServer(opts: {
  dir: string;
  port: number;
  poolSize: number;
  fresh?: boolean;
}) {
  if (opts.fresh) {
    // The folder the embedded server really uses (as root: one under the temp directory).
    const dataDir = resolveDataDir(opts.dir, userInfo().uid === 0);
    const running = runningServer(dataDir);
    if (running) {
      throw new Error(`PostgreSQL (pid ${running.pid}) still runs on ${dataDir}: stop it first`);
    }
    await rm(dataDir, { recursive: true, force: true });
  }
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: process.env.JWT_SECRET ?? 'benchmark-only-secret-0123456789abcdef',
    EMBEDDED_PG_DIR: (!opts.fresh && process.env.EMBEDDED_PG_DIR) || opts.dir,
    EMBEDDED_PG_PORT: (!opts.fresh && process.env.EMBEDDED_PG_PORT) || String(opts.port),
    ...(opts.fresh && { DATABASE_URL: undefined }),
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    DEFAULT_PACKS: '',
    RATE_LIMIT_PER_MINUTE: '100000000',
    // A bench:scale run on a busy machine outlasts the default 15 minutes of its tokens.
    ACCESS_TOKEN_TTL_SECONDS: process.env.ACCESS_TOKEN_TTL_SECONDS ?? '3600',
    DATABASE_POOL_SIZE: String(opts.poolSize),
  });
  const { app, database, statements } = await createApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  const gql: Gql = async (query, variables = {}, token) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token && { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  return { app, config, database, statements, url, gql };
}

/** A tenant with one member per role given, each signed in: tokens and user ids by role. */
export async function benchTenant(
  server: Awaited<ReturnType<typeof startBenchServer>>,
  slug: string,
  roles: Role[],
) {
  const email = (role: Role) => `${role.toLowerCase().replace('_', '.')}@${slug}.example`;
  const { tenant } = await server.app.get(TenantService).ensureTenant(
    `Bench ${slug}`,
    slug,
    roles.map((role) => ({ email: email(role), displayName: role, password: PASSWORD, role })),
  );
  const tokens = {} as Record<Role, string>;
  const userIds = {} as Record<Role, string>;
  for (const role of roles) {
    const { signIn } = await server.gql(
      `mutation($i: SignInInput!) { signIn(input: $i) { accessToken viewer { user { id } } } }`,
      { i: { email: email(role), password: PASSWORD, tenant: slug } },
    );
    tokens[role] = signIn.accessToken;
    userIds[role] = signIn.viewer.user.id;
  }
  return { id: tenant.id, slug, tokens, userIds };
}

export { fmt, percentile, print } from './figures.js';
