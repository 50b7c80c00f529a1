/**
 * The service under `npm run bench:scale` and `npm run bench:scale-cpu`, in its own process (so
 * its CPU time, and a `--cpu-prof` profile of it, are the server's alone): starts the real
 * server on a wiped embedded PostgreSQL (BENCH_PG_DIR, BENCH_PG_PORT), seeds two tenants
 * (bench/scale-data.ts) and grows both to BENCH_SIZE x 1x (BENCH_SCALE x 10,000 questions and
 * 2,000 scorecards per tenant), then reports over IPC the tenants (ids, tokens, stage and
 * candidate) and answers 'stats', 'plans' and the profiler's messages.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { Client } from 'pg';
import { SET_TENANT_SQL } from '../src/database/database.service.js';
import { countRoundTrips, serveStats } from './round-trips.js';
import { startBenchServer } from './bench-server.js';
import { growTenant, seedScaleTenant, type ScaleTenant } from './scale-data.js';
import { READS } from './scale-reads.js';

const roundTrips = countRoundTrips();
const SIZE = Number(process.env.BENCH_SIZE ?? 1);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);

async function main() {
  const started = Date.now();
  const server = await startBenchServer({
    dir: process.env.BENCH_PG_DIR ?? '.data/bench-scale-cpu-postgres',
    port: Number(process.env.BENCH_PG_PORT ?? 54343),
    poolSize: Number(process.env.BENCH_CONNECTIONS ?? 8) + 2,
    fresh: true,
  });
  const { app, database, statements, url, gql } = server;
  const runtime = new Client({ connectionString: database.appUrl }); // connected once loaded
  const close = () =>
    void (async () => {
      await runtime.end().catch(() => undefined);
      await app.close();
      process.exit(0);
    })();
  process.on('SIGTERM', close);
  process.on('disconnect', close); // the benchmark is gone
  const owner = new Client({ connectionString: database.ownerUrl });
  await owner.connect();
  const run = Date.now();
  const tenants: ScaleTenant[] = [];
  for (const name of ['a', 'b']) {
    tenants.push(await seedScaleTenant(server, `scale-${name}-${run}`));
  }
  const target = {
    questions: Math.round(10_000 * SCALE * SIZE),
    scorecards: Math.round(2_000 * SCALE * SIZE),
  };
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
  // And the tables the seed wrote through the API (versions, rubrics, loops), which autovacuum
  // may not have analysed yet: without it a plan depends on the run's timing (seen: the
  // question list and the kit read 100x the pages in one run of two).
  await owner.query('ANALYZE');
  await owner.end();
  await runtime.connect();
  // BENCH_PROFILE: the parent brackets each read with 'profile' and 'profile-stop' messages, and
  // each read's CPU profile is written to .data/bench-profiles/<name>.cpuprofile.
  const session = new Session();
  session.connect();
  process.on('message', (message: { type?: string; name?: string; read?: number }) => {
    if (message.type === 'profile') {
      void session.post('Profiler.enable').then(() => session.post('Profiler.start'));
    }
    if (message.type === 'profile-stop') {
      void (async () => {
        const { profile } = await session.post('Profiler.stop');
        await mkdir('.data/bench-profiles', { recursive: true });
        await writeFile(`.data/bench-profiles/${message.name}.cpuprofile`, JSON.stringify(profile));
        process.send!({ type: 'profiled' });
      })();
    }
    if (message.type === 'plans') {
      void plans(READS[message.read!], message.name!).then(
        (figures) => process.send!({ type: 'plans', ...figures }),
        (error: Error) => process.send!({ type: 'plans', error: error.message }),
      );
    }
  });

  /**
   * The statements of one request of `read` (in the first tenant), each EXPLAIN ANALYZEd as the
   * runtime role in that tenant and written to `file`: their execution time and buffers.
   */
  async function plans(read: (typeof READS)[number], file: string) {
    const t = tenants[0];
    const recorded: { query: string; parameters?: unknown[] }[] = [];
    statements.recording = recorded;
    try {
      await gql(read.query, read.vars?.(t) ?? {}, t.tokens[read.role]);
    } finally {
      statements.recording = undefined;
    }
    const explained: string[] = [];
    let sql = 0;
    let buffers = 0;
    for (const statement of recorded) {
      // A named prepared statement (the kit's) is recorded as `/* prepared <name> */ SELECT ...`.
      const text = statement.query.replace(/^\s*(\/\*.*?\*\/\s*)*/s, '');
      if (!/^(SELECT|WITH)\b/i.test(text) || /set_config/.test(text)) continue;
      await runtime.query('BEGIN');
      try {
        await runtime.query(SET_TENANT_SQL, [t.id]);
        // Twice: the second run, with the pages the first one read now cached, is the one kept.
        await runtime.query(`EXPLAIN (ANALYZE) ${text}`, statement.parameters);
        const { rows } = await runtime.query(
          `EXPLAIN (ANALYZE, BUFFERS) ${text}`,
          statement.parameters,
        );
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        sql += Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? 0);
        // The top node's buffers: every page the statement touched (a count the machine's load
        // does not change, unlike the times).
        const top = /Buffers: shared(?: hit=(\d+))?(?: read=(\d+))?/.exec(plan);
        buffers += Number(top?.[1] ?? 0) + Number(top?.[2] ?? 0);
        explained.push(`${statement.query.trim()}\n\n${plan}`);
      } finally {
        await runtime.query('ROLLBACK');
      }
    }
    await mkdir(file.replace(/\/[^/]*$/, ''), { recursive: true });
    await writeFile(file, explained.join('\n\n-----\n\n'));
    return { sql, buffers, statements: explained.length };
  }

  serveStats(roundTrips, () => statements.count, {
    url,
    tenants,
    target,
    loadedSeconds: (Date.now() - started) / 1000,
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
