import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { RequestQueryRunner } from '../src/database/request-query-runner.js';
import { startTestApp, type TestApp } from './helpers/app.js';

const TENANT = "SELECT set_config('app.tenant_id', '00000000-0000-4000-8000-000000000001', true)";

describe("the request's query runner", () => {
  let t: TestApp;
  let source: DataSource;

  beforeAll(async () => {
    // One pooled connection: a runner that kept it would leave the next one waiting.
    t = await startTestApp({ DATABASE_POOL_SIZE: '1' });
    source = t.app.get(DataSource);
  });

  afterAll(async () => {
    await t.close();
  });

  it('opens the transaction in one round trip, and TypeORM commits it and nests savepoints', async () => {
    const runner = new RequestQueryRunner(source);
    t.statements.recording = [];
    const results = await runner.open(TENANT, {
      before: 'SELECT 1 AS one',
      after: "SELECT current_setting('app.tenant_id') AS tenant",
    });
    expect(results.map((r) => r.command)).toEqual(['SELECT', 'START', 'SELECT', 'SELECT']);
    expect(results[3].rows).toEqual([{ tenant: '00000000-0000-4000-8000-000000000001' }]);
    expect(runner.isTransactionActive).toBe(true);
    // Sibling resolvers ask at once; each gets its own answer.
    const answers = await Promise.all(
      [1, 2, 3].map((i) => runner.manager.query('SELECT $1::int AS i', [i])),
    );
    expect(answers).toEqual([[{ i: 1 }], [{ i: 2 }], [{ i: 3 }]]);
    await runner.manager.transaction((em) => em.query('SELECT 1'));
    await runner.commitTransaction();
    expect(runner.isTransactionActive).toBe(false);
    await runner.release();
    expect(t.statements.recording.map((s) => s.query)).toEqual([
      `SELECT 1 AS one; START TRANSACTION; ${TENANT}; SELECT current_setting('app.tenant_id') AS tenant`,
      'SELECT $1::int AS i',
      'SELECT $1::int AS i',
      'SELECT $1::int AS i',
      'SAVEPOINT typeorm_1',
      'SELECT 1',
      'RELEASE SAVEPOINT typeorm_1',
      'COMMIT',
    ]);
    t.statements.recording = undefined;
  });

  it('leaves nothing open when the opening round trip fails, and gives the connection back', async () => {
    const failing = new RequestQueryRunner(source);
    await expect(failing.open(TENANT, { after: 'SELECT 1 / 0' })).rejects.toMatchObject({
      code: '22012',
    });
    expect(failing.isReleased).toBe(true);
    expect(failing.isTransactionActive).toBe(false);
    // The pool's one connection again, out of the failed transaction: it opens a new one.
    const next = new RequestQueryRunner(source);
    const results = await next.open(TENANT, {
      after: "SELECT current_setting('app.tenant_id') AS tenant",
    });
    expect(results.at(-1)!.rows).toEqual([{ tenant: '00000000-0000-4000-8000-000000000001' }]);
    await next.rollbackTransaction();
    await next.release();
  });
});
