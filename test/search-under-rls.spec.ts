import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { withDatabase } from '../src/database/data-source-options.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import { asTenant as inTransaction, runtimeClient } from './helpers/runtime-client.js';
import { adminQuery, testServerUrl } from './helpers/server.js';
import { SEARCH_CANDIDATES } from '../src/taxonomy/dto/question.inputs.js';

/** Questions per slice of the search index (migrations/…-SearchSlices.ts). */
const SLICE = 1024;

const IMPORT = 'mutation { importPack(name: "backend-engineering") { questionsCreated } }';
const SIGNATURE =
  'ik_question_search(tsquery, uuid[], uuid, text, text, text, text, real, uuid, integer, boolean)';

/**
 * `ik_question_search` reads past row-level security as its owner so that `@@` reaches the
 * GIN index. These tests call it directly as the runtime role, with every argument it takes
 * forged, and prove it answers exactly what RLS would show the transaction's tenant.
 */
describe('question search under row-level security', () => {
  let t: TestApp;
  let a: SeededTenant;
  let b: SeededTenant;
  let runtime: Client;

  const asTenant = <T>(tenant: string | null, fn: () => Promise<T>) =>
    inTransaction(runtime, tenant, fn);

  const ids = async (sql: string, params: unknown[] = []) =>
    (await runtime.query<{ id: string }>(sql, params)).rows.map((r) => r.id).sort();

  const tenantsOf = async (questionIds: string[]) =>
    (
      await adminQuery<{ tenant_id: string }>(
        'SELECT DISTINCT tenant_id FROM questions WHERE id = ANY($1)',
        [questionIds],
        t.database,
      )
    ).map((r) => r.tenant_id);

  beforeAll(async () => {
    t = await startTestApp();
    a = await seedTenant(t, 'search-a');
    b = await seedTenant(t, 'search-b');
    // Both tenants hold the same library, so every word matches in both.
    for (const tenant of [a, b]) {
      const res = await t.gql(IMPORT, {}, tenant.tokens.ADMIN);
      expect(res.data!.importPack.questionsCreated).toBeGreaterThan(0);
    }
    runtime = await runtimeClient(t);
  });
  afterAll(async () => {
    await runtime.end();
    await t.close();
  });

  it('answers, for the tenant set, exactly the matches RLS shows it, and none of the other', async () => {
    for (const tenant of [a, b]) {
      await asTenant(tenant.id, async () => {
        const found = await ids(
          "SELECT id FROM ik_question_search(websearch_to_tsquery('english', 'index'))",
        );
        const visible = await ids(
          "SELECT id FROM questions WHERE search @@ websearch_to_tsquery('english', 'index')",
        );
        expect(found.length).toBeGreaterThan(2);
        expect(found).toEqual(visible);
        expect(await tenantsOf(found)).toEqual([tenant.id]);
      });
    }
  });

  it('answers a query of negations alone (its slices read by position) as RLS would', async () => {
    for (const tenant of [a, b]) {
      await asTenant(tenant.id, async () => {
        const found = await ids(
          "SELECT id FROM ik_question_search(websearch_to_tsquery('english', '-index'), ranked => false)",
        );
        const visible = await ids(
          "SELECT id FROM questions WHERE search @@ websearch_to_tsquery('english', '-index')",
        );
        expect(found.length).toBeGreaterThan(2);
        expect(found).toEqual(visible);
        expect(await tenantsOf(found)).toEqual([tenant.id]);
      });
    }
  });

  it('answers nothing without a tenant setting, with an empty one, and fails on a malformed one', async () => {
    const query = "SELECT id FROM ik_question_search(websearch_to_tsquery('english', 'index'))";
    expect(await asTenant(null, () => ids(query))).toEqual([]);
    expect(await asTenant('', () => ids(query))).toEqual([]);
    await expect(asTenant(`${a.id}' OR true --`, () => ids(query))).rejects.toThrow(
      /invalid input syntax for type uuid/,
    );
    // A tenant that does not exist sees nothing either.
    expect(await asTenant('00000000-0000-4000-8000-000000000000', () => ids(query))).toEqual([]);
  });

  it("returns none of tenant B's rows to tenant A whatever the arguments", async () => {
    const [bCategories, bCompetency, bQuestion] = await Promise.all([
      adminQuery<{ id: string }>(
        'SELECT id FROM categories WHERE tenant_id = $1',
        [b.id],
        t.database,
      ),
      adminQuery<{ id: string }>(
        'SELECT competency_id AS id FROM rubric_criteria WHERE tenant_id = $1 LIMIT 1',
        [b.id],
        t.database,
      ),
      adminQuery<{ id: string }>(
        'SELECT id FROM questions WHERE tenant_id = $1 ORDER BY id LIMIT 1',
        [b.id],
        t.database,
      ),
    ]);
    await asTenant(a.id, async () => {
      const q = "websearch_to_tsquery('english', 'index or database or test or service')";
      // B's own categories, competency and a keyset position on B's rows: nothing of B's.
      const forged = [
        `SELECT id FROM ik_question_search(${q}, category_ids => $1::uuid[])`,
        `SELECT id FROM ik_question_search(${q}, competency => $1::uuid)`,
        `SELECT id FROM ik_question_search(${q}, after_rank => 1e9, after_id => $1::uuid, lim => 100000)`,
        `SELECT id FROM ik_question_search(${q}, ranked => false)`,
      ];
      const args = [bCategories.map((c) => c.id), bCompetency[0].id, bQuestion[0].id, undefined];
      for (const [i, sql] of forged.entries()) {
        const found = await ids(sql, args[i] === undefined ? [] : [args[i]]);
        if (i < 2) expect(found).toEqual([]);
        else {
          expect(found.length).toBeGreaterThan(0);
          expect(await tenantsOf(found)).toEqual([a.id]);
        }
      }
      // Text that is not a query is no injection: it is parsed as words.
      const hostile = await ids(
        "SELECT id FROM ik_question_search(websearch_to_tsquery('english', $1), tag => $2)",
        ["index') OR true --", "x' OR '1'='1"],
      );
      expect(hostile).toEqual([]);
    });
  });

  it('is a hardened definer: fixed search_path, RLS off only for its owner, executable by the runtime role alone', async () => {
    const [fn] = await adminQuery<{
      definer: boolean;
      config: string[];
      ownerPasses: boolean;
      publicExecute: boolean;
      runtimeExecute: boolean;
    }>(
      `SELECT p.prosecdef AS definer, p.proconfig AS config,
              (r.rolsuper OR r.rolbypassrls) AS "ownerPasses",
              has_function_privilege('public', p.oid, 'EXECUTE') AS "publicExecute",
              has_function_privilege($1, p.oid, 'EXECUTE') AS "runtimeExecute"
         FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner
        WHERE p.oid = '${SIGNATURE}'::regprocedure`,
      [t.config.DATABASE_APP_ROLE],
      t.database,
    );
    expect(fn).toEqual({
      definer: true,
      // Matching reads the GIN index, never the whole table; no parallel workers.
      config: [
        'search_path=pg_catalog, pg_temp',
        'row_security=off',
        'enable_seqscan=off',
        'max_parallel_workers_per_gather=0',
      ],
      ownerPasses: true,
      publicExecute: false,
      runtimeExecute: true,
    });
  });

  it('serves the API: same page and totalCount for a tenant, nothing of the other', async () => {
    const search = `query($q: String!) { questions(search: $q, first: 100) { totalCount edges { rank node { id } } } }`;
    const resA = (await t.gql(search, { q: 'index' }, a.tokens.RECRUITER)).data!.questions;
    const resB = (await t.gql(search, { q: 'index' }, b.tokens.RECRUITER)).data!.questions;
    const idsA = resA.edges.map((e: { node: { id: string } }) => e.node.id);
    const idsB = resB.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(resA.totalCount).toBe(idsA.length);
    expect(idsA.length).toBe(idsB.length);
    expect(await tenantsOf(idsA)).toEqual([a.id]);
    expect(await tenantsOf(idsB)).toEqual([b.id]);
  });

  it("numbers each tenant's questions in its insertion order, every path (pack import, API) alike", async () => {
    const positions = async (tenant: string) =>
      (
        await adminQuery<{ p: string }>(
          'SELECT search_position AS p FROM questions WHERE tenant_id = $1 ORDER BY search_position',
          [tenant],
          t.database,
        )
      ).map((r) => Number(r.p));
    const [beforeA, before] = [await positions(a.id), await positions(b.id)];
    // The pack's bulk INSERT numbered each tenant from 0, one position a question.
    expect(beforeA).toEqual(beforeA.map((_, i) => i));
    expect(before).toEqual(before.map((_, i) => i));
    const [category] = await adminQuery<{ id: string }>(
      'SELECT id FROM categories WHERE tenant_id = $1 ORDER BY id LIMIT 1',
      [b.id],
      t.database,
    );
    const created: string[] = [];
    for (const prompt of ['First of two', 'Second of two']) {
      const res = await t.gql(
        `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }`,
        {
          input: {
            categoryId: category.id,
            type: 'TECHNICAL',
            seniority: ['MID'],
            tags: [],
            estimatedMinutes: 5,
            content: {
              prompt,
              purpose: 'Numbering.',
              guidance: 'None.',
              followUps: [],
              strongSignals: [],
              redFlags: [],
              answerFormat: 'DISCUSSION',
            },
          },
        },
        b.tokens.ADMIN,
      );
      created.push(res.data!.createQuestion.id);
    }
    const numbered = await adminQuery<{ id: string; p: string }>(
      'SELECT id, search_position AS p FROM questions WHERE id = ANY($1) ORDER BY search_position',
      [created],
      t.database,
    );
    expect(numbered.map((r) => [r.id, Number(r.p)])).toEqual([
      [created[0], before.length],
      [created[1], before.length + 1],
    ]);
    // The other tenant's numbering is its own.
    expect(await positions(a.id)).toEqual(beforeA);
  });

  /**
   * At a volume where an index beats reading the tenant's rows: 40 x the library in each
   * tenant, written as the owner, and made-up words spread through each tenant's copies: one
   * in 50 questions, one in 2,000; one in 60 of both tenants together; one in 16 of A's by
   * position (just over SEARCH_CANDIDATES, across slices); and one in 3 of B's, in 10 of A's.
   * auto_explain reports the plans of the statements inside the function as notices.
   */
  describe('at volume', () => {
    let owner: Client;
    const notices: string[] = [];
    const word = (n: number) => (n === 50 ? 'zymurgy' : n === 2000 ? 'frobnication' : '');
    const SPREAD = 'plughword';
    const MOSTLY_B = 'graultword';

    beforeAll(async () => {
      // Each tenant's 120 questions 40 times over, the made-up words spread through the copies.
      await adminQuery(
        `INSERT INTO questions (tenant_id, category_id, type, seniority, tags, estimated_minutes,
                                status, current_version_id, search)
         SELECT tenant_id, category_id, type, seniority, tags, estimated_minutes, status,
                current_version_id,
                search || CASE WHEN n % 12 < 5 THEN to_tsvector('english', '${word(2000)}')
                               ELSE ''::tsvector END
                       || CASE WHEN n % 96 = 0 THEN to_tsvector('english', '${word(50)}')
                               ELSE ''::tsvector END
           FROM (SELECT q.*, row_number() OVER (PARTITION BY q.tenant_id ORDER BY q.id, g) AS n
                   FROM questions q, generate_series(1, 40) g) copies;
         UPDATE questions SET search = search || to_tsvector('english', 'quuxification')
          WHERE id IN (SELECT id FROM questions ORDER BY id LIMIT 60)`,
        [],
        t.database,
      );
      await adminQuery(
        `UPDATE questions SET search = search || to_tsvector('english', '${SPREAD}')
          WHERE tenant_id = $1 AND search_position % 16 = 0`,
        [a.id],
        t.database,
      );
      await adminQuery(
        `UPDATE questions SET search = search || to_tsvector('english', '${MOSTLY_B}')
          WHERE (tenant_id = $2 AND search_position % 3 = 0)
             OR id IN (SELECT id FROM questions WHERE tenant_id = $1 ORDER BY id LIMIT 10)`,
        [a.id, b.id],
        t.database,
      );
      owner = new Client({ connectionString: withDatabase(testServerUrl(), t.database) });
      await owner.connect();
      owner.on('notice', (n) => notices.push(n.message ?? ''));
      await owner.query('VACUUM ANALYZE questions'); // also empties the GIN pending list
      await owner.query(`LOAD 'auto_explain'`);
      await owner.query(`SET auto_explain.log_min_duration = 0;
        SET auto_explain.log_nested_statements = on;
        SET auto_explain.log_analyze = on;
        SET auto_explain.log_buffers = on;
        SET auto_explain.log_timing = off;
        SET auto_explain.log_level = notice`);
      await owner.query('SET ROLE ' + t.config.DATABASE_APP_ROLE);
    });
    afterAll(async () => {
      await owner?.end();
    });

    /**
     * The plans of the statements the function runs for `term` (each reading `questions`), as
     * the runtime role in A.
     */
    const innerPlans = async (term: string, args = '') => {
      await owner.query('BEGIN');
      try {
        await owner.query("SELECT set_config('app.tenant_id', $1, true)", [a.id]);
        notices.length = 0;
        const found = await owner.query(
          `SELECT id FROM ik_question_search(websearch_to_tsquery('english', $1)${args}, lim => 21)`,
          [term],
        );
        expect(found.rowCount).toBeGreaterThan(0);
        const plans = notices.filter((n) => n.includes('FROM public.questions q'));
        expect(plans.length).toBeGreaterThan(1);
        return plans;
      } finally {
        await owner.query('ROLLBACK');
      }
    };
    /** Pages the statements touched (shared hit + read), from each one's top node. */
    const buffers = (plans: string[]) =>
      plans
        .map((plan) => {
          const m = /Buffers: shared hit=(\d+)(?: read=(\d+))?/.exec(plan);
          expect(m).not.toBeNull();
          return Number(m![1]) + Number(m![2] ?? 0);
        })
        .reduce((x, y) => x + y, 0);
    /** The plans that match (the others find the tenant's newest position). */
    const matching = (plans: string[]) => plans.filter((plan) => plan.includes('search @@'));

    it('plans the match as a GIN index condition on (slice key, search), run by the runtime role', async () => {
      const [role] = (
        await owner.query<{ user: string; passes: boolean }>(
          `SELECT current_user AS user, (SELECT rolsuper OR rolbypassrls FROM pg_roles
             WHERE rolname = current_user) AS passes`,
        )
      ).rows;
      expect(role).toEqual({ user: t.config.DATABASE_APP_ROLE, passes: false });
      // For contrast, the plain statement under RLS: `@@` stays out of the index condition.
      await owner.query('BEGIN');
      await owner.query("SELECT set_config('app.tenant_id', $1, true)", [a.id]);
      notices.length = 0;
      await owner.query(
        "SELECT id FROM questions WHERE search @@ websearch_to_tsquery('english', 'quuxification')",
      );
      expect(notices.join('\n')).not.toMatch(/Index Cond: .*search @@/);
      await owner.query('ROLLBACK');
      for (const term of ['quuxification', 'zymurgy', 'frobnication', 'index']) {
        const plans = await innerPlans(term);
        expect(matching(plans).length).toBeGreaterThan(0);
        for (const inner of matching(plans)) {
          expect(inner).toMatch(/Bitmap Index Scan on questions_search_idx/);
          expect(inner).toMatch(
            /Index Cond: \(\(\(\(\(tenant_id\)::text \|\| '\/'::text\) \|\| \(\(search_position \/ \d+\)\)::text\) = ANY \(.*\)\) AND \(search @@ /,
          );
        }
        for (const inner of plans) expect(inner).not.toMatch(/Seq Scan|Parallel/);
      }
    });

    it('reads about as many pages for a word in 2,000 questions as for one in 50', async () => {
      const few = buffers(await innerPlans(word(50)));
      const many = buffers(await innerPlans(word(2000)));
      // Ranking all 2,000 would read every page that holds one (about 730 here); the newest
      // slice holds more than 300 of them, in about 130.
      const [{ pages }] = await adminQuery<{ pages: number }>(
        `SELECT count(DISTINCT (ctid::text::point)[0])::int AS pages FROM questions
          WHERE tenant_id = $1 AND search @@ to_tsquery('english', 'frobnication')`,
        [a.id],
        t.database,
      );
      expect(many).toBeLessThan(3 * few);
      expect(many).toBeLessThan(pages / 2);
    });

    it(`pages through exactly the ${SEARCH_CANDIDATES} newest matches, best first, each once`, async () => {
      const query = `query($q: String!, $after: String) {
        questions(search: $q, first: 100, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
      const served: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let i = 0; i < 10; i += 1) {
        const res = await t.gql(query, { q: word(2000), after }, a.tokens.RECRUITER);
        const page = res.data!.questions as {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string } }[];
        };
        total = page.totalCount;
        served.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      // What the function is documented to rank, computed here as the owner.
      const expected = await adminQuery<{ id: string }>(
        `SELECT c.id FROM (SELECT id, search FROM questions
                            WHERE tenant_id = $1 AND search @@ to_tsquery('english', $2)
                            ORDER BY search_position DESC, id DESC
                            LIMIT ${SEARCH_CANDIDATES}) c
          ORDER BY ts_rank_cd(c.search, to_tsquery('english', $2), 1) DESC, c.id`,
        [a.id, word(2000)],
        t.database,
      );
      expect(total).toBe(2000);
      expect(expected).toHaveLength(SEARCH_CANDIDATES);
      expect(served).toEqual(expected.map((r) => r.id));
      expect(new Set(served).size).toBe(SEARCH_CANDIDATES);
      expect(await tenantsOf(served)).toEqual([a.id]);
    });

    it(`ranks the ${SEARCH_CANDIDATES} newest of more matches across slices, not the oldest`, async () => {
      const query = `query($q: String!, $after: String) {
        questions(search: $q, first: 100, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
      const served: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i += 1) {
        const res = await t.gql(query, { q: SPREAD, after }, a.tokens.RECRUITER);
        const page = res.data!.questions as {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string } }[];
        };
        served.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      const all = await adminQuery<{ id: string; slice: number }>(
        `SELECT id, (search_position / ${SLICE})::int AS slice FROM questions
          WHERE tenant_id = $1 AND search @@ to_tsquery('english', $2)
          ORDER BY search_position DESC, id DESC`,
        [a.id, SPREAD],
        t.database,
      );
      const newest = all.slice(0, SEARCH_CANDIDATES);
      expect(all.length).toBeGreaterThan(SEARCH_CANDIDATES);
      expect(new Set(newest.map((r) => r.slice)).size).toBeGreaterThan(1);
      expect([...served].sort()).toEqual(newest.map((r) => r.id).sort());
      expect(served).toHaveLength(SEARCH_CANDIDATES);
    });

    it("reads none of the other tenant's rows, however many of them match", async () => {
      const plans = await innerPlans(MOSTLY_B);
      const heapBlocks = matching(plans)
        .map((plan) => Number(/Heap Blocks: exact=(\d+)/.exec(plan)?.[1] ?? 0))
        .reduce((x, y) => x + y, 0);
      const [own] = await adminQuery<{ pages: number; b: number }>(
        `SELECT count(DISTINCT (search_position / ${SLICE}, (ctid::text::point)[0]))
                  FILTER (WHERE tenant_id = $1)::int AS pages,
                count(*) FILTER (WHERE tenant_id = $2)::int AS b
           FROM questions WHERE search @@ to_tsquery('english', $3)`,
        [a.id, b.id, MOSTLY_B],
        t.database,
      );
      expect(own.b).toBeGreaterThan(1000);
      // At most the pages of A's own ten matches, once a slice; none of B's 1,600.
      expect(heapBlocks).toBeGreaterThan(0);
      expect(heapBlocks).toBeLessThanOrEqual(own.pages);
      expect(plans.join('\n')).not.toMatch(/Rows Removed by (Index Recheck|Filter): [1-9]/);
    });
  });
});
