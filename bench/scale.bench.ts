/**
 * npm run bench:scale — reads at 1x and 10x volume, two tenants, row-level security on, the two
 * sizes measured in turns under the same machine load.
 *
 * Two servers run in their own processes (bench/scale-server.ts), each on its own wiped
 * embedded PostgreSQL: one grown to 1x (BENCH_SCALE x 10,000 questions and 2,000 scorecards per
 * tenant; BENCH_SCALE defaults to 1), the other to 10x. This process only sends the requests,
 * through a keep-alive node:http agent of BENCH_CONNECTIONS (8) sockets per server, and checks
 * every answer (status 200, `{"data":{...}` without `"errors":`; any other answer stops the run
 * and is printed). Each read runs BENCH_ROUNDS (4, at least 3) rounds of BENCH_REQUESTS (400)
 * requests per size, alternating the tenants, 1x then 10x in each round; the latencies of all
 * rounds of a size are pooled. Printed: per round p50/p95, server CPU ms per request
 * (process.cpuUsage of the server's process) and load; then per read p50/p95 at each size, the
 * 10x/1x ratios, whether 10x stays within 1.2x, CPU per request, and the goals. The statements
 * of one request of each read (the kit's named prepared statement too) are EXPLAIN ANALYZEd as
 * the runtime role in its tenant and written to .data/bench-plans/<size>/ (git-ignored).
 */
import { Agent, request } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { fmt, percentile, print } from './figures.js';
import { startServerProcess, type ServerProcess } from './round-trips.js';
import type { ScaleTenant } from './scale-data.js';
import { READS } from './scale-reads.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 4));
const WARM = 100;
const PLANS = '.data/bench-plans';
const SIZES = [
  { size: 1, dir: '.data/bench-scale-1x-postgres', port: 54341 },
  { size: 10, dir: '.data/bench-scale-10x-postgres', port: 54342 },
];

/** An answer that is not a GraphQL result with data and without errors. */
class BadAnswer extends Error {}

/** Sends GraphQL requests to one server over kept-alive sockets and checks every answer. */
function client(url: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const { hostname, port, pathname } = new URL(url);
  const post = (body: string, token: string) =>
    new Promise<void>((done, fail) => {
      const req = request(
        {
          agent,
          hostname,
          port,
          path: pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${token}`,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', fail);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (
              res.statusCode !== 200 ||
              !text.startsWith('{"data":{') ||
              text.includes('"errors":')
            ) {
              fail(new BadAnswer(`${url} answered ${res.statusCode}:\n${text}`));
            } else done();
          });
        },
      );
      req.on('error', fail);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}

interface Side {
  size: number;
  server: ServerProcess;
  client: ReturnType<typeof client>;
  tenants: ScaleTenant[];
}

/** One round: `REQUESTS` requests at `CONNECTIONS`, alternating the tenants; latencies and CPU. */
async function round(side: Side, read: (typeof READS)[number], amount: number) {
  const calls = side.tenants.map((t) => ({
    body: JSON.stringify({ query: read.query, variables: read.vars?.(t) ?? {} }),
    token: t.tokens[read.role],
  }));
  const before = await side.server.stats();
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < amount) {
        const call = calls[next++ % calls.length];
        const t0 = performance.now();
        await side.client.post(call.body, call.token);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const after = await side.server.stats();
  return { latencies, cpuMs: (after.cpuMicros - before.cpuMicros) / 1000 };
}

async function main() {
  print(
    `Machine: ${cpus().length} x ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ` +
      `Node ${process.version}; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}.`,
  );
  const started = Date.now();
  // Both servers load their data at once; a failed one stops the other.
  const starting = await Promise.allSettled(
    SIZES.map((s) =>
      startServerProcess('./scale-server.js', {
        BENCH_SIZE: String(s.size),
        BENCH_PG_DIR: s.dir,
        BENCH_PG_PORT: String(s.port),
      }),
    ),
  );
  const servers = starting.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = starting.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(servers.map((s) => s.stop()));
    throw failed.reason;
  }
  const sides: Side[] = SIZES.map((s, i) => ({
    size: s.size,
    server: servers[i],
    client: client(servers[i].ready.url),
    tenants: servers[i].ready.tenants,
  }));
  try {
    for (const side of sides) {
      const { target, loadedSeconds } = side.server.ready;
      print(
        `${side.size}x: ${target.questions} questions and ${target.scorecards} scorecards per tenant, ` +
          `two tenants, started and loaded in ${loadedSeconds.toFixed(1)} s.`,
      );
    }
    print(
      `Both ready after ${((Date.now() - started) / 1000).toFixed(1)} s. Per read: ${ROUNDS} rounds, each ` +
        `${REQUESTS} requests at 1x then at 10x, ${CONNECTIONS} keep-alive connections per server.`,
    );
    const rows: string[] = [];
    const within: boolean[] = [];
    let searchP95 = 0;
    for (const [index, read] of READS.entries()) {
      print(`\n${read.name}`);
      const file = read.name.replace(/\W+/g, '-').replace(/^-|-$/g, '');
      const plans: { sql: number; buffers: number }[] = [];
      for (const side of sides) {
        await round(side, read, WARM); // JIT, plans, pool and sockets
        const answer = await side.server.ask(
          { type: 'plans', read: index, name: resolve(`${PLANS}/${side.size}x/${file}.txt`) },
          'plans',
        );
        if (answer.error) throw new Error(`${read.name} at ${side.size}x: ${answer.error}`);
        plans.push({ sql: answer.sql, buffers: answer.buffers });
      }
      const pooled = sides.map(() => ({ latencies: [] as number[], cpuMs: 0 }));
      for (let r = 1; r <= ROUNDS; r += 1) {
        for (const [i, side] of sides.entries()) {
          const { latencies, cpuMs } = await round(side, read, REQUESTS);
          pooled[i].latencies.push(...latencies);
          pooled[i].cpuMs += cpuMs;
          latencies.sort((x, y) => x - y);
          print(
            `  round ${r} ${`${side.size}x`.padStart(3)}  p50 ${fmt(percentile(latencies, 50)).padStart(9)}` +
              `  p95 ${fmt(percentile(latencies, 95)).padStart(9)}  CPU ${(cpuMs / REQUESTS).toFixed(2)} ms/req` +
              `  (load ${loadavg()[0].toFixed(1)})`,
          );
        }
      }
      const [one, ten] = pooled.map(({ latencies, cpuMs }) => {
        latencies.sort((x, y) => x - y);
        return {
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          cpu: cpuMs / latencies.length,
        };
      });
      const ok = ten.p50 <= 1.2 * one.p50 && ten.p95 <= 1.2 * one.p95;
      within.push(ok);
      if (index === 0) searchP95 = ten.p95;
      print(
        `  pooled: 1x ${fmt(one.p50)} / ${fmt(one.p95)}, 10x ${fmt(ten.p50)} / ${fmt(ten.p95)}, ` +
          `ratio ${(ten.p50 / one.p50).toFixed(2)} / ${(ten.p95 / one.p95).toFixed(2)}`,
      );
      rows.push(
        `| ${read.name} | ${one.p50.toFixed(1)} / ${one.p95.toFixed(1)} ms | ${ten.p50.toFixed(1)} / ${ten.p95.toFixed(1)} ms | ` +
          `${(ten.p50 / one.p50).toFixed(2)} / ${(ten.p95 / one.p95).toFixed(2)} | ${ok ? 'yes' : 'no'} | ` +
          `${one.cpu.toFixed(2)} / ${ten.cpu.toFixed(2)} | ${plans[0].sql.toFixed(1)} / ${plans[1].sql.toFixed(1)} ms | ` +
          `${plans[0].buffers} / ${plans[1].buffers} |`,
      );
    }
    print(
      `\n${ROUNDS} rounds x ${REQUESTS} requests per size, pooled; CPU: the server process's ms per ` +
        `request; SQL: EXPLAIN ANALYZE time of one request's statements, warm; buffers: the pages they touched.`,
    );
    print(
      `| read | 1x p50 / p95 | 10x p50 / p95 | 10x/1x p50 / p95 | within 1.2x | CPU ms/req 1x / 10x | SQL 1x / 10x | buffers 1x / 10x |`,
    );
    print(`|---|---|---|---|---|---|---|---|`);
    for (const row of rows) print(row);
    print(
      `\nGoal: search p95 < 50 ms at 10x: ${fmt(searchP95)}, ${searchP95 < 50 ? 'met' : 'NOT met'}.`,
    );
    const missed = READS.filter((_, i) => !within[i]).map((r) => r.name);
    print(
      `Goal: 10x within 1.2x of 1x (p50 and p95): met by ${READS.length - missed.length} of ${READS.length}` +
        `${missed.length ? `; not by ${missed.join(', ')}` : ''}.`,
    );
    print(
      `Plans: ${PLANS}/1x and ${PLANS}/10x. Load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}; ${((Date.now() - started) / 60_000).toFixed(1)} min in all.`,
    );
  } finally {
    for (const side of sides) side.client.close();
    await Promise.all(servers.map((s) => s.stop()));
  }
}

main().catch((error) => {
  if (error instanceof BadAnswer) print(`Bad answer, the benchmark stops: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
