import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { withCredentials } from '../src/database/data-source-options.js';
import { codeOf, startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import {
  createCandidate,
  importLibrary,
  myScorecard,
  ok,
  publishedLoop,
  scheduleInterview,
} from './helpers/interviews.js';
import { expectHostilePagingRefused } from './helpers/paging.js';
import { adminQuery } from './helpers/server.js';
import { newApiKeySecret } from '../src/auth/api-key.token.js';

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) {
  secret apiKey { id name prefix scopes lastUsedAt revokedAt } } }`;
const CANDIDATES = `{ candidates(first: 50) { totalCount edges { node { id name email } } } }`;
const AUDIT = `query($action: String, $entityId: String) { auditEvents(first: 50, action: $action, entityId: $entityId) {
  totalCount edges { node { id occurredAt actorType actorId action entity entityId requestId changedFields } } } }`;

describe('API keys with scopes, and the audit log', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let other: SeededTenant;

  const newKey = async (scopes: string[], tenant = acme) =>
    ok(await t.gql(CREATE_KEY, { input: { name: 'ATS', scopes } }, tenant.tokens.ADMIN))
      .createApiKey;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedTenant(t, 'acme', 1);
    other = await seedTenant(t, 'other');
  });
  afterAll(() => t.close());

  it('creates a key shown once, acts within its scopes and tenant, and revokes it at once', async () => {
    const made = await newKey(['CANDIDATES_READ', 'CANDIDATES_WRITE']);
    expect(made.secret).toMatch(/^ik_live_[0-9a-f]{12}[A-Za-z0-9_-]{40}[0-9a-f]{8}$/);
    expect(made.secret.startsWith(`ik_live_${made.apiKey.prefix}`)).toBe(true);
    expect(made.apiKey).toMatchObject({
      scopes: ['CANDIDATES_READ', 'CANDIDATES_WRITE'],
      lastUsedAt: null,
    });
    // Only the hash is stored.
    const [stored] = await adminQuery<{ hash: string }>(
      `SELECT encode(secret_hash, 'hex') AS hash FROM api_keys WHERE id = $1`,
      [made.apiKey.id],
      t.database,
    );
    expect(stored.hash).not.toContain(made.secret.slice(20, 40));
    const listed = ok(
      await t.gql(
        '{ apiKeys(first: 100) { edges { node { id prefix scopes } } } }',
        {},
        acme.tokens.ADMIN,
      ),
    ).apiKeys.edges.map((e: any) => e.node);
    expect(JSON.stringify(listed)).not.toContain(made.secret);

    const key = made.secret;
    const created = ok(
      await t.gql(
        `mutation { createCandidate(input: { name: "Keyed Candidate", email: "k@mail.example", atsExternalId: "ats-1" }) { id email } }`,
        {},
        key,
      ),
    ).createCandidate;
    expect(created.email).toBe('k@mail.example');
    expect(ok(await t.gql(CANDIDATES, {}, key)).candidates.totalCount).toBe(1);
    // Outside its scopes and outside its tenant.
    const outside = await t.gql('{ questions(first: 1) { totalCount } }', {}, key);
    expect(codeOf(outside)).toBe('FORBIDDEN');
    // The message names the scopes to add, spelled as createApiKey takes them.
    expect(outside.errors![0].message).toBe(
      'This API key needs the scope TAXONOMY_READ: add it to the key (createApiKey) or use a key that has it.',
    );
    expect(codeOf(await t.gql('{ me { role } }', {}, key))).toBe('FORBIDDEN');
    const foreign = await createCandidate(t, other.tokens.RECRUITER, 'Foreign');
    expect(
      codeOf(await t.gql(`query($id: ID!) { candidate(id: $id) { id } }`, { id: foreign }, key)),
    ).toBe('NOT_FOUND');
    expect(ok(await t.gql(CANDIDATES, {}, key)).candidates.totalCount).toBe(1);
    // Malformed, tampered (bad checksum) and well-formed but wrong keys: UNAUTHENTICATED.
    const tampered = `${key.slice(0, 30)}${key[30] === 'A' ? 'B' : 'A'}${key.slice(31)}`;
    for (const bad of ['ik_live_short', tampered, key.replace(/.{8}$/, '00000000')]) {
      expect(codeOf(await t.gql(CANDIDATES, {}, bad))).toBe('UNAUTHENTICATED');
    }
    const used = ok(
      await t.gql(
        '{ apiKeys(first: 100) { edges { node { id lastUsedAt } } } }',
        {},
        acme.tokens.ADMIN,
      ),
    ).apiKeys.edges.map((e: any) => e.node);
    expect(used.find((k: any) => k.id === made.apiKey.id).lastUsedAt).not.toBeNull();

    const revoked = ok(
      await t.gql(
        `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`,
        { id: made.apiKey.id },
        acme.tokens.ADMIN,
      ),
    ).revokeApiKey;
    expect(revoked.revokedAt).not.toBeNull();
    expect(codeOf(await t.gql(CANDIDATES, {}, key))).toBe('UNAUTHENTICATED');
    // Another tenant's admin cannot revoke or see it.
    expect(
      codeOf(
        await t.gql(
          `mutation($id: ID!) { revokeApiKey(id: $id) { id } }`,
          { id: made.apiKey.id },
          other.tokens.ADMIN,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      ok(await t.gql('{ apiKeys { edges { node { id } } totalCount } }', {}, other.tokens.ADMIN))
        .apiKeys,
    ).toEqual({ edges: [], totalCount: 0 });
  });

  it('stops a key when its creator is no longer an admin', async () => {
    const members = ok(
      await t.gql(
        '{ members(first: 20) { edges { node { id role user { email } } } } }',
        {},
        acme.tokens.ADMIN,
      ),
    ).members.edges.map((e: any) => e.node);
    const recruiter = members.find((m: any) => m.user.email === acme.emails.RECRUITER);
    const change = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`;
    ok(
      await t.gql(change, { input: { memberId: recruiter.id, role: 'ADMIN' } }, acme.tokens.ADMIN),
    );
    const made = ok(
      await t.gql(
        CREATE_KEY,
        { input: { name: 'Temporary admin', scopes: ['CANDIDATES_READ'] } },
        acme.tokens.RECRUITER,
      ),
    ).createApiKey;
    expect(
      ok(await t.gql(CANDIDATES, {}, made.secret)).candidates.totalCount,
    ).toBeGreaterThanOrEqual(0);
    ok(
      await t.gql(
        change,
        { input: { memberId: recruiter.id, role: 'RECRUITER' } },
        acme.tokens.ADMIN,
      ),
    );
    expect(codeOf(await t.gql(CANDIDATES, {}, made.secret))).toBe('UNAUTHENTICATED');
  });

  it('checks scopes at every depth: nested fields need the scope of their type', async () => {
    await importLibrary(t, acme.tokens.ADMIN);
    const sheet = await publishedLoop(t, acme.tokens.RECRUITER, { name: 'Depth loop' });
    const candidateId = await createCandidate(t, acme.tokens.RECRUITER, 'Nested Person');
    await scheduleInterview(t, acme.tokens.RECRUITER, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [acme.userIds.INTERVIEWER],
    });
    const interviewsOnly = (await newKey(['INTERVIEWS_READ'])).secret;
    const both = (await newKey(['INTERVIEWS_READ', 'CANDIDATES_READ'])).secret;
    const nested = `{ interviews(first: 5) { edges { node { id candidate { name email } } } } }`;
    const refused = await t.gql(nested, {}, interviewsOnly);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toBe(
      'This API key may not receive every type the query selects: Candidate needs the scope CANDIDATES_READ or CANDIDATES_WRITE.',
    );
    const viaFragment = await t.gql(
      `{ interviews(first: 5) { edges { node { ...C } } } } fragment C on Interview { scorecards { summary } }`,
      {},
      interviewsOnly,
    );
    expect(codeOf(viaFragment)).toBe('FORBIDDEN');
    expect(
      ok(
        await t.gql(
          `{ interviews(first: 5) { totalCount edges { node { id } } } }`,
          {},
          interviewsOnly,
        ),
      ).interviews.totalCount,
    ).toBeGreaterThan(0);
    const allowed = ok(await t.gql(nested, {}, both)).interviews.edges.map(
      (e: any) => e.node.candidate.name,
    );
    expect(allowed).toContain('Nested Person');
    const loopsKey = (await newKey(['LOOPS_READ'])).secret;
    expect(
      ok(await t.gql(`{ loops(first: 5) { totalCount } }`, {}, loopsKey)).loops.totalCount,
    ).toBeGreaterThan(0);
    // Loops reach no candidate: a LOOPS_READ key asking for one through a nested path is refused.
    const deep = await t.gql(
      `{ loops(first: 5) { edges { node { id } } } candidates(first: 1) { totalCount } }`,
      {},
      loopsKey,
    );
    expect(codeOf(deep)).toBe('FORBIDDEN');
  });

  it('reads submitted scorecards with SCORECARDS_READ but never a draft, even its creator’s', async () => {
    const sheet = await publishedLoop(t, acme.tokens.RECRUITER, { name: 'Keyed loop' });
    const candidateId = await createCandidate(t, acme.tokens.RECRUITER, 'Draft Holder');
    const interviewId = await scheduleInterview(t, acme.tokens.RECRUITER, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [acme.userIds.ADMIN],
    });
    const draft = await myScorecard(t, acme.tokens.ADMIN, interviewId);
    const key = (await newKey(['SCORECARDS_READ'])).secret;
    const page = ok(
      await t.gql(`{ scorecards(first: 50) { totalCount edges { node { id } } } }`, {}, key),
    ).scorecards;
    expect(page.edges.map((e: any) => e.node.id)).not.toContain(draft.id);
    expect(
      codeOf(await t.gql(`query($id: ID!) { scorecard(id: $id) { id } }`, { id: draft.id }, key)),
    ).toBe('FORBIDDEN');
    // A key cannot write anybody's scorecard.
    expect(
      codeOf(
        await t.gql(
          `mutation($id: ID!) { saveScorecardDraft(input: { id: $id, expectedVersion: 1, summary: "x" }) { id } }`,
          { id: draft.id },
          key,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('writes an audit event for every mutation, in its transaction, naming fields but no values', async () => {
    const rec = acme.tokens.RECRUITER;
    const created = await t.http().post('/graphql').set('authorization', `Bearer ${rec}`).send({
      query: `mutation { createCandidate(input: { name: "Secret Name", email: "secret@mail.example" }) { id } }`,
    });
    const candidateId = created.body.data.createCandidate.id;
    ok(
      await t.gql(
        `mutation($id: ID!) { updateCandidate(input: { id: $id, name: "Other Secret" }) { id } }`,
        { id: candidateId },
        rec,
      ),
    );
    const events = ok(await t.gql(AUDIT, { entityId: candidateId }, acme.tokens.ADMIN)).auditEvents;
    expect(events.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({
        action: 'updateCandidate',
        entity: 'Candidate',
        entityId: candidateId,
        actorType: 'USER',
        actorId: acme.userIds.RECRUITER,
        changedFields: ['name'],
      }),
      expect.objectContaining({
        action: 'createCandidate',
        actorType: 'USER',
        requestId: created.headers['x-request-id'],
        changedFields: ['email', 'name'],
      }),
    ]);
    const [row] = await adminQuery(
      `SELECT * FROM audit_events WHERE entity_id = $1 LIMIT 1`,
      [candidateId],
      t.database,
    );
    expect(JSON.stringify(row)).not.toMatch(/Secret|secret@/);

    // A refused mutation leaves neither its change nor an event.
    const before = ok(await t.gql(AUDIT, { action: 'updateCandidate' }, acme.tokens.ADMIN))
      .auditEvents.totalCount;
    const refused = await t.gql(
      `mutation($id: ID!) { updateCandidate(input: { id: $id, email: "not an e-mail" }) { id } }`,
      { id: candidateId },
      rec,
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(
      ok(await t.gql(AUDIT, { action: 'updateCandidate' }, acme.tokens.ADMIN)).auditEvents
        .totalCount,
    ).toBe(before);

    // Keys are audited with the key's id; sign-ins with the user.
    const key = await newKey(['CANDIDATES_WRITE']);
    const byKey = ok(
      await t.gql(`mutation { createCandidate(input: { name: "By Key" }) { id } }`, {}, key.secret),
    ).createCandidate.id;
    const keyEvents = ok(await t.gql(AUDIT, { entityId: byKey }, acme.tokens.ADMIN)).auditEvents
      .edges;
    expect(keyEvents[0].node).toMatchObject({ actorType: 'API_KEY', actorId: key.apiKey.id });
    // A key's reads are audited too; a member's are not.
    const reader = await newKey(['CANDIDATES_READ']);
    ok(await t.gql(CANDIDATES, {}, reader.secret));
    ok(await t.gql(CANDIDATES, {}, acme.tokens.RECRUITER));
    const reads = ok(await t.gql(AUDIT, { action: 'candidates' }, acme.tokens.ADMIN)).auditEvents;
    expect(reads.edges.every((e: any) => e.node.actorType === 'API_KEY')).toBe(true);
    expect(reads.edges.filter((e: any) => e.node.actorId === reader.apiKey.id)).toHaveLength(1);
    const signIns = ok(await t.gql(AUDIT, { action: 'signIn' }, acme.tokens.ADMIN)).auditEvents;
    expect(signIns.totalCount).toBeGreaterThanOrEqual(5);
    expect(signIns.edges[0].node).toMatchObject({
      actorType: 'USER',
      entity: 'User',
      changedFields: ['email', 'password', 'tenant'],
    });
    // Other tenants see none of it.
    const foreign = ok(
      await t.gql(AUDIT, { entityId: candidateId }, other.tokens.ADMIN),
    ).auditEvents;
    expect(foreign.totalCount).toBe(0);
  });

  it('pages the API keys by keyset, oldest first, both ways', async () => {
    const pager = await seedTenant(t, 'key-pager');
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      const key = ok(
        await t.gql(
          CREATE_KEY,
          { input: { name: `Key ${i}`, scopes: ['CANDIDATES_READ'] } },
          pager.tokens.ADMIN,
        ),
      ).createApiKey;
      made.push(key.apiKey.id);
    }
    const PAGE = (args: string) => `{ apiKeys${args ? `(${args})` : ''} { edges { node { id } }
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const read = async (args: string) =>
      ok(await t.gql(PAGE(args), {}, pager.tokens.ADMIN)).apiKeys;
    const ids = (page: any) => page.edges.map((e: any) => e.node.id);
    const first = await read('first: 2');
    expect(ids(first)).toEqual(made.slice(0, 2));
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.totalCount).toBe(5);
    const second = await read(`first: 2, after: "${first.pageInfo.endCursor}"`);
    expect(ids(second)).toEqual(made.slice(2, 4));
    const third = await read(`first: 2, after: "${second.pageInfo.endCursor}"`);
    expect(ids(third)).toEqual(made.slice(4));
    expect(third.pageInfo.hasNextPage).toBe(false);
    const newest = await read('last: 2');
    expect(ids(newest)).toEqual(made.slice(3));
    expect(newest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(ids(await read(`last: 2, before: "${newest.pageInfo.startCursor}"`))).toEqual(
      made.slice(1, 3),
    );
    expect(ids(await read(''))).toEqual(made);
    // A cursor of another tenant's key reads this tenant's keys only.
    const foreign = ok(await t.gql(PAGE('first: 1'), {}, acme.tokens.ADMIN)).apiKeys;
    for (const e of (await read(`after: "${foreign.pageInfo.endCursor}"`)).edges) {
      expect(made).toContain(e.node.id);
    }
    await expectHostilePagingRefused(
      t,
      pager.tokens.ADMIN,
      (args) => `{ apiKeys(${args}) { totalCount } }`,
      ['apiKeys'],
      { wrongKind: ['7', '1.5', 'Key 1'] },
    );
  });

  it('keeps the audit log append-only for the runtime role and for the owner', async () => {
    const runtime = new Client({
      connectionString: withCredentials(
        t.databaseUrl,
        t.config.DATABASE_APP_ROLE,
        t.config.DATABASE_APP_PASSWORD,
      ),
    });
    await runtime.connect();
    try {
      await runtime.query(`SELECT set_config('app.tenant_id', $1, false)`, [acme.id]);
      const [{ n }] = (await runtime.query(`SELECT count(*)::int AS n FROM audit_events`)).rows;
      expect(n).toBeGreaterThan(0);
      await expect(runtime.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(
        /permission denied/,
      );
      await expect(runtime.query(`DELETE FROM audit_events`)).rejects.toThrow(/permission denied/);
    } finally {
      await runtime.end();
    }
    for (const sql of [
      `UPDATE audit_events SET action = 'x'`,
      `DELETE FROM audit_events`,
      `TRUNCATE audit_events`,
    ]) {
      await expect(adminQuery(sql, [], t.database)).rejects.toThrow(/append-only/);
    }
    const [{ n }] = await adminQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'x'`,
      [],
      t.database,
    );
    expect(n).toBe(0);
  });
});

describe('made-up API keys', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('are limited by address, though each has its own prefix and a valid checksum', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const forged = newApiKeySecret().secret; // well-formed, unknown
      codes.push(codeOf(await t.gql('{ candidates(first: 1) { totalCount } }', {}, forged)));
    }
    expect(codes.slice(0, 3)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(codes.slice(3)).toContain('RATE_LIMITED');
  });
});
