import { afterAll, describe, expect, it } from '@jest/globals';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { withDatabase } from '../src/database/data-source-options.js';
import { EMBEDDED_DATABASE } from '../src/database/prepare-database.js';
import {
  adminToken,
  idleKeepAlive,
  spawnServer,
  type ChildServer,
} from './helpers/child-server.js';
import { CREATE_CANDIDATE, COUNT_CANDIDATES } from './helpers/fault-tenant.js';
import { codeOfAnswer, getStatus, post, sleep, type Answer } from './helpers/faults.js';
import { freePort } from './helpers/server.js';
import { createTestDatabase, dropTestDatabase, testServerUrl } from './helpers/server.js';

const IN_FLIGHT = 16;

/**
 * SIGTERM while requests are under way, against the built server in a child process: the
 * requests complete, later ones get 503 UNAVAILABLE with `Connection: close`, idle keep-alive
 * connections close at once, the pool and the webhook worker close, and the process exits 0.
 * Requests are held in flight deterministically: the test locks the rate-limit table, which
 * every request writes first, and releases it after the signal.
 */
async function sigtermDuringLoad(server: ChildServer, ownerUrl: string) {
  const token = await adminToken(server.base, `drain${Date.now() % 100000}`);
  const idle = await idleKeepAlive(server.port);

  const locker = new Client({ connectionString: ownerUrl });
  await locker.connect();
  await locker.query('BEGIN');
  await locker.query('LOCK TABLE rate_limits IN ACCESS EXCLUSIVE MODE');
  const inFlight: Promise<Answer>[] = Array.from({ length: IN_FLIGHT }, (_, i) =>
    i % 2 === 0
      ? post(server.base, CREATE_CANDIDATE, { input: { name: `In flight ${i}` } }, token, 30_000)
      : post(server.base, COUNT_CANDIDATES, {}, token, 30_000),
  );
  // Every request is waiting for the lock before the signal goes.
  for (let waited = 0; ; waited += 50) {
    const { rows } = await locker.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_locks WHERE NOT granted AND relation = 'rate_limits'::regclass`,
    );
    if (Number(rows[0].n) >= IN_FLIGHT) break;
    if (waited > 15_000) throw new Error(`only ${rows[0].n} requests reached the database`);
    await sleep(50);
  }

  const signalled = performance.now();
  server.child.kill('SIGTERM');
  const idleClosedAfter = (await idle.closed) - signalled;
  const late = await Promise.all(
    Array.from({ length: 5 }, () => post(server.base, COUNT_CANDIDATES, {}, token, 5_000)),
  );
  const ready = await getStatus(`${server.base}/health/ready`);
  await locker.query('COMMIT');
  await locker.end();
  const answers = await Promise.all(inFlight);
  const code = await server.exited;
  const exitedAfter = performance.now() - signalled;

  return { answers, late, ready, code, idleClosedAfter, exitedAfter };
}

function expectGraceful(result: Awaited<ReturnType<typeof sigtermDuringLoad>>, output: string) {
  const { answers, late, ready, code, idleClosedAfter } = result;
  expect(answers.map((a) => a.status)).toEqual(Array(IN_FLIGHT).fill(200));
  for (const a of answers) expect(a.body?.errors).toBeUndefined();
  for (const a of late) {
    expect(a.status).toBe(503);
    expect(codeOfAnswer(a)).toBe('UNAVAILABLE');
    expect(a.headers?.get('connection')).toBe('close');
    expect(a.headers?.get('retry-after')).toBe('1');
  }
  expect(ready.status).toBe(503);
  expect(idleClosedAfter).toBeLessThan(1_000);
  expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
  expect(output).toMatch(/shutdown complete/);
}

describe('SIGTERM during load', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });

  it('with DATABASE_URL: in-flight requests complete, late ones 503, pool closed, exit 0', async () => {
    const database = await createTestDatabase();
    cleanups.push(() => dropTestDatabase(database));
    const ownerUrl = withDatabase(testServerUrl(), database);
    const server = await spawnServer({ DATABASE_URL: ownerUrl, DATABASE_POOL_SIZE: '24' });
    cleanups.push(async () => void server.child.kill('SIGKILL'));
    const result = await sigtermDuringLoad(server, ownerUrl);
    expectGraceful(result, server.output());
    // Neither the pool nor pg-boss left a connection behind.
    const admin = new Client({ connectionString: ownerUrl });
    await admin.connect();
    const { rows } = await admin.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name LIKE 'interview-kit%'`,
    );
    const written = await admin.query(`SELECT count(*)::int AS n FROM candidates`);
    await admin.end();
    expect(Number(rows[0].n)).toBe(0);
    expect(written.rows[0].n).toBe(IN_FLIGHT / 2);
    process.stdout.write(
      `shutdown (DATABASE_URL): ${IN_FLIGHT}/${IN_FLIGHT} in-flight completed, ` +
        `${result.late.length} late answered 503, idle keep-alive closed after ` +
        `${Math.round(result.idleClosedAfter)} ms, exit ${result.code} after ${Math.round(result.exitedAfter)} ms\n`,
    );
  }, 60_000);

  it('with the embedded database: the same, and PostgreSQL stops last', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ik-drain-'));
    await chmod(dir, 0o755); // as root, the postgres user must enter it
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const pgPort = await freePort();
    const server = await spawnServer({
      DATABASE_URL: '',
      EMBEDDED_PG_DIR: path.join(dir, 'data'),
      EMBEDDED_PG_PORT: String(pgPort),
      DATABASE_POOL_SIZE: '24',
    });
    cleanups.push(async () => void server.child.kill('SIGKILL'));
    const ownerUrl = withDatabase(
      `postgres://postgres:postgres@127.0.0.1:${pgPort}/postgres`,
      EMBEDDED_DATABASE,
    );
    const result = await sigtermDuringLoad(server, ownerUrl);
    expectGraceful(result, server.output());
    // PostgreSQL is down: it was stopped, not left behind.
    const probe = new Client({ connectionString: ownerUrl, connectionTimeoutMillis: 2_000 });
    await expect(probe.connect()).rejects.toThrow();
    process.stdout.write(
      `shutdown (embedded): ${IN_FLIGHT}/${IN_FLIGHT} in-flight completed, ` +
        `${result.late.length} late answered 503, exit ${result.code} after ${Math.round(result.exitedAfter)} ms\n`,
    );
  }, 60_000);
});
