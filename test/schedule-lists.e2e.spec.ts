import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, startTestApp, type TestApp } from './helpers/app.js';
import { HOUR, fromNow } from './helpers/clock.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import {
  createCandidate,
  importLibrary,
  ok,
  publishedLoop,
  scheduleInterview,
} from './helpers/interviews.js';

const PAGE = `query($order: InterviewOrder, $after: String, $since: DateTime) {
  interviews(first: 2, status: SCHEDULED, order: $order, after: $after, updatedSince: $since) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id scheduledStart } } } }`;
const MEMBERS = `query($search: String, $roles: [Role!], $pending: Boolean) {
  members(first: 100, search: $search, roles: $roles, invitationPending: $pending) {
    totalCount edges { node { role invitationPending user { email displayName } } } } }`;

/** What the schedule page and its pickers ask of the API: lists in order, members searched. */
describe('the lists behind the schedule page', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let other: SeededTenant;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedTenant(t, 'acme', 2);
    other = await seedTenant(t, 'other', 1);
  }, 300_000);
  afterAll(() => t?.close());

  it('pages interviews by start either way, ties broken by id, every one once', async () => {
    const rec = acme.tokens.RECRUITER;
    await importLibrary(t, acme.tokens.ADMIN);
    const loop = await publishedLoop(t, rec, { name: 'Ordered' });
    const candidate = await createCandidate(t, rec, 'Ada Order');
    // Five upcoming interviews, three of them at the same start.
    const base = Date.now() - (Date.now() % 60_000);
    const starts = [5, 3, 3, 3, 9].map((h) => new Date(base + h * HOUR).toISOString());
    const ids: string[] = [];
    for (const start of starts) {
      ids.push(
        await scheduleInterview(t, rec, {
          candidateId: candidate,
          stageId: loop.stageId,
          interviewerIds: [acme.userIds.INTERVIEWER],
          scheduledStart: start,
          scheduledEnd: new Date(Date.parse(start) + HOUR).toISOString(),
        }),
      );
    }
    const readAll = async (order?: string) => {
      const seen: { id: string; scheduledStart: string }[] = [];
      for (let after: string | null = null, pages = 0; pages < 10; pages++) {
        const page: any = ok(await t.gql(PAGE, { order, after }, rec)).interviews;
        expect(page.totalCount).toBe(5);
        seen.push(...page.edges.map((e: any) => e.node));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return seen;
    };
    const key = (i: { id: string; scheduledStart: string }) => `${i.scheduledStart} ${i.id}`;
    const ascending = await readAll('START_ASC');
    expect(ascending.map(key)).toEqual([...ascending.map(key)].sort());
    expect(new Set(ascending.map((i) => i.id))).toEqual(new Set(ids));
    expect((await readAll()).map((i) => i.id)).toEqual(ascending.map((i) => i.id));
    const descending = await readAll('START_DESC');
    expect(descending.map((i) => i.id)).toEqual(ascending.map((i) => i.id).reverse());

    // A sync feed comes in write order: an order with it is refused, naming the argument.
    const sync = await t.gql(PAGE, { order: 'START_DESC', since: fromNow(-HOUR) }, rec);
    expect(codeOf(sync)).toBe('BAD_USER_INPUT');
    expect(sync.errors![0].extensions.fields).toEqual([
      { path: 'order', message: expect.stringContaining('write order') },
    ]);
    expect(codeOf(await t.gql(PAGE, { order: 'SIDEWAYS' }, rec))).toBe('BAD_USER_INPUT');
    // Another tenant sees none of them, in either order.
    const foreign = ok(await t.gql(PAGE, { order: 'START_DESC' }, other.tokens.RECRUITER));
    expect(foreign.interviews.totalCount).toBe(0);
  }, 120_000);

  it('finds members by name or e-mail and role; a pending invitation by its address only', async () => {
    const find = async (vars: Record<string, unknown>, token = acme.tokens.RECRUITER) =>
      ok(await t.gql(MEMBERS, vars, token)).members;
    const emails = async (vars: Record<string, unknown>) =>
      (await find(vars)).edges.map((e: any) => e.node.user.email).sort();

    expect(await emails({ search: 'panel' })).toEqual([
      'panel1@acme.example',
      'panel2@acme.example',
    ]);
    expect(await emails({ search: 'Panel 2' })).toEqual(['panel2@acme.example']);
    expect(await emails({ search: 'PANEL 2' })).toEqual(['panel2@acme.example']);
    expect(await emails({ roles: ['HIRING_MANAGER', 'ADMIN'] })).toEqual([
      'admin@acme.example',
      'hiring.manager@acme.example',
    ]);
    expect(await emails({ search: '%' })).toEqual([]);
    expect((await find({ search: 'panel' })).totalCount).toBe(2);

    // The other tenant's "Panel 1" is invited here: until they accept, their name (set in the
    // other tenant) finds nothing; their address does.
    ok(
      await t.gql(
        `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { member { id } } }`,
        { input: { email: 'panel1@other.example', role: 'INTERVIEWER' } },
        acme.tokens.ADMIN,
      ),
    );
    expect(await emails({ search: 'Panel 1' })).toEqual(['panel1@acme.example']);
    const pending = await find({ search: 'panel1@other' });
    expect(pending.edges.map((e: any) => e.node)).toEqual([
      {
        role: 'INTERVIEWER',
        invitationPending: true,
        user: { email: 'panel1@other.example', displayName: 'panel1@other.example' },
      },
    ]);
    expect(await emails({ search: 'panel1', pending: false })).toEqual(['panel1@acme.example']);
    expect(await emails({ pending: true })).toEqual(['panel1@other.example']);
    // The other tenant's own members never show here.
    expect(await emails({ search: 'other.example', pending: false })).toEqual([]);

    for (const [vars, path] of [
      [{ search: '' }, 'search'],
      [{ search: 'x'.repeat(201) }, 'search'],
      [{ roles: ['OWNER'] }, null],
    ] as const) {
      const res = await t.gql(MEMBERS, vars, acme.tokens.RECRUITER);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      if (path) expect(res.errors![0].extensions.fields[0].path).toBe(path);
    }
    expect(codeOf(await t.gql(MEMBERS, { search: 'a' }, acme.tokens.INTERVIEWER))).toBe(
      'FORBIDDEN',
    );
  }, 120_000);
});
