import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../migrations/index.js';
import { Integration1795435799865 } from '../migrations/1795435799865-Integration.js';
import { dataSourceOptions, withDatabase } from '../src/database/data-source-options.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { DAY, HOUR, fromNow } from './helpers/clock.js';
import { seedTenant, signIn } from './helpers/fixtures.js';
import { ok } from './helpers/interviews.js';
import { adminQuery, testServerUrl } from './helpers/server.js';
import { syncFeedsCaughtUp } from './helpers/wait.js';

/** Candidates written before the sync feeds existed, over the last day. */
const OLD_ROWS = 25;

const FEED = `query($since: DateTime!, $after: String) {
  candidates(first: 4, updatedSince: $since, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { id } } } }`;

/**
 * Rows that were in the database before the migration that added `change_seq`: the migration
 * gave every one of them the same value (its own transaction's id), so the feed can only tell
 * them apart by id. Written here on a database taken back to the migration before, then
 * migrated by the service's own start, and read through the feed in small pages.
 */
describe('sync feed over rows the change-sequence migration backfilled', () => {
  let t: TestApp;
  let token: string;
  const oldIds: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({}, async (database) => {
      const source = new DataSource(
        dataSourceOptions(withDatabase(testServerUrl(), database), { poolSize: 1 }),
      );
      await source.initialize();
      try {
        const from = MIGRATIONS.indexOf(Integration1795435799865);
        expect(from).toBeGreaterThan(0);
        for (let i = from; i < MIGRATIONS.length; i += 1) {
          await source.undoLastMigration({ transaction: 'each' });
        }
        const [{ n }] = await source.query(
          `SELECT count(*)::int AS n FROM information_schema.columns WHERE column_name = 'change_seq'`,
        );
        expect(n).toBe(0);
      } finally {
        await source.destroy();
      }
      const rows = await adminQuery<{ id: string }>(
        `WITH t AS (INSERT INTO tenants (slug, name) VALUES ('backfill', 'Backfill') RETURNING id)
         INSERT INTO candidates (tenant_id, name, created_at, updated_at)
         SELECT t.id, 'Before ' || n, $1::timestamptz - n * interval '30 minutes',
                $1::timestamptz - n * interval '30 minutes'
           FROM t, generate_series(1, ${OLD_ROWS}) n RETURNING id`,
        [fromNow(0)],
        database,
      );
      oldIds.push(...rows.map((r) => r.id));
    });
    // A member of the old tenant: a user made by the usual seed, given a membership there.
    const other = await seedTenant(t, 'backfill-seed');
    await adminQuery(
      `INSERT INTO memberships (tenant_id, user_id, role)
       SELECT id, $1, 'ADMIN' FROM tenants WHERE slug = 'backfill'`,
      [other.userIds.ADMIN],
      t.database,
    );
    token = await signIn(t, other.emails.ADMIN, 'backfill');
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Every id the feed serves from `since`, page by page, from the start or `after`. */
  const readFeed = async (since: string, after: string | null = null) => {
    const ids: string[] = [];
    let cursor = after;
    for (let pages = 0; pages < 50; pages += 1) {
      const page = ok(await t.gql(FEED, { since, after: cursor }, token)).candidates;
      ids.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      cursor = page.pageInfo.endCursor ?? cursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    return { ids, cursor };
  };

  it('the migration gave every old row one change_seq: the rows are ties the cursor must split', async () => {
    const [row] = await adminQuery<{ rows: number; values: number }>(
      `SELECT count(*)::int AS rows, count(DISTINCT change_seq)::int AS values FROM candidates
        WHERE id = ANY($1)`,
      [oldIds],
      t.database,
    );
    expect(row).toEqual({ rows: OLD_ROWS, values: 1 });
  });

  it('serves every old row exactly once across pages of four, then only what changes after', async () => {
    const since = fromNow(-DAY);
    await syncFeedsCaughtUp(t.database);
    const first = await readFeed(since);
    expect(first.ids).toHaveLength(OLD_ROWS);
    expect([...first.ids].sort()).toEqual([...oldIds].sort());
    // A row written since then moves forward in the feed: served once more, from the cursor.
    const edited = oldIds[7];
    ok(
      await t.gql(
        `mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { id } }`,
        { input: { id: edited, name: 'After' } },
        token,
      ),
    );
    await syncFeedsCaughtUp(t.database);
    expect((await readFeed(since, first.cursor)).ids).toEqual([edited]);
    // From the start: each row once, the edited one last.
    const again = await readFeed(since);
    expect(new Set(again.ids).size).toBe(OLD_ROWS);
    expect(again.ids.at(-1)).toBe(edited);
    // Rows written before the window are left out even though they share one change_seq.
    const recent = await readFeed(fromNow(-2 * HOUR));
    expect(recent.ids).toHaveLength(4); // 30, 60 and 90 minutes ago, and the edited one
  });
});
