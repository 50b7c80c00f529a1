import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startTestApp, type GqlResult, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';

/** Every operation that takes an id, called with `id` by an admin of tenant A. */
const BY_ID: Record<string, string> = {
  member: `query($id: ID!) { member(id: $id) { id } }`,
  changeMemberRole: `mutation($id: ID!) { changeMemberRole(input: { memberId: $id, role: ADMIN }) { id } }`,
  removeMember: `mutation($id: ID!) { removeMember(memberId: $id) }`,
};

const shape = (r: GqlResult) => ({
  data: r.data,
  errors: r.errors?.map((e) => ({ message: e.message, code: e.extensions.code })),
});

describe('tenant isolation through the API', () => {
  let t: TestApp;
  let a: SeededTenant;
  let b: SeededTenant;
  let bMemberId: string;
  let bMemberRole: string;

  beforeAll(async () => {
    t = await startTestApp();
    a = await seedTenant(t, 'tenant-a');
    b = await seedTenant(t, 'tenant-b');
    const members = await t.gql(
      `{ members(first: 1) { edges { node { id role } } } }`,
      {},
      b.tokens.ADMIN,
    );
    bMemberId = members.data!.members.edges[0].node.id;
    bMemberRole = members.data!.members.edges[0].node.role;
  });
  afterAll(() => t.close());

  it.each(Object.keys(BY_ID))(
    "%s answers another tenant's id exactly like a missing id",
    async (op) => {
      const foreign = await t.gql(BY_ID[op], { id: bMemberId }, a.tokens.ADMIN);
      const missing = await t.gql(BY_ID[op], { id: randomUUID() }, a.tokens.ADMIN);
      expect(foreign.errors![0].extensions.code).toBe('NOT_FOUND');
      expect(shape(foreign)).toEqual(shape(missing));
    },
  );

  it("leaves the other tenant's member untouched", async () => {
    const still = await t.gql(
      `query($id: ID!) { member(id: $id) { id role } }`,
      { id: bMemberId },
      b.tokens.ADMIN,
    );
    expect(still.data!.member).toEqual({ id: bMemberId, role: bMemberRole });
  });

  it('lists only the caller tenant members', async () => {
    const list = await t.gql(
      `{ members(first: 100) { totalCount edges { node { user { email } } } } }`,
      {},
      a.tokens.ADMIN,
    );
    const emails: string[] = list.data!.members.edges.map(
      (e: { node: { user: { email: string } } }) => e.node.user.email,
    );
    expect(list.data!.members.totalCount).toBe(4);
    expect(emails.every((e) => e.endsWith('@tenant-a.example'))).toBe(true);
  });
});
