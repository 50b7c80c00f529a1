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
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
  /** The kernel's share of cpuMicros (system calls: socket reads and writes among them). */
  systemMicros: number;
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
        systemMicros: cpu.system,
        roundTrips: roundTrips.count,
        statements: statements(),
      } satisfies BenchMessage);
    }
    if (message.type === 'stop') process.exit(0);
  });
  process.send!({ type: 'ready', ...info });
}

/** A benchmarked server in its own process (bench/*-server.ts), once it reported ready. */
export interface ServerProcess {
  process: ChildProcess;
  /** What the server reported with 'ready'. */
  ready: Record<string, any>;
  stats(): Promise<ServerStats>;
  /** Sends `message` and resolves with the server's next message of type `answer`. */
  ask<T = Record<string, any>>(
    message: { type: string; [key: string]: unknown },
    answer: string,
  ): Promise<T>;
  /** Stops the server (SIGTERM: it closes the app, and so its embedded PostgreSQL) and waits. */
  stop(): Promise<void>;
}

/**
 * Forks `script` (a path relative to bench/, compiled: './kit-server.js') with `env` added to
 * this process's environment and resolves once it reported 'ready' (see `serveStats`).
 */
export function startServerProcess(
  script: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const child = fork(path, { env: { ...process.env, ...env }, stdio: 'inherit' });
  const waiting: { type: string; done: (message: any) => void; fail: (e: Error) => void }[] = [];
  const exited = new Promise<void>((done) =>
    child.once('exit', (code) => {
      // A server that dies mid-run fails what was asked of it instead of leaving it waiting.
      for (const w of waiting.splice(0)) w.fail(new Error(`${script} exited with ${code}`));
      done();
    }),
  );
  const ask = <T>(message: { type: string; [key: string]: unknown }, answer: string) =>
    new Promise<T>((done, fail) => {
      waiting.push({ type: answer, done, fail });
      child.send(message);
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    child.on('message', (message: { type: string } & Record<string, any>) => {
      const i = waiting.findIndex((w) => w.type === message.type);
      if (i >= 0) waiting.splice(i, 1)[0].done(message);
      if (message.type !== 'ready') return;
      resolve({
        process: child,
        ready: message,
        stats: () => ask<ServerStats>({ type: 'stats' }, 'stats'),
        ask,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
