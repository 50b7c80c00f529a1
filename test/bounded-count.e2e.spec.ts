import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { COUNT_CAP } from '../src/common/pagination.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import { adminQuery } from './helpers/server.js';

const IMPORT = 'mutation { importPack(name: "backend-engineering") { questionsCreated } }';

describe('totalCount: counted only when selected, exact up to the cap', () => {
  let t: TestApp;
  let a: SeededTenant;
  let b: SeededTenant;
  let library: number;

  /** SQL statements one request sends. */
  async function statementsOf(query: string, token: string): Promise<number> {
    const before = t.statements.count;
    const res = await t.gql(query, {}, token);
    expect(res.errors).toBeUndefined();
    return t.statements.count - before;
  }

  beforeAll(async () => {
    t = await startTestApp();
    a = await seedTenant(t, 'count-a');
    b = await seedTenant(t, 'count-b');
    library = (await t.gql(IMPORT, {}, a.tokens.ADMIN)).data!.importPack.questionsCreated;
  });
  afterAll(() => t.close());

  it('sends no count statement when totalCount is not selected', async () => {
    for (const args of ['first: 5', 'first: 5, search: "index"']) {
      const without = await statementsOf(
        `{ questions(${args}) { edges { node { id } } } }`,
        a.tokens.RECRUITER,
      );
      const withCount = await statementsOf(
        `{ questions(${args}) { totalCount edges { node { id } } } }`,
        a.tokens.RECRUITER,
      );
      expect(withCount).toBe(without + 1);
    }
    const members = await statementsOf(
      '{ members(first: 5) { edges { node { id } } } }',
      a.tokens.ADMIN,
    );
    const membersCounted = await statementsOf(
      '{ members(first: 5) { totalCount edges { node { id } } } }',
      a.tokens.ADMIN,
    );
    expect(membersCounted).toBe(members + 1);
  });

  it('counts exactly below the cap and answers COUNT_CAP + 1 above it, for lists and search', async () => {
    const count = async (args: string) =>
      (await t.gql(`{ questions(${args}) { totalCount } }`, {}, a.tokens.RECRUITER)).data!.questions
        .totalCount;
    expect(await count('first: 1')).toBe(library);
    // Copies of the library, written as the owner, every one matching "quuxification".
    const copies = Math.ceil((COUNT_CAP + 50) / library);
    await adminQuery(
      `INSERT INTO questions (tenant_id, category_id, type, seniority, tags, estimated_minutes,
                              status, current_version_id, search)
       SELECT tenant_id, category_id, type, seniority, tags, estimated_minutes, status,
              current_version_id, search || to_tsvector('english', 'quuxification')
         FROM questions, generate_series(1, ${copies}) WHERE tenant_id = '${a.id}'`,
      [],
      t.database,
    );
    expect(await count('first: 1')).toBe(COUNT_CAP + 1);
    expect(await count('first: 1, search: "quuxification"')).toBe(COUNT_CAP + 1);
    // Below the cap, exact; the other tenant is unaffected.
    expect(await count('first: 1, search: "quuxification", tag: "nothing-has-this"')).toBe(0);
    const other = await t.gql('{ questions(first: 1) { totalCount } }', {}, b.tokens.RECRUITER);
    expect(other.data!.questions.totalCount).toBe(0);
  });

  it('says so in the schema', async () => {
    const res = await t.gql(
      `{ __type(name: "QuestionConnection") { fields { name description } } }`,
      {},
      a.tokens.RECRUITER,
    );
    const field = res.data!.__type.fields.find((f: { name: string }) => f.name === 'totalCount');
    expect(field.description).toContain(`${COUNT_CAP + 1} means more than ${COUNT_CAP}`);
    expect(field.description).toContain('Counted only when selected');
  });
});
