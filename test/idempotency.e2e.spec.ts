import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import { adminQuery } from './helpers/server.js';

const CREATE = `mutation($name: String!) { createCandidate(input: { name: $name }) { id name } }`;

describe('Idempotency-Key on mutations', () => {
  let t: TestApp;
  let acme: SeededTenant;

  const post = (body: object, token: string, key?: string) => {
    const req = t.http().post('/graphql').set('authorization', `Bearer ${token}`);
    if (key !== undefined) req.set('idempotency-key', key);
    return req.send(body);
  };
  const countNamed = async (name: string) =>
    (
      await adminQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM candidates WHERE name = $1`,
        [name],
        t.database,
      )
    )[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedTenant(t, 'acme');
  });
  afterAll(() => t.close());

  it('replays the stored response for the same key and body, and runs once', async () => {
    const body = { query: CREATE, variables: { name: 'Once Only' } };
    const first = await post(body, acme.tokens.RECRUITER, 'key-1');
    expect(first.status).toBe(200);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await post(body, acme.tokens.RECRUITER, 'key-1');
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await countNamed('Once Only')).toBe(1);
  });

  it('refuses the same key with a different body, and changes nothing', async () => {
    await post(
      { query: CREATE, variables: { name: 'First Body' } },
      acme.tokens.RECRUITER,
      'key-2',
    );
    const other = await post(
      { query: CREATE, variables: { name: 'Second Body' } },
      acme.tokens.RECRUITER,
      'key-2',
    );
    expect(other.status).toBe(409);
    expect(other.body.errors[0].extensions).toMatchObject({
      code: 'CONFLICT',
      path: 'Idempotency-Key',
    });
    expect(await countNamed('Second Body')).toBe(0);
  });

  it('never runs a concurrent duplicate twice', async () => {
    const body = { query: CREATE, variables: { name: 'Racing Twins' } };
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => post(body, acme.tokens.RECRUITER, 'key-race')),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    const ids = new Set(responses.map((r) => r.body.data.createCandidate.id));
    expect(ids.size).toBe(1);
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(9);
    expect(await countNamed('Racing Twins')).toBe(1);
  });

  it('scopes keys to their sender, forgets failures, ignores queries and checks the key', async () => {
    const body = { query: CREATE, variables: { name: 'Per Sender' } };
    await post(body, acme.tokens.RECRUITER, 'shared');
    const admin = await post(body, acme.tokens.ADMIN, 'shared');
    expect(admin.headers['idempotent-replayed']).toBeUndefined();
    expect(await countNamed('Per Sender')).toBe(2);

    // A failed request is not remembered: the retry runs again (and may then succeed).
    const bad = { query: CREATE, variables: { name: '' } };
    const refused = await post(bad, acme.tokens.RECRUITER, 'bad-input');
    expect(refused.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const retried = await post(bad, acme.tokens.RECRUITER, 'bad-input');
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    const fixed = await post(
      { query: CREATE, variables: { name: 'Fixed Later' } },
      acme.tokens.RECRUITER,
      'bad-input',
    );
    expect(fixed.body.data.createCandidate.name).toBe('Fixed Later');

    const query = { query: '{ candidates(first: 1) { totalCount } }' };
    const read = await post(query, acme.tokens.RECRUITER, 'a-query');
    expect(read.headers['idempotent-replayed']).toBeUndefined();
    expect(
      (await post(query, acme.tokens.RECRUITER, 'a-query')).headers['idempotent-replayed'],
    ).toBeUndefined();

    const tooLong = await post(body, acme.tokens.RECRUITER, 'x'.repeat(256));
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors[0].extensions.fields[0].path).toBe('Idempotency-Key');
    expect(await countNamed('Per Sender')).toBe(2);
  });

  it('never stores a secret: a repeated key-creating request is refused, not replayed', async () => {
    const body = {
      query: 'mutation { createApiKey(input: { name: "Once", scopes: [LOOPS_READ] }) { secret } }',
    };
    const first = await post(body, acme.tokens.ADMIN, 'make-key');
    const secret: string = first.body.data.createApiKey.secret;
    const again = await post(body, acme.tokens.ADMIN, 'make-key');
    expect(again.status).toBe(409);
    expect(again.body.errors[0].extensions).toMatchObject({
      code: 'CONFLICT',
      path: 'Idempotency-Key',
    });
    expect(JSON.stringify(again.body)).not.toContain(secret);
    const stored = await adminQuery(
      `SELECT 1 FROM idempotency_keys WHERE response_body LIKE '%' || $1 || '%'`,
      [secret.slice(8, 30)],
      t.database,
    );
    expect(stored).toEqual([]);
    const keys = await t.gql(
      '{ apiKeys(first: 100) { edges { node { name } } } }',
      {},
      acme.tokens.ADMIN,
    );
    expect(keys.data!.apiKeys.edges.filter((e: any) => e.node.name === 'Once')).toHaveLength(1);
  });

  it('forgets stored answers that show a candidate once the candidate is anonymised', async () => {
    const made = await post(
      { query: CREATE, variables: { name: 'Soon Forgotten' } },
      acme.tokens.RECRUITER,
      'to-forget',
    );
    const id = made.body.data.createCandidate.id;
    await t.gql(
      `mutation($id: ID!) { anonymizeCandidate(id: $id) { id } }`,
      { id },
      acme.tokens.ADMIN,
    );
    const rows = await adminQuery(
      `SELECT 1 FROM idempotency_keys WHERE key = 'to-forget'`,
      [],
      t.database,
    );
    expect(rows).toEqual([]);
  });

  it('works with API keys, and forgets a key after 24 hours', async () => {
    const made = await t.gql(
      'mutation { createApiKey(input: { name: "ATS", scopes: [CANDIDATES_WRITE] }) { secret apiKey { id } } }',
      {},
      acme.tokens.ADMIN,
    );
    const key = made.data!.createApiKey.secret;
    const body = { query: CREATE, variables: { name: 'From The ATS' } };
    const first = await post(body, key, 'ats-1');
    const again = await post(body, key, 'ats-1');
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    await adminQuery(
      `UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'ats-1'`,
      [],
      t.database,
    );
    const later = await post({ query: CREATE, variables: { name: 'Day Later' } }, key, 'ats-1');
    expect(later.headers['idempotent-replayed']).toBeUndefined();
    expect(later.body.data.createCandidate.name).toBe('Day Later');
  });
});
