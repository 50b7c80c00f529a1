/**
 * npm run bench:scale — question search and list at volume, two tenants, row-level security on.
 *
 * Starts the real server on its own embedded PostgreSQL, imports the built-in library into two
 * tenants through the API, then multiplies it with SQL run as the runtime role (RLS on, each
 * tenant in its own transaction) up to BENCH_SCALE x 10,000 questions per tenant (default 1),
 * and measures at BENCH_CONNECTIONS (8) for BENCH_REQUESTS (400) requests each:
 *   - `questions(search: "index", first: 20)` with the nested rubric,
 *   - `questions(first: 50)` with the nested rubric,
 * printing p50/p95 per query, with and without `totalCount`. Side by side, the database alone:
 * EXPLAIN ANALYZE of the search statement as it was before issue 16 (the `@@` match under RLS)
 * against the statement that replaced it (`ik_question_search`), both as the runtime role.
 */
import 'reflect-metadata';
import { cpus } from 'node:os';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/config.js';
import { SET_TENANT_SQL } from '../src/database/database.service.js';
import { Role } from '../src/tenancy/entities/membership.entity.js';
import { TenantService } from '../src/tenancy/tenant.service.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const PER_TENANT = Math.round(10_000 * SCALE);
const PASSWORD = 'benchmark password';

const RUBRIC = `currentVersion { prompt rubric { criteria { title weight competency { name }
  anchors { level label text } } } }`;
const QUERIES: Record<string, string> = {
  'search "index", first 20': `{ questions(search: "index", first: 20) { edges { rank highlight node { id ${RUBRIC} } } } }`,
  'search "index", first 20, totalCount': `{ questions(search: "index", first: 20) { totalCount edges { rank highlight node { id ${RUBRIC} } } } }`,
  'list, first 50': `{ questions(first: 50) { edges { node { id ${RUBRIC} } } } }`,
  'list, first 50, totalCount': `{ questions(first: 50) { totalCount edges { node { id ${RUBRIC} } } } }`,
};

/** The search statement before issue 16 (question.service.ts at 7cdddcf), for reference. */
const OLD_SEARCH = `SELECT q.id, ts_rank_cd(q.search, websearch_to_tsquery('english', $2), 1)::real::text AS sort_key
    FROM questions q JOIN question_versions v ON v.tenant_id = q.tenant_id AND v.id = q.current_version_id
   WHERE q.tenant_id = $1 AND q.search @@ websearch_to_tsquery('english', $2)
   ORDER BY ts_rank_cd(q.search, websearch_to_tsquery('english', $2), 1) DESC, q.id LIMIT 21`;
const OLD_COUNT = `SELECT count(*)::int FROM questions q
   WHERE q.tenant_id = $1 AND q.search @@ websearch_to_tsquery('english', $2)`;
const NEW_SEARCH = `SELECT m.id FROM ik_question_search(websearch_to_tsquery('english', $2), lim => 21) m
   WHERE $1::uuid IS NOT NULL`;
const NEW_COUNT = `SELECT count(*)::int FROM (SELECT 1 FROM ik_question_search(
   websearch_to_tsquery('english', $2), ranked => false, lim => 10001) LIMIT 10001) c
   WHERE $1::uuid IS NOT NULL`;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const print = (line: string) => process.stdout.write(`${line}\n`);
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main() {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: process.env.JWT_SECRET ?? 'benchmark-only-secret-0123456789abcdef',
    EMBEDDED_PG_DIR: process.env.EMBEDDED_PG_DIR ?? '.data/bench-scale-postgres',
    EMBEDDED_PG_PORT: process.env.EMBEDDED_PG_PORT ?? '54341',
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    DEFAULT_PACKS: '',
    RATE_LIMIT_PER_MINUTE: '100000000',
    DATABASE_POOL_SIZE: String(CONNECTIONS + 2),
  });
  const { app, database } = await createApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  const gql = async (query: string, token: string, variables: object = {}) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  try {
    // Two tenants of equal size.
    const tenants: { id: string; token: string }[] = [];
    const run = Date.now();
    for (const name of ['a', 'b']) {
      const slug = `scale-${name}-${run}`;
      const email = `admin@${slug}.example`;
      const { tenant } = await app
        .get(TenantService)
        .ensureTenant(`Scale ${name}`, slug, [
          { email, displayName: 'Admin', password: PASSWORD, role: Role.ADMIN },
        ]);
      const signedIn = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`,
          variables: { i: { email, password: PASSWORD, tenant: slug } },
        }),
      });
      const token = ((await signedIn.json()) as any).data.signIn.accessToken as string;
      await gql('mutation { importPack(name: "backend-engineering") { questionsCreated } }', token);
      tenants.push({ id: tenant.id, token });
    }

    // The volume, written as the runtime role under RLS: copies of the tenant's own library,
    // each copy with a word of its own so the vectors differ.
    const started = Date.now();
    const source = app.get(DataSource);
    for (const tenant of tenants) {
      await source.transaction(async (em) => {
        await em.query(SET_TENANT_SQL, [tenant.id]);
        const [{ n }] = await em.query('SELECT count(*)::int AS n FROM questions');
        const copies = Math.max(0, Math.ceil(PER_TENANT / n) - 1);
        await em.query(
          `INSERT INTO questions (tenant_id, category_id, type, seniority, tags, estimated_minutes,
                                  status, current_version_id, search, created_at)
           SELECT tenant_id, category_id, type, seniority, tags, estimated_minutes, status,
                  current_version_id, search || to_tsvector('simple', 'batch' || g),
                  created_at + g * interval '1 second'
             FROM questions, generate_series(1, $1::int) g`,
          [copies],
        );
      });
    }
    // VACUUM needs the owner: statistics, and the GIN index's pending list merged.
    const owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    await owner.query('VACUUM ANALYZE questions');
    await owner.end();
    const counts = await Promise.all(
      tenants.map((t) => gql('{ questions(first: 1) { totalCount } }', t.token)),
    );
    print(
      `Loaded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts
        .map((c) => c.questions.totalCount)
        .join(' and ')} questions in two tenants (scale ${SCALE}; totalCount caps at 10,001).`,
    );
    print(`Machine: ${cpus().length} x ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}.`);

    // The database alone, as the runtime role: the old statement against the new one.
    const runtime = new Client({ connectionString: database.appUrl });
    await runtime.connect();
    const explain = async (sql: string, times = 30) => {
      const ms: number[] = [];
      for (let i = 0; i < times; i += 1) {
        await runtime.query('BEGIN');
        await runtime.query(SET_TENANT_SQL, [tenants[0].id]);
        const plan = await runtime.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, [
          tenants[0].id,
          'index',
        ]);
        await runtime.query('ROLLBACK');
        ms.push(plan.rows[0]['QUERY PLAN'][0]['Execution Time']);
      }
      ms.sort((x, y) => x - y);
      return `${fmt(percentile(ms, 50))} / ${fmt(percentile(ms, 95))}`;
    };
    print('\nEXPLAIN ANALYZE as the runtime role, p50 / p95 of 30 (tenant a, "index"):');
    print(`  page  before: ${await explain(OLD_SEARCH)}   after: ${await explain(NEW_SEARCH)}`);
    print(`  count before: ${await explain(OLD_COUNT)}   after: ${await explain(NEW_COUNT)}`);
    await runtime.end();

    // Through the API at CONNECTIONS connections, alternating tenants.
    print(`\nGraphQL, ${REQUESTS} requests at ${CONNECTIONS} connections, p50 / p95:`);
    for (const [name, query] of Object.entries(QUERIES)) {
      await gql(query, tenants[0].token); // warm
      const latencies: number[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async () => {
          while (next < REQUESTS) {
            const i = next++;
            const t0 = performance.now();
            await gql(query, tenants[i % 2].token);
            latencies.push(performance.now() - t0);
          }
        }),
      );
      latencies.sort((x, y) => x - y);
      print(
        `  ${name.padEnd(40)} ${fmt(percentile(latencies, 50))} / ${fmt(percentile(latencies, 95))}`,
      );
    }
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
