import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { TENANT_TABLES } from '../src/database/entities.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import {
  createCandidate,
  fillAndSubmit,
  publishedLoop,
  scheduleInterview,
} from './helpers/interviews.js';
import { asTenant, runtimeClient } from './helpers/runtime-client.js';
import { adminQuery } from './helpers/server.js';

describe('row-level security below the application', () => {
  let t: TestApp;
  let a: SeededTenant;
  let b: SeededTenant;
  let runtime: Client;

  beforeAll(async () => {
    t = await startTestApp({ DATABASE_POOL_SIZE: '1' });
    a = await seedTenant(t, 'rls-a');
    b = await seedTenant(t, 'rls-b');
    // Rows in every tenant table: the question library.
    const imported = await t.gql(
      'mutation { importPack(name: "backend-engineering") { questionsCreated } }',
      {},
      a.tokens.ADMIN,
    );
    expect(imported.data!.importPack.questionsCreated).toBeGreaterThan(0);
    const manager = await t.gql('{ me { user { id } } }', {}, a.tokens.HIRING_MANAGER);
    const loop = await t.gql(
      `mutation($hm: ID!) { createLoop(input: { name: "L", roleTitle: "R", hiringManagerIds: [$hm] }) { id } }`,
      { hm: manager.data!.me.user.id },
      a.tokens.RECRUITER,
    );
    const stage = await t.gql(
      `mutation($l: ID!) { addStage(input: { loopId: $l, name: "S", kind: CODING, durationMinutes: 30 }) { id } }`,
      { l: loop.data!.createLoop.id },
      a.tokens.RECRUITER,
    );
    const question = await t.gql(
      '{ questions(first: 1) { edges { node { id } } } }',
      {},
      a.tokens.RECRUITER,
    );
    const pinned = await t.gql(
      `mutation($s: ID!, $q: ID!) { addStageQuestion(input: { stageId: $s, questionId: $q, timeBudgetMinutes: 10 }) { id } }`,
      { s: stage.data!.addStage.id, q: question.data!.questions.edges[0].node.id },
      a.tokens.RECRUITER,
    );
    expect(pinned.data!.addStageQuestion.id).toEqual(expect.any(String));
    // Settings, a candidate, an interview and a submitted scorecard with all its parts.
    await t.gql(
      'mutation { updateTenantSettings(input: { feedbackVisibility: ALWAYS }) { feedbackVisibility } }',
      {},
      a.tokens.ADMIN,
    );
    const sheet = await publishedLoop(t, a.tokens.RECRUITER, { name: 'Published' });
    const candidateId = await createCandidate(t, a.tokens.RECRUITER, 'Row Level');
    const interviewId = await scheduleInterview(t, a.tokens.RECRUITER, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [a.userIds.INTERVIEWER],
    });
    // An API key (its creation is audited, so audit_events has rows too).
    await t.gql(
      'mutation { createApiKey(input: { name: "k", scopes: [LOOPS_READ] }) { secret } }',
      {},
      a.tokens.ADMIN,
    );
    // Rows the API does not write in this flow, written as the owner.
    await adminQuery(
      `INSERT INTO idempotency_keys (tenant_id, actor_id, key, request_hash) VALUES ($1, $1, 'k', '\\x00');
       INSERT INTO webhook_endpoints (tenant_id, url, events, secret_ciphertext)
         VALUES ($1, 'https://example.com/hook', '{loop.published}', '\\x00');
       INSERT INTO webhook_events (tenant_id, type, payload) VALUES ($1, 'loop.published', '{}');
       INSERT INTO webhook_deliveries (tenant_id, event_id, endpoint_id)
         SELECT $1, (SELECT id FROM webhook_events LIMIT 1), (SELECT id FROM webhook_endpoints LIMIT 1);
       INSERT INTO sync_tombstones (tenant_id, entity, entity_id, kind) VALUES ($1, 'candidate', $1, 'DELETED');
       INSERT INTO mail_messages (tenant_id, kind, to_address) VALUES ($1, 'test', 'rls@example.com');
       INSERT INTO scorecard_notices (tenant_id, scorecard_id, kind)
         SELECT tenant_id, id, 'test' FROM scorecards WHERE tenant_id = $1 LIMIT 1;
       INSERT INTO notification_preferences (tenant_id, user_id)
         SELECT tenant_id, user_id FROM memberships WHERE tenant_id = $1 LIMIT 1;`.replaceAll(
        '$1',
        `'${a.id}'`,
      ),
      [],
      t.database,
    );
    await fillAndSubmit(t, a.tokens.INTERVIEWER, interviewId, sheet, {
      score: () => 3,
      recommendation: 'YES',
      competencyRatings: [{ competencyId: sheet.focusCompetencyIds[0], score: 3 }],
    });
    runtime = await runtimeClient(t);
  });
  afterAll(async () => {
    await runtime.end();
    await t.close();
  });

  it('runs as a role that is not superuser, not BYPASSRLS and owns no table', async () => {
    const [role] = (
      await runtime.query(
        `SELECT rolsuper, rolbypassrls, (SELECT count(*)::int FROM pg_tables
           WHERE schemaname = 'public' AND tableowner = current_user) AS owned
           FROM pg_roles WHERE rolname = current_user`,
      )
    ).rows;
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
  });

  it('has ENABLE and FORCE row level security and a policy on every table with tenant_id', async () => {
    const rows = await adminQuery<{
      table: string;
      rls: boolean;
      forced: boolean;
      policies: number;
    }>(
      `SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
              (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id')
        ORDER BY 1`,
      [],
      t.database,
    );
    expect(rows.map((r) => r.table)).toEqual([...TENANT_TABLES].sort());
    for (const row of rows) {
      // api_keys has a second, read-only policy: the row of one prefix, for key sign-in.
      const policies = row.table === 'api_keys' ? 2 : 1;
      expect(row).toMatchObject({ rls: true, forced: true, policies });
    }
  });

  it('puts tenant_id first in the primary key and in every foreign key inside the tenant', async () => {
    const keys = await adminQuery<{
      table: string;
      type: string;
      first: string;
      target: string | null;
    }>(
      `SELECT c.conrelid::regclass::text AS table, c.contype AS type,
              (SELECT attname FROM pg_attribute WHERE attrelid = c.conrelid AND attnum = c.conkey[1]) AS first,
              c.confrelid::regclass::text AS target
         FROM pg_constraint c
        WHERE c.contype IN ('p', 'f') AND c.conrelid::regclass::text = ANY($1)`,
      [TENANT_TABLES],
      t.database,
    );
    const inTenant = keys.filter((k) => k.type === 'p' || TENANT_TABLES.includes(k.target ?? ''));
    expect(inTenant.length).toBeGreaterThanOrEqual(TENANT_TABLES.length + 2);
    for (const key of inTenant) expect(key.first).toBe('tenant_id');
  });

  it('shows nothing and accepts no insert while app.tenant_id is unset', async () => {
    for (const table of TENANT_TABLES) {
      const owner = await adminQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${table}`,
        [],
        t.database,
      );
      expect(owner[0].n).toBeGreaterThan(0);
      const seen = await runtime.query(`SELECT count(*)::int AS n FROM ${table}`);
      expect(seen.rows[0].n).toBe(0);
    }
    const userId = (
      await adminQuery<{ id: string }>('SELECT id FROM users LIMIT 1', [], t.database)
    )[0].id;
    await expect(
      runtime.query(`INSERT INTO memberships (tenant_id, user_id, role) VALUES ($1, $2, 'ADMIN')`, [
        a.id,
        userId,
      ]),
    ).rejects.toThrow(/row-level security/);
  });

  it("with tenant A set, sees only A's rows and cannot move a row to tenant B", async () => {
    await asTenant(runtime, a.id, async () => {
      for (const table of TENANT_TABLES) {
        const seen = await runtime.query(`SELECT DISTINCT tenant_id FROM ${table}`);
        expect(seen.rows).toEqual([{ tenant_id: a.id }]);
      }
      await expect(
        runtime.query('UPDATE memberships SET tenant_id = $1 WHERE tenant_id = $2', [b.id, a.id]),
      ).rejects.toThrow(/row-level security/);
    });
    const stillA = await adminQuery<{ n: number }>(
      'SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1',
      [a.id],
      t.database,
    );
    expect(stillA[0].n).toBe(4);
  });

  it('gives the runtime role no temporary tables (nothing can shadow a table for a definer function)', async () => {
    await expect(runtime.query('CREATE TEMP TABLE shadow (id int)')).rejects.toThrow(
      /permission denied/,
    );
  });

  it('opens one API key row, read-only, to a sign-in that names its prefix', async () => {
    const [key] = await adminQuery<{ prefix: string }>(
      `SELECT prefix FROM api_keys WHERE tenant_id = $1`,
      [a.id],
      t.database,
    );
    await asTenant(runtime, null, async () => {
      await runtime.query(`SELECT set_config('app.api_key_prefix', $1, true)`, [key.prefix]);
      const seen = await runtime.query('SELECT prefix FROM api_keys');
      expect(seen.rows).toEqual([{ prefix: key.prefix }]);
      const updated = await runtime.query(`UPDATE api_keys SET name = 'x'`);
      expect(updated.rowCount).toBe(0);
      expect((await runtime.query('SELECT count(*)::int AS n FROM memberships')).rows[0].n).toBe(0);
    });
  });

  it('does not leak the tenant through a pooled connection (pool size 1)', async () => {
    const res = await t.gql(`{ members(first: 5) { totalCount } }`, {}, a.tokens.ADMIN);
    expect(res.data!.members.totalCount).toBe(4);
    // The app's only pooled connection, right after serving tenant A:
    const source = t.app.get(DataSource);
    const [row] = await source.query(
      `SELECT (SELECT count(*)::int FROM memberships) AS n,
              coalesce(current_setting('app.tenant_id', true), '') AS tenant`,
    );
    expect(row).toEqual({ n: 0, tenant: '' });
  });
});
