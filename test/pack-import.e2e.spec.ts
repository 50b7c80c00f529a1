import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Database } from '../src/database/database.service.js';
import { loadPack } from '../src/taxonomy/pack/pack-loader.js';
import { PACKS_ROOT } from '../src/taxonomy/pack/pack-schema.js';
import { PackImportService } from '../src/taxonomy/pack/pack-import.service.js';
import { codeOf, startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import { adminQuery, tempDir } from './helpers/server.js';

/** Questions per slice of the search index (migrations/…-SearchSlices.ts). */
const SLICE = 1024;

const IMPORT = `mutation { importPack(name: "backend-engineering") {
  pack version categoriesCreated competenciesCreated questionsCreated questionsUpdated questionsUnchanged diverged } }`;
const SEARCH = `query($q: String!, $first: Int!) { questions(search: $q, first: $first) {
  totalCount edges { highlight rank node { id tags category { slug } currentVersion { prompt } } } } }`;
const NESTED = `query($first: Int!) { questions(first: $first) { edges { node {
  currentVersion { rubric { criteria { anchors { level label text } competency { key } } } } } } } }`;

describe('the built-in pack, search and query cost', () => {
  let t: TestApp;
  let a: SeededTenant;
  let b: SeededTenant;
  let firstImport: Record<string, any>;

  beforeAll(async () => {
    t = await startTestApp();
    a = await seedTenant(t, 'pack-a');
    b = await seedTenant(t, 'pack-b');
    firstImport = (await t.gql(IMPORT, {}, a.tokens.ADMIN)).data!.importPack;
  });
  afterAll(() => t.close());

  it('imports the whole library once; a second import changes nothing', async () => {
    const pack = loadPack('backend-engineering');
    expect(firstImport).toMatchObject({
      pack: 'backend-engineering',
      version: pack.manifest.version,
      categoriesCreated: pack.manifest.categories.length,
      competenciesCreated: pack.manifest.competencies.length,
      questionsCreated: pack.questions.length,
      questionsUpdated: 0,
      diverged: [],
    });
    const again = (await t.gql(IMPORT, {}, a.tokens.ADMIN)).data!.importPack;
    expect(again).toMatchObject({
      categoriesCreated: 0,
      competenciesCreated: 0,
      questionsCreated: 0,
      questionsUpdated: 0,
      questionsUnchanged: pack.questions.length,
    });
    const active = await t.gql(
      `{ questions(first: 1, status: ACTIVE) { totalCount } }`,
      {},
      a.tokens.INTERVIEWER,
    );
    expect(active.data!.questions.totalCount).toBe(pack.questions.length);
    expect(
      codeOf(await t.gql(`mutation { importPack(name: "nope") { pack } }`, {}, a.tokens.ADMIN)),
    ).toBe('BAD_USER_INPUT');
  });

  it('ranks the database-indexing questions first when searching "index", with highlights', async () => {
    const res = await t.gql(SEARCH, { q: 'index', first: 5 }, a.tokens.RECRUITER);
    const edges = res.data!.questions.edges;
    expect(edges.length).toBeGreaterThan(2);
    for (const edge of edges.slice(0, 2)) {
      expect(edge.node.category.slug).toBe('databases');
      expect(edge.node.tags.join(' ')).toMatch(/index/);
    }
    const ranks = edges.map((e: { rank: number }) => e.rank);
    expect([...ranks].sort((x, y) => y - x)).toEqual(ranks);
    expect(edges[0].highlight).toMatch(/<mark>[Ii]ndex\w*<\/mark>/);
  });

  it("never finds another tenant's words, and plans the search on the tenant-leading index", async () => {
    const category = await t.gql(
      `mutation { createCategory(input: { name: "Secret" }) { id } }`,
      {},
      b.tokens.RECRUITER,
    );
    await t.gql(
      `mutation($c: ID!) { createQuestion(input: { categoryId: $c, type: TECHNICAL, seniority: [MID], estimatedMinutes: 5,
        content: { prompt: "Explain the quuxification protocol", purpose: "Internal only" } }) { id } }`,
      { c: category.data!.createCategory.id },
      b.tokens.RECRUITER,
    );
    expect(
      (await t.gql(SEARCH, { q: 'quuxification', first: 5 }, b.tokens.RECRUITER)).data!.questions
        .totalCount,
    ).toBe(1);
    expect(
      (await t.gql(SEARCH, { q: 'quuxification', first: 5 }, a.tokens.RECRUITER)).data!.questions
        .totalCount,
    ).toBe(0);
    const plan = await adminQuery<{ 'QUERY PLAN': string }>(
      `ANALYZE questions; SET enable_seqscan = off; EXPLAIN SELECT id FROM questions q
        WHERE (q.tenant_id::text || '/' || (q.search_position / ${SLICE})::text) = '${a.id}/0'
          AND q.search @@ websearch_to_tsquery('english', 'index')`,
      [],
      t.database,
    );
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).not.toMatch(/Seq Scan/);
    // The index leads with the tenant's slice (migrations/…-SearchSlices.ts) and matches too.
    expect(text).toMatch(/Index Cond: \(+\(+tenant_id\)::text .*AND \(search @@ /);
    const [index] = await adminQuery<{ def: string }>(
      `SELECT indexdef AS def FROM pg_indexes WHERE indexname = 'questions_search_idx'`,
      [],
      t.database,
    );
    expect(index.def).toContain(
      `USING gin (((((tenant_id)::text || '/'::text) || ((search_position / ${SLICE}))::text)), search)`,
    );
  });

  it('pages search results without repeats or gaps', async () => {
    const all = (await t.gql(SEARCH, { q: 'database', first: 100 }, a.tokens.RECRUITER)).data!
      .questions;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await t.gql(
        `query($after: String) { questions(search: "database", first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after },
        a.tokens.RECRUITER,
      );
      seen.push(...res.data.questions.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!res.data.questions.pageInfo.hasNextPage) break;
      after = res.data.questions.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(seen.length).toBe(all.totalCount);
  });

  it('imports DEFAULT_PACKS into a tenant made by createTenant', async () => {
    const withPacks = await startTestApp({ DEFAULT_PACKS: 'backend-engineering' });
    try {
      const made = await withPacks.gql(
        `mutation { createTenant(input: { name: "Packed", slug: "packed", admin: { email: "boss@packed.example", password: "a very long password", displayName: "Boss" } }) { accessToken } }`,
      );
      const token = made.data!.createTenant.accessToken;
      const count = await withPacks.gql(`{ questions(first: 1) { totalCount } }`, {}, token);
      expect(count.data!.questions.totalCount).toBe(
        loadPack('backend-engineering').questions.length,
      );
    } finally {
      await withPacks.close();
    }
  });

  it('validates and imports packs from the command line', async () => {
    const broken = path.join(await tempDir('ik-pack-'), 'backend-engineering');
    cpSync(path.join(PACKS_ROOT, 'backend-engineering'), broken, { recursive: true });
    const file = path.join(broken, 'questions', 'behavioral.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.questions[1].rubric.criteria[0].weight = 0;
    writeFileSync(file, JSON.stringify(data, null, 2));
    const validate = spawnSync(
      process.execPath,
      ['dist/src/cli.js', 'pack:validate', path.join(broken, 'pack.json')],
      { encoding: 'utf8' },
    );
    expect(validate.status).toBe(1);
    expect(validate.stderr).toMatch(
      /questions\/behavioral\.json\tquestions\[1\]\.rubric\.criteria\[0\]\.weight\t.+/,
    );
    const valid = spawnSync(
      process.execPath,
      [
        'dist/src/cli.js',
        'pack:validate',
        path.join(PACKS_ROOT, 'backend-engineering', 'pack.json'),
      ],
      { encoding: 'utf8' },
    );
    expect(valid.status).toBe(0);

    const imported = spawnSync(
      process.execPath,
      ['dist/src/cli.js', 'pack:import', '--tenant', 'pack-b', 'backend-engineering'],
      {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'silent' },
        timeout: 60_000,
      },
    );
    expect(imported.status).toBe(0);
    const result = JSON.parse(imported.stderr.slice(imported.stderr.indexOf('{')));
    expect(result).toMatchObject({
      pack: 'backend-engineering',
      questionsCreated: loadPack('backend-engineering').questions.length,
    });
    const count = await t.gql(
      `{ questions(first: 1, tag: "indexing") { totalCount } }`,
      {},
      b.tokens.RECRUITER,
    );
    expect(count.data!.questions.totalCount).toBeGreaterThan(0);
  });

  it('sends the same number of SQL statements for 5 and for 50 questions with nested rubrics', async () => {
    const count = async (first: number) => {
      const before = t.statements.count;
      const res = await t.gql(NESTED, { first }, a.tokens.INTERVIEWER);
      expect(res.errors).toBeUndefined();
      expect(res.data!.questions.edges).toHaveLength(first);
      return t.statements.count - before;
    };
    const five = await count(5);
    const fifty = await count(50);
    expect(fifty).toBe(five);
    expect(five).toBeLessThanOrEqual(12);
  });

  it('adds versions where the pack changed and reports questions the tenant edited as diverged', async () => {
    const dir = path.join(await tempDir('ik-pack-'), 'backend-engineering');
    cpSync(path.join(PACKS_ROOT, 'backend-engineering'), dir, { recursive: true });
    const file = path.join(dir, 'questions', 'system-design.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const [changed, edited] = data.questions;
    changed.guidance += ' Ask how they would test it.';
    // The pack also retypes it: a re-import carries the new type to the question and its version.
    expect(changed.type).toBe('SYSTEM_DESIGN');
    changed.type = 'TECHNICAL';
    edited.guidance += ' Ask about cost.';
    writeFileSync(file, JSON.stringify(data, null, 2));

    // The tenant edits one of the two questions before the new pack arrives.
    const [{ id }] = await adminQuery<{ id: string }>(
      'SELECT id FROM questions WHERE tenant_id = $1 AND pack_key = $2',
      [a.id, edited.key],
      t.database,
    );
    const mine = (
      await t.gql(
        `query($id: ID!) { question(id: $id) { id currentVersion { prompt purpose guidance followUps strongSignals redFlags answerFormat } } }`,
        { id },
        a.tokens.RECRUITER,
      )
    ).data!.question;
    const edit = await t.gql(
      `mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) { currentVersion { number } } }`,
      {
        input: { id: mine.id, content: { ...mine.currentVersion, guidance: 'Our own guidance.' } },
      },
      a.tokens.RECRUITER,
    );
    expect(edit.data!.updateQuestion.currentVersion.number).toBe(2);

    const importer = t.app.get(PackImportService);
    const result = await t.app
      .get(Database)
      .withTenant(a.id, (em) => importer.import(em, a.id, loadPack(dir)));
    expect(result).toMatchObject({
      questionsCreated: 0,
      questionsUpdated: 1,
      diverged: [edited.key],
    });
    const versions = await adminQuery<{ key: string; n: number; guidance: string }>(
      `SELECT q.pack_key AS key, v.number AS n, v.guidance FROM questions q
         JOIN question_versions v ON v.tenant_id = q.tenant_id AND v.id = q.current_version_id
        WHERE q.tenant_id = $1 AND q.pack_key = ANY($2) ORDER BY q.pack_key`,
      [a.id, [changed.key, edited.key]],
      t.database,
    );
    expect(versions).toEqual(
      expect.arrayContaining([
        { key: changed.key, n: 2, guidance: changed.guidance },
        { key: edited.key, n: 2, guidance: 'Our own guidance.' },
      ]),
    );
    const [retyped] = await adminQuery<{ question: string; version: string }>(
      `SELECT q.type AS question, v.type AS version FROM questions q
         JOIN question_versions v ON v.tenant_id = q.tenant_id AND v.id = q.current_version_id
        WHERE q.tenant_id = $1 AND q.pack_key = $2`,
      [a.id, changed.key],
      t.database,
    );
    expect(retyped).toEqual({ question: 'TECHNICAL', version: 'TECHNICAL' });
    // Importing the same changed pack again changes nothing more.
    const again = await t.app
      .get(Database)
      .withTenant(a.id, (em) => importer.import(em, a.id, loadPack(dir)));
    expect(again).toMatchObject({ questionsUpdated: 0, diverged: [edited.key] });
  });

  it('upgrades a tenant from the 1.0.0 library to the current one, leaving its own edits alone', async () => {
    const c = await seedTenant(t, 'pack-upgrade');
    // The 1.0.0 pack as it shipped (kept verbatim under test/fixtures), imported as the importer
    // of that release did: it predates the stricter rules, so it is read without them.
    const v1dir = fileURLToPath(
      new URL('fixtures/packs/backend-engineering-1.0.0', import.meta.url),
    );
    const manifest = JSON.parse(readFileSync(path.join(v1dir, 'pack.json'), 'utf8'));
    const v1 = {
      dir: v1dir,
      manifest,
      questions: manifest.questionFiles.flatMap(
        (file: string) => JSON.parse(readFileSync(path.join(v1dir, file), 'utf8')).questions,
      ),
    };
    const importer = t.app.get(PackImportService);
    const db = t.app.get(Database);
    const first = await db.withTenant(c.id, (em) => importer.import(em, c.id, v1));
    expect(first).toMatchObject({ version: '1.0.0', questionsCreated: v1.questions.length });
    expect(
      (await t.gql(`{ interviewGuide { source } }`, {}, c.tokens.ADMIN)).data!.interviewGuide,
    ).toBeNull();

    // The tenant rewrites one behavioural question before the upgrade.
    const edited = 'beh-speed-versus-quality';
    const [{ id: editedId }] = await adminQuery<{ id: string }>(
      'SELECT id FROM questions WHERE tenant_id = $1 AND pack_key = $2',
      [c.id, edited],
      t.database,
    );
    const mine = (
      await t.gql(
        `query($id: ID!) { question(id: $id) { currentVersion { prompt purpose guidance followUps strongSignals redFlags answerFormat } } }`,
        { id: editedId },
        c.tokens.RECRUITER,
      )
    ).data!.question.currentVersion;
    await t.gql(
      `mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) { id } }`,
      { input: { id: editedId, content: { ...mine, guidance: 'Our own way of running it.' } } },
      c.tokens.RECRUITER,
    );

    const current = loadPack('backend-engineering');
    const v1Keys = new Set(v1.questions.map((q: { key: string }) => q.key));
    const upgrade = (await t.gql(IMPORT, {}, c.tokens.ADMIN)).data!.importPack;
    const added = current.questions.filter((q) => !v1Keys.has(q.key)).length;
    expect(upgrade).toMatchObject({
      version: current.manifest.version,
      questionsCreated: added,
      diverged: [edited],
    });
    expect(upgrade.questionsUpdated + upgrade.questionsUnchanged + upgrade.diverged.length).toBe(
      current.questions.length - added,
    );
    expect(upgrade.questionsUpdated).toBeGreaterThan(100);

    const QUESTION = `query($id: ID!) { question(id: $id) { versions { edges { node { number } } } currentVersion { number guidance
      levelExpectations { seniority } exampleAnswers { score } rubric { criteria { id } } } } }`;
    const byKey = async (key: string) => {
      const [{ id }] = await adminQuery<{ id: string }>(
        'SELECT id FROM questions WHERE tenant_id = $1 AND pack_key = $2',
        [c.id, key],
        t.database,
      );
      return (await t.gql(QUESTION, { id }, c.tokens.RECRUITER)).data!.question;
    };
    // The edited question keeps the tenant's version and gains nothing from the pack.
    expect((await byKey(edited)).currentVersion).toMatchObject({
      number: 2,
      guidance: 'Our own way of running it.',
      levelExpectations: [],
    });
    // An untouched one moves to the pack's new content.
    const design = await byKey('sd-url-shortener');
    expect(design.currentVersion.number).toBe(2);
    expect(
      design.currentVersion.levelExpectations.map((e: { seniority: string }) => e.seniority),
    ).toEqual(['JUNIOR', 'MID']);
    expect(design.currentVersion.exampleAnswers.map((e: { score: number }) => e.score)).toEqual([
      2, 3,
    ]);
    // Candidate questions become unrated preparation; the rated version stays readable.
    const candidateKey = current.questions.find((q) => q.type === 'CANDIDATE_QUESTION')!.key;
    const candidate = await byKey(candidateKey);
    expect(candidate.currentVersion).toMatchObject({ number: 2, rubric: { criteria: [] } });
    const guide = (await t.gql(`{ interviewGuide { source } }`, {}, c.tokens.INTERVIEWER)).data!;
    expect(guide.interviewGuide.source).toBe(`backend-engineering@${current.manifest.version}`);

    const again = (await t.gql(IMPORT, {}, c.tokens.ADMIN)).data!.importPack;
    expect(again).toMatchObject({ questionsCreated: 0, questionsUpdated: 0, diverged: [edited] });
  });
});
