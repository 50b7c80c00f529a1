/**
 * npm run bench:kit — the interviewer kit under load: the service against the floor
 * (bench/floor: node:http + pg doing the same checks and work), interleaved in one run.
 *
 * Both servers run in their own processes on the same embedded PostgreSQL and the same data
 * (bench/kit-server.ts seeds a loop of 5 stages x 8 questions x 3 criteria x 4 anchors through
 * the API). This process only generates load: autocannon at BENCH_CONNECTIONS (32) for
 * BENCH_SECONDS (10) per turn, service then floor, BENCH_ROUNDS (3) times. Every response body
 * of both must equal the service's kit checked beforehand, byte for byte, or the run fails.
 * Printed per server: requests/s, p50 and p99 latency, CPU ms per request of the server's
 * process (process.cpuUsage, PostgreSQL's own CPU not included) and the kernel's share of it
 * (system calls: the socket writes to PostgreSQL and to the client among them), round trips to PostgreSQL
 * per request (bench/round-trips.ts), and the ratios; then the statements of `submitScorecard`
 * (30 ratings) and `upsertInterview`.
 */
import autocannon from 'autocannon';
import { cpus, loadavg, totalmem } from 'node:os';
import { startServerProcess, type ServerProcess } from './round-trips.js';
import { KIT, QUESTIONS_PER_STAGE, STAGES } from './kit-seed.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const print = (line: string) => process.stdout.write(`${line}\n`);

interface Turn {
  requests: number;
  sent: number;
  seconds: number;
  p50: number;
  p99: number;
  cpuMs: number;
  systemMs: number;
  roundTrips: number;
  bad: number;
}

async function turn(
  child: ServerProcess,
  url: string,
  init: { headers: Record<string, string>; body: string; expected: string },
): Promise<Turn> {
  const before = await child.stats();
  const result = await autocannon({
    url,
    method: 'POST',
    headers: init.headers,
    body: init.body,
    connections: CONNECTIONS,
    duration: SECONDS,
    expectBody: init.expected,
  });
  const after = await child.stats();
  // Requests still in flight when the turn ends are served (and counted by the server) too.
  const sent = (result.requests as { sent?: number }).sent ?? result.requests.total;
  return {
    requests: result.requests.total,
    sent,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMs: (after.cpuMicros - before.cpuMicros) / 1000,
    systemMs: (after.systemMicros - before.systemMicros) / 1000,
    roundTrips: after.roundTrips - before.roundTrips,
    bad: result.non2xx + result.errors + result.mismatches + result.timeouts,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function summary(turns: Turn[]) {
  const requests = turns.reduce((n, t) => n + t.requests, 0);
  const sent = turns.reduce((n, t) => n + t.sent, 0);
  return {
    requests,
    rps: requests / turns.reduce((n, t) => n + t.seconds, 0),
    p50: median(turns.map((t) => t.p50)),
    p99: median(turns.map((t) => t.p99)),
    cpu: turns.reduce((n, t) => n + t.cpuMs, 0) / Math.max(sent, 1),
    system: turns.reduce((n, t) => n + t.systemMs, 0) / Math.max(sent, 1),
    trips: turns.reduce((n, t) => n + t.roundTrips, 0) / Math.max(sent, 1),
    bad: turns.reduce((n, t) => n + t.bad, 0),
  };
}

async function main() {
  const service = await startServerProcess('./kit-server.js');
  const { jwt, appUrl, token, stageId, url, mutations } = service.ready;
  const floor = await startServerProcess('./floor/server.js', {
    FLOOR_DATABASE_URL: appUrl,
    FLOOR_JWT_SECRET: jwt.secret,
    FLOOR_JWT_ISSUER: jwt.issuer,
    FLOOR_JWT_AUDIENCE: jwt.audience,
  });
  try {
    const body = JSON.stringify({ query: KIT, variables: { id: stageId } });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const expected = await (await fetch(url, { method: 'POST', headers, body })).text();
    const parsed = JSON.parse(expected);
    if (parsed.errors || parsed.data.interviewKit.questions.length !== QUESTIONS_PER_STAGE) {
      throw new Error(`the kit is wrong: ${expected.slice(0, 500)}`);
    }
    const floorBody = await (
      await fetch(floor.ready.url, { method: 'POST', headers, body })
    ).text();
    if (floorBody !== expected) {
      throw new Error(`the floor's kit differs from the service's:\n${floorBody.slice(0, 800)}`);
    }
    const init = { headers, body, expected };
    // One request alone: its exact round trips (rate limiter included), with nothing else running.
    const alone = async (child: ServerProcess, target: string) => {
      const before = await child.stats();
      await (await fetch(target, { method: 'POST', headers, body })).text();
      await new Promise((done) => setTimeout(done, 50));
      return (await child.stats()).roundTrips - before.roundTrips;
    };
    // Warm both (JIT, prepared statements, pool) before anything is measured.
    for (const target of [url, floor.ready.url]) {
      await autocannon({ url: target, method: 'POST', ...init, connections: 8, amount: 400 });
    }
    const single = {
      service: await alone(service, url),
      floor: await alone(floor, floor.ready.url),
    };
    const turns = { service: [] as Turn[], floor: [] as Turn[] };
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const [name, child, target] of [
        ['service', service, url],
        ['floor', floor, floor.ready.url],
      ] as const) {
        const t = await turn(child, target, init);
        turns[name].push(t);
        print(
          `round ${round} ${name.padEnd(7)} ${(t.requests / t.seconds).toFixed(0).padStart(5)} req/s` +
            `  p50 ${t.p50} ms  p99 ${t.p99} ms  CPU ${(t.cpuMs / t.sent).toFixed(2)} ms/req (system ${(t.systemMs / t.sent).toFixed(2)})` +
            `  round trips ${(t.roundTrips / t.sent).toFixed(2)}/req  bad ${t.bad}  (load ${loadavg()[0].toFixed(1)})`,
        );
      }
    }
    const s = summary(turns.service);
    const f = summary(turns.floor);
    const row = (name: string, x: typeof s) =>
      `${name.padEnd(8)} ${x.rps.toFixed(0).padStart(6)} ${`${x.p50} ms`.padStart(8)} ${`${x.p99} ms`.padStart(8)} ${x.cpu.toFixed(2).padStart(8)} ${x.system.toFixed(2).padStart(8)} ${x.trips.toFixed(2).padStart(12)} ${`${x.bad} of ${x.requests}`.padStart(14)}`;
    print('');
    print(
      `interviewKit: ${STAGES} stages x ${QUESTIONS_PER_STAGE} questions x 3 criteria x 4 anchors; kit of one stage (${QUESTIONS_PER_STAGE} questions, ${Buffer.byteLength(expected)} bytes)`,
    );
    print(
      `machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${service.ready.database}; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    print(
      `load: autocannon, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s each, service and floor in turn`,
    );
    print(
      `server      req/s      p50      p99   CPU ms   system  round trips  bad responses  (one request alone)`,
    );
    print(`${row('service', s)}  ${single.service}`);
    print(`${row('floor', f)}  ${single.floor}`);
    print(
      `ratios (service / floor): throughput ${(s.rps / f.rps).toFixed(2)} (goal >= 0.75), CPU per request ${(s.cpu / f.cpu).toFixed(2)} (goal <= 1.5), round trips ${single.service} / ${single.floor} (goal: equal)`,
    );
    print(
      `statements per request: submitScorecard (${mutations.submitRatings} ratings) ${mutations.submit} (goal <= 8); upsertInterview ${mutations.upsertCreate} creating, ${mutations.upsertUpdate} updating (goal <= 10)`,
    );
    if (s.bad || f.bad) process.exitCode = 1;
  } finally {
    await floor.stop();
    await service.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
