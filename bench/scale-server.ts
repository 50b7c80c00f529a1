/**
 * The service under `npm run bench:scale-cpu`, in its own process (so its CPU time, and a
 * `--cpu-prof` profile of it, are the server's alone): starts the real server, seeds two
 * tenants as bench:scale does and grows them to BENCH_SIZE x 1x, then reports over IPC the
 * tenants (ids, tokens, stage and candidate) and answers 'stats'.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { Client } from 'pg';
import { countRoundTrips, serveStats } from './round-trips.js';
import { startBenchServer } from './bench-server.js';
import { growTenant, seedScaleTenant } from './scale-data.js';

const roundTrips = countRoundTrips();
const SIZE = Number(process.env.BENCH_SIZE ?? 1);

async function main() {
  const server = await startBenchServer({
    dir: '.data/bench-scale-cpu-postgres',
    port: 54343,
    poolSize: Number(process.env.BENCH_CONNECTIONS ?? 8) + 2,
  });
  const { app, database, statements, url } = server;
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
  const owner = new Client({ connectionString: database.ownerUrl });
  await owner.connect();
  const run = Date.now();
  const tenants = [];
  for (const name of ['a', 'b']) tenants.push(await seedScaleTenant(server, `cpu-${name}-${run}`));
  for (const t of tenants) {
    await growTenant(owner, t, { questions: 10_000 * SIZE, scorecards: 2_000 * SIZE });
  }
  for (const table of ['questions', 'scorecards', 'scorecard_revisions', 'scorecard_scores']) {
    await owner.query(`VACUUM ANALYZE ${table}`);
  }
  await owner.query('ANALYZE'); // the rest, as bench:scale does
  await owner.end();
  // BENCH_PROFILE: the parent brackets each read with 'profile' and 'profile-stop' messages, and
  // each read's CPU profile is written to .data/bench-profiles/<name>.cpuprofile.
  const session = new Session();
  session.connect();
  process.on('message', (message: { type?: string; name?: string }) => {
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
  });
  serveStats(roundTrips, () => statements.count, { url, tenants });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
