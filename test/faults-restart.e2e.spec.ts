import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import {
  codeOfAnswer,
  getStatus,
  ownDatabase,
  percentile,
  post,
  sleep,
  startListeningApp,
  startOwnPostgres,
  type Answer,
  type OwnPostgres,
  type RunningApp,
} from './helpers/faults.js';
import { COUNT_CANDIDATES, CREATE_CANDIDATE, recruiterToken } from './helpers/fault-tenant.js';

const RESTARTS = 10;
const WORKERS = 8;

/**
 * PostgreSQL restarted (fast shutdown: 57P01 on every connection) under concurrent reads and
 * writes, ten times: the process survives, requests during the outage answer 503 UNAVAILABLE
 * quickly, the service is ready again soon after the database, and every write it acknowledged
 * is in the database. The database is the test's own (the suite's shared one is never restarted).
 */
describe('a database restart under load', () => {
  let pg: OwnPostgres;
  let svc: RunningApp;
  let ownerUrl: string;
  let token: string;

  beforeAll(async () => {
    pg = await startOwnPostgres();
    ownerUrl = await ownDatabase(pg, 'ik_faults');
    svc = await startListeningApp(ownerUrl, {
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
      LOG_LEVEL: process.env.FAULTS_LOG ?? 'silent',
    });
    token = await recruiterToken(svc.app, svc.base, 'restart');
  }, 60_000);

  afterAll(async () => {
    await svc?.close();
    await pg?.destroy();
  }, 30_000);

  it(`survives ${RESTARTS} restarts and loses no acknowledged write`, async () => {
    const acknowledged: string[] = [];
    const answers: (Answer & { phase: 'up' | 'down' })[] = [];
    let phase: 'up' | 'down' = 'up';
    let running = true;
    let sequence = 0;
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);

    const worker = async (n: number) => {
      while (running) {
        const write = (sequence += 1) % 2 === 0;
        const at = phase;
        const answer = write
          ? await post(
              svc.base,
              CREATE_CANDIDATE,
              { input: { name: `Candidate ${n}-${sequence}` } },
              token,
            )
          : await post(svc.base, COUNT_CANDIDATES, {}, token);
        answers.push({ ...answer, phase: at === 'down' && phase === 'down' ? 'down' : 'up' });
        const id = answer.body?.data?.createCandidate?.id as string | undefined;
        if (answer.status === 200 && id) acknowledged.push(id);
        // During the outage answers come fast: pace the loop so the load stays bounded.
        if (answer.status !== 200) await sleep(20);
      }
    };
    const load = Array.from({ length: WORKERS }, (_, n) => worker(n));

    const readyAfter: number[] = [];
    const readyWhileDown: { status: number; ms: number }[] = [];
    try {
      for (let round = 0; round < RESTARTS; round += 1) {
        // Writes acknowledged before every restart, however slow the machine is today.
        const before = acknowledged.length;
        await sleep(400);
        for (let waited = 0; acknowledged.length < before + 3 && waited < 15_000; waited += 50) {
          await sleep(50);
        }
        await pg.stop();
        phase = 'down';
        await sleep(100);
        // Readiness says 503 (not 500), within its own budget, while the database is down.
        readyWhileDown.push(await getStatus(`${svc.base}/health/ready`, 2_000));
        await sleep(300);
        phase = 'up';
        await pg.start();
        const restarted = performance.now();
        for (;;) {
          const probe = await getStatus(`${svc.base}/health/ready`, 2_000);
          if (probe.status === 200) break;
          expect(performance.now() - restarted).toBeLessThan(5_000);
          await sleep(50);
        }
        readyAfter.push(performance.now() - restarted);
      }
      await sleep(400);
    } finally {
      running = false;
      await Promise.all(load);
      process.off('uncaughtException', onUncaught);
    }

    expect(uncaught).toEqual([]);
    // Every answer is a success or the documented 503; none is INTERNAL or a dropped connection.
    const unexpected = answers.filter(
      (a) => a.status !== 200 && !(a.status === 503 && codeOfAnswer(a) === 'UNAVAILABLE'),
    );
    expect(unexpected.map((a) => `${a.status} ${a.failure ?? JSON.stringify(a.body)}`)).toEqual([]);
    const down = answers.filter((a) => a.phase === 'down');
    expect(down.length).toBeGreaterThan(RESTARTS);
    for (const a of down) {
      expect(a.status).toBe(503);
      expect(a.headers?.get('retry-after')).toBe('1');
    }
    // Quickly: a refused connection is not a reason to wait (bounded well under a second).
    expect(
      percentile(
        down.map((a) => a.ms),
        95,
      ),
    ).toBeLessThan(1_000);
    expect(Math.max(...readyAfter)).toBeLessThan(5_000);
    expect(readyWhileDown.map((r) => r.status)).toEqual(Array(RESTARTS).fill(503));
    expect(Math.max(...readyWhileDown.map((r) => r.ms))).toBeLessThan(1_000);

    expect(acknowledged.length).toBeGreaterThanOrEqual(RESTARTS * 3);
    const client = new Client({ connectionString: ownerUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string }>(
        'SELECT id FROM candidates WHERE id = ANY($1::uuid[])',
        [acknowledged],
      );
      expect(rows.length).toBe(new Set(acknowledged).size);
    } finally {
      await client.end();
    }
    process.stdout.write(
      `restart: ${RESTARTS} restarts survived, ${answers.length} answers ` +
        `(${down.length} during outages, p95 ${Math.round(
          percentile(
            down.map((a) => a.ms),
            95,
          ),
        )} ms), ` +
        `${acknowledged.length} acknowledged writes all present, ready again after ` +
        `${Math.round(Math.max(...readyAfter))} ms at most\n`,
    );
  }, 90_000);
});
