import { afterAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { ConfigError } from '../src/config/config.js';
import { startTestApp } from './helpers/app.js';
import { adminQuery } from './helpers/server.js';

const DEFINERS = ['ik_question_search', 'ik_erase_scorecard_text'];

/**
 * The definer functions read past row-level security only if their owner may: owned by a
 * plain role they would answer nothing, silently. The service refuses to start then.
 */
describe('start-up check of the SECURITY DEFINER functions', () => {
  const role = `ik_plain_owner_${randomBytes(4).toString('hex')}`;
  const databases: string[] = [];

  /** Hands both definer functions of `database` to `role`. */
  const handToPlainRole = async (database: string) => {
    databases.push(database);
    await adminQuery(
      `DO $$ DECLARE f regprocedure; BEGIN
         FOR f IN SELECT oid::regprocedure FROM pg_proc WHERE proname IN ('${DEFINERS.join("','")}')
         LOOP EXECUTE format('ALTER FUNCTION %s OWNER TO ${role}', f); END LOOP;
       END $$`,
      [],
      database,
    );
  };

  afterAll(async () => {
    // The role owns objects in the databases the failed starts dropped; none is left.
    await adminQuery(`DROP ROLE IF EXISTS ${role}`);
  });

  it('refuses to start, naming both functions and the fix, when their owner is subject to RLS', async () => {
    await adminQuery(`CREATE ROLE ${role} NOLOGIN NOSUPERUSER NOBYPASSRLS`);
    const started = startTestApp({}, handToPlainRole);
    await expect(started).rejects.toBeInstanceOf(ConfigError);
    const message = await started.catch((error: Error) => error.message);
    for (const fn of DEFINERS) expect(message).toContain(fn);
    expect(message).toContain(`"${role}"`);
    expect(message).toMatch(/neither superuser nor BYPASSRLS/);
    expect(message).toMatch(/ALTER ROLE … BYPASSRLS/);
    // Nothing left behind: the failed start dropped its database.
    const left = await adminQuery(`SELECT 1 FROM pg_database WHERE datname = $1`, [databases[0]]);
    expect(left).toEqual([]);
  });

  it('starts, and search finds rows, once that owner has BYPASSRLS', async () => {
    await adminQuery(`ALTER ROLE ${role} BYPASSRLS`);
    const t = await startTestApp({}, handToPlainRole);
    try {
      const [fn] = await adminQuery<{ owner: string }>(
        `SELECT r.rolname AS owner FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner
          WHERE p.proname = 'ik_question_search'`,
        [],
        t.database,
      );
      expect(fn.owner).toBe(role);
      const health = await t.http().get('/health/ready');
      expect(health.status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
