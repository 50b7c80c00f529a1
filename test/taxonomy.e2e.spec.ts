import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { codeOf, startTestApp, type GqlResult, type TestApp } from './helpers/app.js';
import { fromNow } from './helpers/clock.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import { expectHostilePagingRefused } from './helpers/paging.js';
import { adminQuery } from './helpers/server.js';

const CREATE_CATEGORY = `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id slug name parentId archived } }`;
const MOVE = `mutation($input: MoveCategoryInput!) { moveCategory(input: $input) { id parentId } }`;
const TREE = `{ categories { slug children { slug children { slug } } } }`;
const CREATE_COMPETENCY = `mutation($input: CreateCompetencyInput!) { createCompetency(input: $input) { id key name } }`;
const QUESTION_FIELDS = `id status tags seniority type estimatedMinutes category { slug }
  currentVersion { id number prompt purpose followUps
    rubric { complete criteria { title weight competency { key } anchors { level label text } } } }
  versions { edges { node { id number } } }`;
const CREATE_QUESTION = `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { ${QUESTION_FIELDS} } }`;
const UPDATE_QUESTION = `mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) { ${QUESTION_FIELDS} } }`;
const SET_RUBRIC = `mutation($input: SetRubricInput!) { setRubric(input: $input) { ${QUESTION_FIELDS} } }`;
const ACTIVATE = `mutation($id: ID!) { activateQuestion(id: $id) { id status } }`;
const ARCHIVE = `mutation($id: ID!) { archiveQuestion(id: $id) { id status } }`;
const VERSION = `query($id: ID!) { questionVersion(id: $id) { id number prompt rubric { criteria { weight } } } }`;
const DIFF = `query($from: ID!, $to: ID!) { questionVersionDiff(from: $from, to: $to) { from { number } to { number } changes { field before after } } }`;
const SCALE = `{ ratingScale { id version levels { value label } } }`;
const UPDATE_SCALE = `mutation($levels: [RatingLevelInput!]!) { updateRatingScale(input: { levels: $levels }) { id version levels { label } } }`;

const content = (prompt: string) => ({
  prompt,
  purpose: 'Checks how the candidate reasons about the topic.',
  guidance: 'Let them talk, then probe the trade-offs.',
  followUps: ['What would change at ten times the load?'],
  strongSignals: ['Names concrete trade-offs'],
  redFlags: ['Hand-waves'],
  answerFormat: 'DISCUSSION',
});

describe('question taxonomy', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let other: SeededTenant;
  let tech: string;
  let apis: string;
  let apiDesign: string;
  let testing: string;
  const recruiter = () => acme.tokens.RECRUITER;

  const ok = (r: GqlResult) => {
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  const countRows = async (table: string) =>
    (await adminQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`, [], t.database))[0]
      .n;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedTenant(t, 'acme');
    other = await seedTenant(t, 'other');
    tech = ok(
      await t.gql(CREATE_CATEGORY, { input: { name: 'Technical proficiency' } }, recruiter()),
    ).createCategory.id;
    apis = ok(
      await t.gql(CREATE_CATEGORY, { input: { name: 'APIs', parentId: tech } }, recruiter()),
    ).createCategory.id;
    apiDesign = ok(await t.gql(CREATE_COMPETENCY, { input: { name: 'API design' } }, recruiter()))
      .createCompetency.id;
    testing = ok(
      await t.gql(CREATE_COMPETENCY, { input: { name: 'Testing', key: 'testing' } }, recruiter()),
    ).createCompetency.id;
  });
  afterAll(() => t.close());

  describe('categories', () => {
    it('builds a tree with slugs unique among siblings', async () => {
      const tree = ok(await t.gql(TREE, {}, acme.tokens.INTERVIEWER));
      expect(tree.categories).toEqual([
        { slug: 'technical-proficiency', children: [{ slug: 'apis', children: [] }] },
      ]);
      const dup = await t.gql(
        CREATE_CATEGORY,
        { input: { name: 'APIs again', slug: 'apis', parentId: tech } },
        recruiter(),
      );
      expect(dup.errors![0].extensions).toMatchObject({ code: 'CONFLICT', path: 'input.slug' });
      // The same slug elsewhere in the tree is fine.
      const root = ok(
        await t.gql(CREATE_CATEGORY, { input: { name: 'Apis', slug: 'apis' } }, recruiter()),
      );
      expect(root.createCategory).toMatchObject({ slug: 'apis', parentId: null });
    });

    it('renames, moves, refuses a cycle and archives', async () => {
      const sub = ok(
        await t.gql(CREATE_CATEGORY, { input: { name: 'REST', parentId: apis } }, recruiter()),
      ).createCategory.id;
      const renamed = await t.gql(
        `mutation($input: UpdateCategoryInput!) { updateCategory(input: $input) { name slug } }`,
        { input: { id: sub, name: 'REST and HTTP' } },
        recruiter(),
      );
      expect(renamed.data!.updateCategory).toEqual({ name: 'REST and HTTP', slug: 'rest' });
      const cycle = await t.gql(MOVE, { input: { id: tech, parentId: sub } }, recruiter());
      expect(codeOf(cycle)).toBe('BAD_USER_INPUT');
      expect(cycle.errors![0].extensions.fields).toEqual([
        { path: 'input.parentId', message: expect.stringMatching(/inside itself/) },
      ]);
      const self = await t.gql(MOVE, { input: { id: tech, parentId: tech } }, recruiter());
      expect(codeOf(self)).toBe('BAD_USER_INPUT');
      const moved = ok(await t.gql(MOVE, { input: { id: sub, parentId: tech } }, recruiter()));
      expect(moved.moveCategory.parentId).toBe(tech);
      const archived = ok(
        await t.gql(
          `mutation($id: ID!) { archiveCategory(id: $id) { archived } }`,
          { id: sub },
          recruiter(),
        ),
      );
      expect(archived.archiveCategory.archived).toBe(true);
      const tree = ok(
        await t.gql(
          `{ categories(includeArchived: false) { slug children { slug } } }`,
          {},
          recruiter(),
        ),
      );
      const techNode = tree.categories.find(
        (c: { slug: string }) => c.slug === 'technical-proficiency',
      );
      expect(techNode.children.map((c: { slug: string }) => c.slug)).toEqual(['apis']);
    });

    it('keeps competency keys unique', async () => {
      const dup = await t.gql(
        CREATE_COMPETENCY,
        { input: { name: 'Testing again', key: 'testing' } },
        recruiter(),
      );
      expect(dup.errors![0].extensions).toMatchObject({ code: 'CONFLICT', path: 'input.key' });
      const list = ok(await t.gql(`{ competencies { key name } }`, {}, acme.tokens.HIRING_MANAGER));
      expect(list.competencies.map((c: { key: string }) => c.key)).toEqual([
        'api-design',
        'testing',
      ]);
    });
  });

  describe('questions, versions and rubrics', () => {
    const rubric = (anchors = ['Misses it', 'Partial', 'Solid', 'Excellent']) => [
      { title: 'Resource modelling', competencyId: apiDesign, weight: 2, anchors },
      { title: 'Testability', competencyId: testing, weight: 1, anchors },
    ];

    it('creates a draft, refuses to activate it without a rubric, then versions every edit', async () => {
      const created = ok(
        await t.gql(
          CREATE_QUESTION,
          {
            input: {
              categoryId: apis,
              type: 'TECHNICAL',
              seniority: ['MID', 'SENIOR'],
              tags: ['rest'],
              estimatedMinutes: 10,
              content: content('Design an API for orders.'),
            },
          },
          recruiter(),
        ),
      ).createQuestion;
      expect(created).toMatchObject({
        status: 'DRAFT',
        category: { slug: 'apis' },
        currentVersion: { number: 1, rubric: { complete: false, criteria: [] } },
      });

      const early = await t.gql(ACTIVATE, { id: created.id }, recruiter());
      expect(codeOf(early)).toBe('BAD_USER_INPUT');

      const v2 = ok(
        await t.gql(
          SET_RUBRIC,
          { input: { questionId: created.id, criteria: rubric() } },
          recruiter(),
        ),
      ).setRubric;
      expect(v2.currentVersion.number).toBe(2);
      expect(v2.currentVersion.prompt).toBe('Design an API for orders.');
      expect(v2.currentVersion.rubric.criteria[0]).toEqual({
        title: 'Resource modelling',
        weight: 2,
        competency: { key: 'api-design' },
        anchors: [
          { level: 1, label: 'Strong no', text: 'Misses it' },
          { level: 2, label: 'No', text: 'Partial' },
          { level: 3, label: 'Yes', text: 'Solid' },
          { level: 4, label: 'Strong yes', text: 'Excellent' },
        ],
      });
      expect(
        ok(await t.gql(ACTIVATE, { id: created.id }, recruiter())).activateQuestion.status,
      ).toBe('ACTIVE');

      const v3 = ok(
        await t.gql(
          UPDATE_QUESTION,
          {
            input: {
              id: created.id,
              content: content('Design an API for orders and refunds.'),
              metadata: { tags: ['rest', 'payments'] },
            },
          },
          recruiter(),
        ),
      ).updateQuestion;
      expect(v3.currentVersion.number).toBe(3);
      expect(v3.tags).toEqual(['rest', 'payments']);
      expect(v3.currentVersion.rubric.criteria).toHaveLength(2);
      expect(v3.versions.edges.map((e: any) => e.node.number)).toEqual([3, 2, 1]);

      // The old version is unchanged and readable by id.
      const old = ok(
        await t.gql(VERSION, { id: v2.currentVersion.id }, acme.tokens.INTERVIEWER),
      ).questionVersion;
      expect(old).toEqual({
        id: v2.currentVersion.id,
        number: 2,
        prompt: 'Design an API for orders.',
        rubric: { criteria: [{ weight: 2 }, { weight: 1 }] },
      });

      const diff = ok(
        await t.gql(DIFF, { from: v2.currentVersion.id, to: v3.currentVersion.id }, recruiter()),
      ).questionVersionDiff;
      expect(diff.changes).toEqual([
        {
          field: 'prompt',
          before: 'Design an API for orders.',
          after: 'Design an API for orders and refunds.',
        },
      ]);

      // Metadata-only edits do not make a version; unchanged content does not either.
      const same = ok(
        await t.gql(
          UPDATE_QUESTION,
          {
            input: {
              id: created.id,
              content: content('Design an API for orders and refunds.'),
              metadata: { estimatedMinutes: 15 },
            },
          },
          recruiter(),
        ),
      ).updateQuestion;
      expect(same.currentVersion.number).toBe(3);
      expect(same.estimatedMinutes).toBe(15);
      expect(ok(await t.gql(ARCHIVE, { id: created.id }, recruiter())).archiveQuestion.status).toBe(
        'ARCHIVED',
      );
    });

    it('numbers concurrent edits n+1, n+2, … without a clash', async () => {
      const q = ok(
        await t.gql(
          CREATE_QUESTION,
          {
            input: {
              categoryId: apis,
              type: 'TECHNICAL',
              seniority: ['MID'],
              estimatedMinutes: 5,
              content: content('Concurrent edits'),
            },
          },
          recruiter(),
        ),
      ).createQuestion;
      const edits = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          t.gql(
            UPDATE_QUESTION,
            { input: { id: q.id, content: content(`Concurrent edit ${i}`) } },
            recruiter(),
          ),
        ),
      );
      for (const edit of edits) expect(edit.errors).toBeUndefined();
      const versions = ok(
        await t.gql(
          `query($id: ID!) { question(id: $id) { versions(first: 100) { edges { node { number } } } } }`,
          { id: q.id },
          recruiter(),
        ),
      );
      expect(versions.question.versions.edges.map((e: any) => e.node.number)).toEqual([
        7, 6, 5, 4, 3, 2, 1,
      ]);
    });

    it('pages Question.versions by keyset, both ways, batched over a page of questions', async () => {
      const q = ok(
        await t.gql(
          CREATE_QUESTION,
          {
            input: {
              categoryId: apis,
              type: 'TECHNICAL',
              seniority: ['MID'],
              estimatedMinutes: 5,
              content: content('Paged versions 0'),
            },
          },
          recruiter(),
        ),
      ).createQuestion;
      for (let i = 1; i < 5; i++) {
        ok(
          await t.gql(
            UPDATE_QUESTION,
            { input: { id: q.id, content: content(`Paged versions ${i}`) } },
            recruiter(),
          ),
        );
      }
      const PAGE = (
        args: string,
      ) => `query($id: ID!) { question(id: $id) { versions${args ? `(${args})` : ''} {
        edges { cursor node { number } } totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
      const read = async (args: string) =>
        ok(await t.gql(PAGE(args), { id: q.id }, recruiter())).question.versions;
      const numbers = (page: any) => page.edges.map((e: any) => e.node.number);
      const first = await read('first: 2');
      expect(numbers(first)).toEqual([5, 4]);
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(first.totalCount).toBe(5);
      const second = await read(`first: 2, after: "${first.pageInfo.endCursor}"`);
      expect(numbers(second)).toEqual([3, 2]);
      const third = await read(`first: 2, after: "${second.pageInfo.endCursor}"`);
      expect(numbers(third)).toEqual([1]);
      expect(third.pageInfo.hasNextPage).toBe(false);
      // Backwards: the oldest, then the page before them.
      const oldest = await read('last: 2');
      expect(numbers(oldest)).toEqual([2, 1]);
      expect(oldest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const newer = await read(`last: 2, before: "${oldest.pageInfo.startCursor}"`);
      expect(numbers(newer)).toEqual([4, 3]);
      // The default page holds every one of these five.
      expect(numbers(await read(''))).toEqual([5, 4, 3, 2, 1]);

      // One statement for the versions of every question on the page (and one for their
      // counts), whatever the number of questions.
      const LIST = (n: number) => `{ questions(first: ${n}) { edges { node { id
        versions(first: 2) { edges { node { number } } totalCount } } } } }`;
      const statementsOf = async (n: number) => {
        const before = t.statements.count;
        const page = ok(await t.gql(LIST(n), {}, recruiter())).questions;
        return { statements: t.statements.count - before, page };
      };
      for (const prompt of ['Paged sibling A', 'Paged sibling B']) {
        const sibling = ok(
          await t.gql(
            CREATE_QUESTION,
            {
              input: {
                categoryId: apis,
                type: 'TECHNICAL',
                seniority: ['MID'],
                estimatedMinutes: 5,
                content: content(prompt),
              },
            },
            recruiter(),
          ),
        ).createQuestion;
        ok(
          await t.gql(
            UPDATE_QUESTION,
            { input: { id: sibling.id, content: content(`${prompt}, edited`) } },
            recruiter(),
          ),
        );
      }
      const few = await statementsOf(1);
      const many = await statementsOf(20);
      expect(many.page.edges.length).toBeGreaterThan(few.page.edges.length);
      expect(many.statements).toBe(few.statements);
      for (const { node } of many.page.edges) {
        expect(node.versions.edges.length).toBe(Math.min(2, node.versions.totalCount));
      }

      await expectHostilePagingRefused(
        t,
        recruiter(),
        (args) => `query($id: ID!) { question(id: $id) { versions(${args}) { totalCount } } }`,
        ['question', 'versions'],
        { variables: { id: q.id }, wrongKind: ['1.5', fromNow(0), ''] },
      );
    });

    it('keeps versions immutable below the application', async () => {
      await expect(
        adminQuery(
          `SET ROLE ${t.config.DATABASE_APP_ROLE}; UPDATE question_versions SET prompt = 'x'`,
          [],
          t.database,
        ),
      ).rejects.toThrow(/permission denied/);
    });

    it('rejects bad input with field paths and writes nothing', async () => {
      const before = [
        await countRows('questions'),
        await countRows('question_versions'),
        await countRows('rubric_criteria'),
      ];
      const base = {
        categoryId: apis,
        type: 'TECHNICAL',
        seniority: ['MID'],
        estimatedMinutes: 10,
      };
      const cases: [Record<string, unknown>, string][] = [
        [{ ...base, content: content('') }, 'input.content.prompt'],
        [{ ...base, categoryId: other.id, content: content('x') }, 'input.categoryId'],
        [{ ...base, categoryId: randomUUID(), content: content('x') }, 'input.categoryId'],
        [
          { ...base, content: content('x'), rubric: [{ ...rubric()[0], weight: 0 }] },
          'input.rubric[0].weight',
        ],
        [
          { ...base, content: content('x'), rubric: [{ ...rubric()[0], weight: -1 }] },
          'input.rubric[0].weight',
        ],
        [
          { ...base, content: content('x'), rubric: rubric(['a', 'b', 'c']) },
          'input.rubric[0].anchors',
        ],
        [
          {
            ...base,
            content: content('x'),
            rubric: [{ ...rubric()[0], competencyId: randomUUID() }],
          },
          'input.rubric[0].competencyId',
        ],
        [{ ...base, seniority: [], content: content('x') }, 'input.seniority'],
      ];
      for (const [input, path] of cases) {
        const res = await t.gql(CREATE_QUESTION, { input }, recruiter());
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect(res.errors![0].extensions.fields.map((f: { path: string }) => f.path)).toContain(
          path,
        );
      }
      const page = await t.gql(`{ questions(first: 101) { totalCount } }`, {}, recruiter());
      expect(page.errors![0].extensions.fields[0].path).toBe('first');
      expect([
        await countRows('questions'),
        await countRows('question_versions'),
        await countRows('rubric_criteria'),
      ]).toEqual(before);
    });

    it('denies writes to hiring managers and interviewers, and the scale to recruiters', async () => {
      const input = {
        categoryId: apis,
        type: 'TECHNICAL',
        seniority: ['MID'],
        estimatedMinutes: 5,
        content: content('Denied?'),
      };
      for (const role of ['HIRING_MANAGER', 'INTERVIEWER'] as const) {
        expect(codeOf(await t.gql(CREATE_QUESTION, { input }, acme.tokens[role]))).toBe(
          'FORBIDDEN',
        );
        expect(
          codeOf(await t.gql(CREATE_CATEGORY, { input: { name: 'Nope' } }, acme.tokens[role])),
        ).toBe('FORBIDDEN');
        expect(
          codeOf(await t.gql(CREATE_COMPETENCY, { input: { name: 'Nope' } }, acme.tokens[role])),
        ).toBe('FORBIDDEN');
        expect(
          codeOf(
            await t.gql(
              `mutation { importPack(name: "backend-engineering") { pack } }`,
              {},
              acme.tokens[role],
            ),
          ),
        ).toBe('FORBIDDEN');
        expect(
          ok(await t.gql(`{ questions(first: 1) { totalCount } }`, {}, acme.tokens[role])).questions
            .totalCount,
        ).toBeGreaterThan(0);
      }
      expect(
        codeOf(
          await t.gql(UPDATE_SCALE, { levels: [{ label: 'a' }, { label: 'b' }] }, recruiter()),
        ),
      ).toBe('FORBIDDEN');
      expect(
        codeOf(
          await t.gql(
            `mutation { importPack(name: "backend-engineering") { pack } }`,
            {},
            recruiter(),
          ),
        ),
      ).toBe('FORBIDDEN');
    });

    it("answers another tenant's ids like missing ones", async () => {
      const q = ok(
        await t.gql(
          CREATE_QUESTION,
          {
            input: {
              categoryId: apis,
              type: 'TECHNICAL',
              seniority: ['MID'],
              estimatedMinutes: 5,
              content: content('Tenant A only'),
            },
          },
          recruiter(),
        ),
      ).createQuestion;
      const ops: [string, Record<string, unknown>][] = [
        [`query($id: ID!) { question(id: $id) { id } }`, { id: q.id }],
        [`query($id: ID!) { questionVersion(id: $id) { id } }`, { id: q.currentVersion.id }],
        [ACTIVATE, { id: q.id }],
        [ARCHIVE, { id: q.id }],
        [`mutation($id: ID!) { archiveCategory(id: $id) { id } }`, { id: apis }],
        [`mutation($id: ID!) { archiveCompetency(id: $id) { id } }`, { id: apiDesign }],
        [UPDATE_QUESTION, { input: { id: q.id, metadata: { estimatedMinutes: 3 } } }],
        [SET_RUBRIC, { input: { questionId: q.id, criteria: rubric() } }],
        [
          `mutation($input: UpdateCategoryInput!) { updateCategory(input: $input) { id } }`,
          { input: { id: apis, name: 'Taken over' } },
        ],
        [MOVE, { input: { id: apis, parentId: null } }],
        [
          `mutation($input: UpdateCompetencyInput!) { updateCompetency(input: $input) { id } }`,
          { input: { id: apiDesign, name: 'Taken over' } },
        ],
        [DIFF, { from: q.currentVersion.id, to: q.currentVersion.id }],
      ];
      for (const [op, vars] of ops) {
        const foreign = await t.gql(op, vars, other.tokens.ADMIN);
        const missing = await t.gql(
          op,
          JSON.parse(
            JSON.stringify(vars)
              .replaceAll(q.id, randomUUID())
              .replaceAll(apis, randomUUID())
              .replaceAll(apiDesign, randomUUID())
              .replaceAll(q.currentVersion.id, randomUUID()),
          ),
          other.tokens.ADMIN,
        );
        expect(foreign.errors![0].extensions.code).toBe('NOT_FOUND');
        expect(foreign.errors![0].message).toBe(missing.errors![0].message);
      }
      expect(
        ok(
          await t.gql(
            `query($id: ID!) { question(id: $id) { status } }`,
            { id: q.id },
            recruiter(),
          ),
        ).question.status,
      ).toBe('DRAFT');
    });
  });

  describe('rating scale', () => {
    it('edits labels in place and versions a change in the number of levels', async () => {
      const first = ok(await t.gql(SCALE, {}, acme.tokens.INTERVIEWER)).ratingScale;
      expect(first.levels.map((l: { label: string }) => l.label)).toEqual([
        'Strong no',
        'No',
        'Yes',
        'Strong yes',
      ]);
      const relabelled = ok(
        await t.gql(
          UPDATE_SCALE,
          {
            levels: [
              { label: 'Definitely not' },
              { label: 'Not yet' },
              { label: 'Hire' },
              { label: 'Strong hire' },
            ],
          },
          acme.tokens.ADMIN,
        ),
      ).updateRatingScale;
      expect(relabelled).toMatchObject({ id: first.id, version: first.version });
      const five = ok(
        await t.gql(
          UPDATE_SCALE,
          { levels: ['1', '2', '3', '4', '5'].map((label) => ({ label })) },
          acme.tokens.ADMIN,
        ),
      ).updateRatingScale;
      expect(five.version).toBe(first.version + 1);

      // Rubrics written before keep their 4-level scale; new rubrics need 5 anchors.
      const q = ok(
        await t.gql(
          CREATE_QUESTION,
          {
            input: {
              categoryId: apis,
              type: 'TECHNICAL',
              seniority: ['MID'],
              estimatedMinutes: 5,
              content: content('Scale check'),
            },
          },
          recruiter(),
        ),
      ).createQuestion;
      const four = await t.gql(
        SET_RUBRIC,
        {
          input: {
            questionId: q.id,
            criteria: [
              { title: 't', competencyId: testing, weight: 1, anchors: ['a', 'b', 'c', 'd'] },
            ],
          },
        },
        recruiter(),
      );
      expect(four.errors![0].extensions.fields).toEqual([
        { path: 'input.criteria[0].anchors', message: expect.stringMatching(/5 levels/) },
      ]);
      const ok5 = ok(
        await t.gql(
          SET_RUBRIC,
          {
            input: {
              questionId: q.id,
              criteria: [
                {
                  title: 't',
                  competencyId: testing,
                  weight: 1,
                  anchors: ['a', 'b', 'c', 'd', 'e'],
                },
              ],
            },
          },
          recruiter(),
        ),
      );
      expect(
        ok5.setRubric.currentVersion.rubric.criteria[0].anchors.map(
          (a: { label: string }) => a.label,
        ),
      ).toEqual(['1', '2', '3', '4', '5']);
      const oldQuestion = ok(
        await t.gql(
          `{ questions(first: 1) { edges { node { versions(first: 100) { edges { node {
            number rubric { criteria { anchors { label } } } } } } } } } }`,
          {},
          recruiter(),
        ),
      );
      const v2 = oldQuestion.questions.edges[0].node.versions.edges
        .map((e: any) => e.node)
        .find((v: { number: number }) => v.number === 2);
      expect(v2.rubric.criteria[0].anchors.map((a: { label: string }) => a.label)).toEqual([
        'Definitely not',
        'Not yet',
        'Hire',
        'Strong hire',
      ]);
    });
  });
});
