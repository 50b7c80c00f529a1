/**
 * npm run bench:scale-cpu — server CPU per request of bench:scale's reads, a figure the
 * machine's load changes less than latency. The server runs in its own process
 * (bench/scale-server.ts, on its own wiped embedded PostgreSQL; with BENCH_PROFILE=1 it writes a CPU profile of each read to
 * .data/bench-profiles/); autocannon sends each read BENCH_REQUESTS (2000) times at
 * BENCH_CONNECTIONS (8), alternating the two tenants (BENCH_ONLY: the reads whose name holds it;
 * BENCH_QUERY: this query instead, as the admin). Printed per read: requests/s, p50/p95,
 * server CPU ms and round trips to PostgreSQL per request.
 */
import autocannon from 'autocannon';
import { loadavg } from 'node:os';
import { print } from './figures.js';
import { startServerProcess } from './round-trips.js';
import { READS } from './scale-reads.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const ONLY = process.env.BENCH_ONLY;
const PROFILE = process.env.BENCH_PROFILE === '1';

async function main() {
  // On its own data folder (.data/bench-scale-cpu-postgres), wiped first.
  const child = await startServerProcess('./scale-server.js');
  const { ready, stats } = child;
  try {
    const reads = process.env.BENCH_QUERY
      ? [
          {
            name: 'BENCH_QUERY',
            query: process.env.BENCH_QUERY,
            role: 'ADMIN' as const,
            vars: undefined,
          },
        ]
      : READS.filter((r) => !ONLY || r.name.includes(ONLY));
    for (const read of reads) {
      const requests = ready.tenants.map((t: any) => ({
        method: 'POST' as const,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${t.tokens[read.role]}`,
        },
        body: JSON.stringify({ query: read.query, variables: read.vars?.(t) ?? {} }),
      }));
      const load = (amount: number) =>
        autocannon({ url: ready.url, connections: CONNECTIONS, amount, requests });
      for (const init of requests) {
        const body = await (await fetch(ready.url, init)).text();
        if (JSON.parse(body).errors) throw new Error(`${read.name}: ${body.slice(0, 500)}`);
      }
      await load(200); // warm
      const file = read.name.replace(/\W+/g, '-').replace(/^-|-$/g, '');
      if (PROFILE) child.process.send({ type: 'profile' });
      const before = await stats();
      const result = await load(REQUESTS);
      const after = await stats();
      if (PROFILE) {
        await child.ask({ type: 'profile-stop', name: file }, 'profiled');
      }
      const bad = result.non2xx + result.errors + result.timeouts;
      const n = result.requests.sent ?? result.requests.total;
      print(
        `${read.name.padEnd(38)} ${(result.requests.total / result.duration).toFixed(0).padStart(5)} req/s` +
          `  p50 ${result.latency.p50} ms  p97.5 ${result.latency.p97_5} ms` +
          `  CPU ${((after.cpuMicros - before.cpuMicros) / 1000 / n).toFixed(2)} ms/req` +
          `  round trips ${((after.roundTrips - before.roundTrips) / n).toFixed(2)}/req` +
          `  bad ${bad}  (load ${loadavg()[0].toFixed(1)})`,
      );
    }
  } finally {
    await child.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
