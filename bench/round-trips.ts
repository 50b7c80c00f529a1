/**
 * What a benchmarked server process reports to the benchmark over IPC: its CPU time
 * (process.cpuUsage: all its threads, user + system) and its round trips to PostgreSQL.
 *
 * A round trip is one call of pg's `Client.query` in the process: node-postgres sends one
 * query (or one simple-protocol string of several statements) and waits for its answer before
 * the next, so the calls are the round trips, on every path (the request's transaction, the
 * rate limiter's pool, an API key's look-up) and for both servers alike.
 */
import pg from 'pg';

export interface RoundTrips {
  count: number;
}

export function countRoundTrips(): RoundTrips {
  const counter = { count: 0 };
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const query = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    counter.count += 1;
    return query.apply(this, args);
  };
  return counter;
}

export interface ServerStats {
  cpuMicros: number;
  roundTrips: number;
  statements: number;
}

export type BenchMessage =
  { type: 'ready'; [key: string]: unknown } | (ServerStats & { type: 'stats' });

/** Tells the parent the server is ready (with `info`), then answers its 'stats' requests. */
export function serveStats(roundTrips: RoundTrips, statements: () => number, info: object) {
  process.on('message', (message: { type?: string }) => {
    if (message.type === 'stats') {
      const cpu = process.cpuUsage();
      process.send!({
        type: 'stats',
        cpuMicros: cpu.user + cpu.system,
        roundTrips: roundTrips.count,
        statements: statements(),
      } satisfies BenchMessage);
    }
    if (message.type === 'stop') process.exit(0);
  });
  process.send!({ type: 'ready', ...info });
}
