/**
 * npm run bench:scale — reads at 1x and 10x volume in one run, two tenants, row-level security on.
 *
 * Starts the real server on its own embedded PostgreSQL, seeds two tenants through the API
 * (bench/scale-data.ts), grows both with SQL to 1x (BENCH_SCALE x 10,000 questions and 2,000
 * scorecards per tenant; BENCH_SCALE defaults to 1), measures, grows them to 10x and measures
 * again. Each read runs BENCH_REQUESTS (400) times at BENCH_CONNECTIONS (8), alternating the
 * tenants; printed: p50/p95 at each size, the 10x/1x ratio, and the goals. The statements of
 * one request of each read are EXPLAIN ANALYZEd as the runtime role in its tenant and written
 * to .data/bench-plans/<size>/ (git-ignored).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { Client } from 'pg';
import { SET_TENANT_SQL } from '../src/database/database.service.js';
import { fmt, percentile, print, startBenchServer } from './bench-server.js';
import { growTenant, seedScaleTenant, type ScaleTenant } from './scale-data.js';
import { READS } from './scale-reads.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const PLANS = '.data/bench-plans';
const SIZES = [1, 10];

/** Latencies through the API; the SQL time and the pages (buffers) one request's statements read. */
type Figures = { p50: number; p95: number; sql: number; buffers: number };

async function main() {
  const server = await startBenchServer({
    dir: '.data/bench-scale-postgres',
    port: 54341,
    poolSize: CONNECTIONS + 2,
  });
  const { app, database, statements, gql } = server;
  const owner = new Client({ connectionString: database.ownerUrl });
  const runtime = new Client({ connectionString: database.appUrl });
  await owner.connect();
  await runtime.connect();
  const tenants: ScaleTenant[] = [];
  const tenant = (i: number) => tenants[i % 2];
  try {
    const run = Date.now();
    for (const name of ['a', 'b'])
      tenants.push(await seedScaleTenant(server, `scale-${name}-${run}`));
    print(`Machine: ${cpus().length} x ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}.`);
    const results = new Map<string, Figures[]>();
    for (const size of SIZES) {
      const target = {
        questions: Math.round(10_000 * SCALE * size),
        scorecards: Math.round(2_000 * SCALE * size),
      };
      const started = Date.now();
      for (const t of tenants) await growTenant(owner, t, target);
      // Statistics and the visibility map, as autovacuum would keep them.
      for (const table of [
        'questions',
        'candidates',
        'interviews',
        'scorecards',
        'scorecard_revisions',
        'scorecard_scores',
        'scorecard_competency_ratings',
      ]) {
        await owner.query(`VACUUM ANALYZE ${table}`);
      }
      // And the tables the seed wrote through the API (versions, rubrics, loops), which
      // autovacuum may not have analysed yet: without it a plan depends on the run's timing
      // (seen: the question list and the kit read 100x the pages in one run of two).
      await owner.query('ANALYZE');
      print(
        `\n${size}x: ${target.questions} questions and ${target.scorecards} scorecards per tenant, ` +
          `two tenants, loaded in ${((Date.now() - started) / 1000).toFixed(1)} s. ` +
          `${REQUESTS} requests at ${CONNECTIONS} connections, p50 / p95 (SQL: EXPLAIN ANALYZE time of one request's statements, warm):`,
      );
      await mkdir(`${PLANS}/${size}x`, { recursive: true });
      for (const read of READS) {
        const figures = await measure(read, size);
        results.set(read.name, [...(results.get(read.name) ?? []), figures]);
        print(
          `  ${read.name.padEnd(38)} ${fmt(figures.p50)} / ${fmt(figures.p95)}   SQL ${fmt(figures.sql)}, ${figures.buffers} buffers`,
        );
      }
    }
    print(
      `\n| read | 1x p50 / p95 | 10x p50 / p95 | 10x/1x p50 / p95 | SQL 1x / 10x | buffers 1x / 10x |`,
    );
    print(`|---|---|---|---|---|---|`);
    for (const [name, [one, ten]] of results) {
      print(
        `| ${name} | ${one.p50.toFixed(0)} / ${one.p95.toFixed(0)} ms | ${ten.p50.toFixed(0)} / ${ten.p95.toFixed(0)} ms | ` +
          `${(ten.p50 / one.p50).toFixed(2)} / ${(ten.p95 / one.p95).toFixed(2)} | ${one.sql.toFixed(1)} / ${ten.sql.toFixed(1)} ms | ${one.buffers} / ${ten.buffers} |`,
      );
    }
    const search = results.get(READS[0].name)!;
    print(
      `\nGoal: search p95 < 50 ms at 10x: ${fmt(search[1].p95)}, ${search[1].p95 < 50 ? 'met' : 'NOT met'}.`,
    );
    const within = [...results].filter(
      ([, [one, ten]]) => ten.p50 <= 1.2 * one.p50 && ten.p95 <= 1.2 * one.p95,
    );
    print(
      `Goal: 10x within 1.2x of 1x (p50 and p95): met by ${within.length} of ${results.size}` +
        `${within.length < results.size ? `; not by ${[...results.keys()].filter((k) => !within.some(([w]) => w === k)).join(', ')}` : ''}.`,
    );
    print(`Plans: ${PLANS}/1x and ${PLANS}/10x.`);
  } finally {
    await owner.end();
    await runtime.end();
    await app.close();
  }

  /** Latencies through the API, and the plans of one request's statements. */
  async function measure(read: (typeof READS)[number], size: number): Promise<Figures> {
    const call = (i: number) =>
      gql(read.query, read.vars?.(tenant(i)) ?? {}, tenant(i).tokens[read.role]);
    await call(0); // warm
    const recorded: { query: string; parameters?: unknown[] }[] = [];
    statements.recording = recorded;
    await call(0);
    statements.recording = undefined;
    const plans: string[] = [];
    let sql = 0;
    let buffers = 0;
    for (const statement of recorded.filter(
      (s) => /^\s*(SELECT|WITH)\b/i.test(s.query) && !/set_config/.test(s.query),
    )) {
      await runtime.query('BEGIN');
      try {
        await runtime.query(SET_TENANT_SQL, [tenant(0).id]);
        // Twice: the second run, with the pages the first one read now cached, is the one kept.
        await runtime.query(`EXPLAIN (ANALYZE) ${statement.query}`, statement.parameters);
        const { rows } = await runtime.query(
          `EXPLAIN (ANALYZE, BUFFERS) ${statement.query}`,
          statement.parameters,
        );
        const text = rows.map((r) => r['QUERY PLAN']).join('\n');
        sql += Number(/Execution Time: ([\d.]+) ms/.exec(text)?.[1] ?? 0);
        // The top node's buffers: every page the statement touched (a count the machine's load
        // does not change, unlike the times).
        const top = /Buffers: shared(?: hit=(\d+))?(?: read=(\d+))?/.exec(text);
        buffers += Number(top?.[1] ?? 0) + Number(top?.[2] ?? 0);
        plans.push(`${statement.query.trim()}\n\n${text}`);
      } finally {
        await runtime.query('ROLLBACK');
      }
    }
    const file = read.name.replace(/\W+/g, '-').replace(/^-|-$/g, '');
    await writeFile(`${PLANS}/${size}x/${file}.txt`, plans.join('\n\n-----\n\n'));
    const latencies: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < REQUESTS) {
          const i = next++;
          const t0 = performance.now();
          await call(i);
          latencies.push(performance.now() - t0);
        }
      }),
    );
    latencies.sort((x, y) => x - y);
    return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), sql, buffers };
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
