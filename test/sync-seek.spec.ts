import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Client } from 'pg';
import { startTestApp, type TestApp } from './helpers/app.js';
import { HOUR, fromNow } from './helpers/clock.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import {
  createCandidate,
  fillAndSubmit,
  importLibrary,
  ok,
  publishedLoop,
  scheduleInterview,
} from './helpers/interviews.js';
import { asTenant, runtimeClient } from './helpers/runtime-client.js';
import { adminQuery } from './helpers/server.js';
import { syncFeedsCaughtUp } from './helpers/wait.js';

/** Rows of history per tenant and table: enough for an index to beat reading the table. */
const HISTORY = 3000;

/** Each feed: its query, the table it reads and the index that must bound it. */
const FEEDS = [
  {
    name: 'candidates',
    query: `query($since: DateTime!, $after: String) { candidates(first: 20, updatedSince: $since, after: $after) { pageInfo { endCursor } edges { node { id } } } }`,
    table: 'candidates',
    index: 'candidates_tenant_updated_change_idx',
    bound: 'updated_at',
  },
  {
    name: 'interviews',
    query: `query($since: DateTime!, $after: String) { interviews(first: 20, updatedSince: $since, after: $after) { pageInfo { endCursor } edges { node { id } } } }`,
    table: 'interviews',
    index: 'interviews_tenant_updated_change_idx',
    bound: 'updated_at',
  },
  {
    name: 'scorecards',
    query: `query($since: DateTime!, $after: String) { scorecards(first: 20, updatedSince: $since, after: $after) { pageInfo { endCursor } edges { node { id amendedAfterReveal ratings { score } } } } }`,
    table: 'scorecards',
    index: 'scorecards_tenant_updated_idx',
    bound: 'updated_at',
  },
  {
    name: 'syncTombstones',
    query: `query($since: DateTime!, $after: String) { syncTombstones(first: 20, updatedSince: $since, after: $after) { pageInfo { endCursor } edges { node { entityId } } } }`,
    table: 'sync_tombstones',
    index: 'sync_tombstones_occurred_change_idx',
    bound: 'occurred_at',
  },
];

/**
 * The sync feeds seek: with a long history in two tenants, a page written since an hour ago
 * reads the `(tenant_id, updated_at, change_seq)` index with the time bound in the index
 * condition, never scanning the table, as the runtime role with row-level security on. The
 * statements checked are the ones the service sends (recorded), not copies.
 */
describe('sync feeds seek by the time bound under row-level security', () => {
  let t: TestApp;
  let a: SeededTenant;
  let runtime: Client;

  beforeAll(async () => {
    t = await startTestApp();
    const tenants: SeededTenant[] = [];
    for (const slug of ['seek-a', 'seek-b']) {
      const tenant = await seedTenant(t, slug);
      await importLibrary(t, tenant.tokens.ADMIN);
      const sheet = await publishedLoop(t, tenant.tokens.RECRUITER, { name: 'Seek loop' });
      const candidateId = await createCandidate(t, tenant.tokens.RECRUITER, 'Ada Seek');
      const interviewId = await scheduleInterview(t, tenant.tokens.RECRUITER, {
        candidateId,
        stageId: sheet.stageId,
        interviewerIds: [tenant.userIds.INTERVIEWER],
      });
      await fillAndSubmit(t, tenant.tokens.INTERVIEWER, interviewId, sheet, {
        score: () => 3,
        recommendation: 'YES',
      });
      await t.gql(
        `mutation($id: ID!) { anonymizeCandidate(id: $id) { id } }`,
        { id: await createCandidate(t, tenant.tokens.RECRUITER, 'Gone Soon') },
        tenant.tokens.ADMIN,
      );
      tenants.push(tenant);
      // History: copies of this tenant's rows, last written one to HISTORY hours ago.
      await adminQuery(
        `WITH g AS (SELECT gen_random_uuid() AS interview, gen_random_uuid() AS candidate,
                           now() - n * interval '1 hour' AS at FROM generate_series(1, ${HISTORY}) n),
              c AS (INSERT INTO candidates SELECT (jsonb_populate_record(NULL::candidates,
                      to_jsonb(x) || jsonb_build_object('id', g.candidate, 'updated_at', g.at,
                                                        'ats_external_id', NULL))).*
                      FROM candidates x, g WHERE x.id = $1),
              i AS (INSERT INTO interviews SELECT (jsonb_populate_record(NULL::interviews,
                      to_jsonb(x) || jsonb_build_object('id', g.interview, 'candidate_id', g.candidate,
                                                        'updated_at', g.at, 'ats_external_id', NULL))).*
                      FROM interviews x, g WHERE x.id = $2),
              s AS (INSERT INTO sync_tombstones (tenant_id, entity, entity_id, kind, occurred_at)
                    SELECT $3, 'candidate', g.candidate, 'DELETED', g.at FROM g)
         INSERT INTO scorecards SELECT (jsonb_populate_record(NULL::scorecards,
                  to_jsonb(x) || jsonb_build_object('id', gen_random_uuid(), 'interview_id', g.interview,
                                                    'candidate_id', g.candidate, 'updated_at', g.at))).*
           FROM scorecards x, g WHERE x.interview_id = $2`,
        [candidateId, interviewId, tenant.id],
        t.database,
      );
    }
    a = tenants[0];
    // The history was written after the recent rows; a row's place in the feed is its last
    // write, so the recent rows are written again (the trigger moves them forward).
    await adminQuery(
      `UPDATE candidates SET tenant_id = tenant_id WHERE updated_at > now() - interval '30 minutes';
       UPDATE interviews SET tenant_id = tenant_id WHERE updated_at > now() - interval '30 minutes';
       UPDATE scorecards SET tenant_id = tenant_id WHERE updated_at > now() - interval '30 minutes';
       INSERT INTO sync_tombstones (tenant_id, entity, entity_id, kind)
         SELECT tenant_id, entity, entity_id, kind FROM sync_tombstones
          WHERE occurred_at > now() - interval '30 minutes';
       DELETE FROM sync_tombstones t USING sync_tombstones u
        WHERE t.tenant_id = u.tenant_id AND t.entity_id = u.entity_id AND t.change_seq < u.change_seq;
       ANALYZE candidates; ANALYZE interviews; ANALYZE scorecards; ANALYZE sync_tombstones;`,
      [],
      t.database,
    );
    runtime = await runtimeClient(t);
    await syncFeedsCaughtUp(t.database);
  });
  afterAll(async () => {
    await runtime?.end();
    await t.close();
  });

  interface PlanNode {
    'Node Type': string;
    'Relation Name'?: string;
    'Index Name'?: string;
    'Index Cond'?: string;
    'Rows Removed by Filter'?: number;
    Plans?: PlanNode[];
  }
  const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];

  /** The nodes of a statement's executed plan, run as the runtime role in tenant A. */
  const explain = (statement: { query: string; parameters?: unknown[] }) =>
    asTenant(runtime, a.id, async () => {
      const { rows } = await runtime.query(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.query}`,
        statement.parameters,
      );
      return flatten(rows[0]['QUERY PLAN'][0].Plan as PlanNode);
    });

  it('runs as the runtime role, which row-level security applies to', async () => {
    const [role] = (
      await runtime.query(
        `SELECT rolsuper OR rolbypassrls AS passes FROM pg_roles WHERE rolname = current_user`,
      )
    ).rows;
    expect(role).toEqual({ passes: false });
  });

  for (const feed of FEEDS) {
    it(`${feed.name}: the first page and the next seek by the time bound, no table scan`, async () => {
      const since = fromNow(-HOUR);
      const recorded: { query: string; parameters?: unknown[] }[] = [];
      t.statements.recording = recorded;
      const page = ok(await t.gql(feed.query, { since }, a.tokens.ADMIN))[feed.name];
      ok(await t.gql(feed.query, { since, after: page.pageInfo.endCursor }, a.tokens.ADMIN));
      t.statements.recording = undefined;
      // The page statements: those that read the feed's table in change order.
      const sent = recorded.filter((s) =>
        new RegExp(`FROM ${feed.table} \\w+[\\s\\S]*ORDER BY \\w+\\.change_seq`).test(s.query),
      );
      // Only the recent rows, none of the history, none of the other tenant.
      expect(page.edges.length).toBeGreaterThan(0);
      expect(page.edges.length).toBeLessThan(5);
      expect(sent).toHaveLength(2);
      const first = await explain(sent[0]);
      const next = await explain(sent[1]);
      // The first page: the time bound is an index condition on the feed's table.
      expect(
        first.some(
          (n) =>
            n['Index Name'] === feed.index &&
            new RegExp(`\\(${feed.bound} >= `).test(n['Index Cond'] ?? ''),
        ),
      ).toBe(true);
      // Every page: no scan of the table, and (where the cursor leads the seek) nothing read
      // only to be thrown away, whatever the history.
      for (const plan of [first, next]) {
        const scans = plan.filter((n) => n['Relation Name'] === feed.table);
        expect(scans.length).toBeGreaterThan(0);
        for (const scan of scans) {
          expect(scan['Node Type']).not.toBe('Seq Scan');
          expect(scan['Rows Removed by Filter'] ?? 0).toBeLessThan(10);
        }
      }
    });
  }
});
