import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import request from 'supertest';
import { createApp } from '../src/app.factory.js';
import { codeOf, startTestApp, type TestApp } from './helpers/app.js';
import { sleep } from './helpers/faults.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';

const INTROSPECTION = `{ __schema { queryType { name } types { name } } }`;

describe('abuse limits', () => {
  let t: TestApp;
  let acme: SeededTenant;

  beforeAll(async () => {
    t = await startTestApp({
      GRAPHQL_MAX_DEPTH: '4',
      GRAPHQL_MAX_ALIASES: '5',
      GRAPHQL_MAX_TOKENS: '200',
      BODY_LIMIT_BYTES: '4096',
    });
    acme = await seedTenant(t, 'acme');
  });
  afterAll(() => t.close());

  it('rejects a query deeper than the limit', async () => {
    const ok = await t.gql(`{ me { user { email } } }`, {}, acme.tokens.ADMIN);
    expect(ok.errors).toBeUndefined();
    const deep = await t.gql(
      `{ members { edges { node { user { email } } } } }`,
      {},
      acme.tokens.ADMIN,
    );
    expect(deep.status).toBe(400);
    expect(codeOf(deep)).toBe('BAD_USER_INPUT');
    expect(deep.errors![0].message).toMatch(/depth/i);
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: me { role }`).join(' ');
    const res = await t.gql(`{ ${aliases} }`, {}, acme.tokens.ADMIN);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/alias/i);
  });

  it('rejects a document with too many tokens before parsing it', async () => {
    const fields = Array.from({ length: 250 }, () => '__typename').join(' ');
    const res = await t.gql(`{ ${fields} }`, {}, acme.tokens.ADMIN);
    expect(res.data).toBeNull();
    expect(res.errors![0].message).toMatch(/token/i);
  });

  it('rejects an oversized page with the argument path', async () => {
    const res = await t.gql(`{ members(first: 1000) { totalCount } }`, {}, acme.tokens.ADMIN);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields[0]).toEqual({
      path: 'first',
      message: expect.stringContaining('100'),
    });
  });

  it('refuses mutations over GET with 405, Allow: POST and a clear error', async () => {
    const res = await t
      .http()
      .get('/graphql')
      .query({ query: 'mutation { signOut }' })
      .set('authorization', `Bearer ${acme.tokens.ADMIN}`);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
    expect(res.body.errors).toEqual([
      { message: expect.stringMatching(/mutations.*POST/), extensions: { code: 'BAD_USER_INPUT' } },
    ]);
    expect((await t.gql('{ me { role } }', {}, acme.tokens.ADMIN)).data!.me.role).toBe('ADMIN');
    // A query over GET still works.
    const query = await t
      .http()
      .get('/graphql')
      .query({ query: '{ me { role } }' })
      .set('authorization', `Bearer ${acme.tokens.ADMIN}`);
    expect(query.status).toBe(200);
    expect(query.body.data.me.role).toBe('ADMIN');
  });

  it('refuses form and text bodies with 415 without running them', async () => {
    const query = 'mutation { signOut }';
    const auth = `Bearer ${acme.tokens.ADMIN}`;
    const refused = [
      await t.http().post('/graphql').set('authorization', auth).type('form').send({ query }),
      await t
        .http()
        .post('/graphql')
        .set('authorization', auth)
        .set('content-type', 'text/plain')
        .send(JSON.stringify({ query })),
      await t.http().post('/graphql').set('authorization', auth).field('query', query),
    ];
    for (const res of refused) {
      expect(res.status).toBe(415);
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    // The session is still alive: none of them signed out.
    expect((await t.gql('{ me { role } }', {}, acme.tokens.ADMIN)).data!.me.role).toBe('ADMIN');
  });

  it('refuses batched operations and bodies over the limit', async () => {
    const batch = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
    expect(batch.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const big = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `{ __typename }`, variables: { pad: 'x'.repeat(5000) } });
    expect(big.status).toBe(413);
    expect(big.body.errors[0].message).toMatch(/too large/);
  });

  it('allows introspection and suggestions outside production', async () => {
    const res = await t.gql(INTROSPECTION);
    expect(res.data!.__schema.queryType.name).toBe('Query');
    const typo = await t.gql(`{ mee { role } }`, {}, acme.tokens.ADMIN);
    expect(typo.errors![0].message).toMatch(/Did you mean/);
  });

  it('sends X-Content-Type-Options: nosniff on every response', async () => {
    const responses = [
      await t.http().post('/graphql').set('content-type', 'application/json').send({
        query: '{ __typename }',
      }),
      await t.http().post('/graphql').set('content-type', 'application/json').send('{ nonsense'),
      await t.http().get('/health/live'),
      await t.http().get('/no-such-page'),
      await t
        .http()
        .get('/kits/not-a-stage.md')
        .set('authorization', `Bearer ${acme.tokens.ADMIN}`),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 400, 200, 404, 400]);
    for (const res of responses) expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('returns a request id header, keeping a well-formed one the caller sent', async () => {
    const mine = await t.gql('{ __typename }', {}, undefined, {
      'x-request-id': 'ats-req-12345678',
    });
    expect(mine.headers['x-request-id']).toBe('ats-req-12345678');
    const generated = await t.gql('{ __typename }', {}, undefined, { 'x-request-id': 'bad id!' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-enough-length-0123456789',
    });
  });
  afterAll(() => t.close());

  it('turns off introspection and field suggestions', async () => {
    const res = await t.gql(INTROSPECTION);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/introspection/i);
    const typo = await t.gql(`{ mee { role } }`);
    expect(typo.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('defaults tenant creation to disabled', async () => {
    const res = await t.gql(
      `mutation { createTenant(input: { name: "X", slug: "x", admin: { email: "a@x.example", password: "long enough password", displayName: "A" } }) { accessToken } }`,
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
  });
});

describe('rate limiting per principal', () => {
  let t: TestApp;
  let acme: SeededTenant;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '8' });
    acme = await seedTenant(t, 'acme'); // four sign-ins, counted against the address
  });
  afterAll(() => t.close());

  it('answers RATE_LIMITED with retry-after once a principal spends its budget', async () => {
    const token = acme.tokens.RECRUITER;
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 9; i += 1) {
      last = await t.gql('{ me { role } }', {}, token);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
    expect(codeOf(last!)).toBe('RATE_LIMITED');
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    expect(last!.headers['x-content-type-options']).toBe('nosniff');
    // Another principal has its own budget.
    expect((await t.gql('{ me { role } }', {}, acme.tokens.INTERVIEWER)).status).toBe(200);
  });

  it('holds one budget across replicas: each request is counted in PostgreSQL', async () => {
    // A second replica of the service on the same database, as a second process would be.
    const replica = await createApp(t.config);
    const token = acme.tokens.HIRING_MANAGER;
    const ask = (server: 'first' | 'second') =>
      server === 'first'
        ? t.gql('{ me { role } }', {}, token)
        : request(replica.app.getHttpServer())
            .post('/graphql')
            .set('authorization', `Bearer ${token}`)
            .send({ query: '{ me { role } }' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i += 1) statuses.push((await ask(i % 2 ? 'second' : 'first')).status);
      expect(statuses).toEqual(Array(8).fill(200));
      // The budget of 8 is spent, half on each replica: both refuse the next request.
      const refused = await ask('second');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await ask('first')).status).toBe(429);
    } finally {
      await replica.app.close();
    }
  });

  it("spends none of the budget on the web app's files and pages", async () => {
    const page = await t.http().get('/').set('accept', 'text/html');
    expect(page.status).toBe(200);
    const asset = page.text.match(/src="(\/assets\/[^"]+\.js)"/)![1];
    // Far more than the budget of 8, as one address: a page, a client route, a script.
    for (let i = 0; i < 10; i += 1) {
      for (const path of ['/', '/candidates/some-id', asset]) {
        const res = await t
          .http()
          .get(path)
          .set('accept', path === asset ? '*/*' : 'text/html');
        expect([path, res.status]).toEqual([path, 200]);
      }
    }
    // The same address still has API budget left: the files were not counted.
    expect((await t.gql('{ __typename }')).status).toBe(200);
  });
});

describe('a client that goes away while its request is counted', () => {
  let t: TestApp;
  let acme: SeededTenant;
  beforeAll(async () => {
    t = await startTestApp(); // a pool of 4 connections
    acme = await seedTenant(t, 'acme');
  });
  afterAll(() => t.close());

  it('gives its connection back to the pool', async () => {
    const token = acme.tokens.RECRUITER;
    // The count comes first in the round trip that opens a member's transaction: with the
    // counters' table locked, each request holds a pooled connection while it waits there.
    const locker = new Client({ connectionString: t.databaseUrl });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE rate_limits IN ACCESS EXCLUSIVE MODE');
    const requests = Array.from({ length: 4 }, () =>
      t
        .http()
        .post('/graphql')
        .set('authorization', `Bearer ${token}`)
        .send({ query: '{ me { role } }' }),
    );
    const settled = requests.map((r) =>
      r.then(
        () => 'answered',
        () => 'gone',
      ),
    );
    for (let waited = 0; ; waited += 50) {
      const { rows } = await locker.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_locks WHERE NOT granted AND relation = 'rate_limits'::regclass`,
      );
      if (Number(rows[0].n) >= requests.length) break;
      if (waited > 15_000) throw new Error(`only ${rows[0].n} requests reached the counter`);
      await sleep(50);
    }
    for (const r of requests) r.abort();
    expect(await Promise.all(settled)).toEqual(Array(requests.length).fill('gone'));
    await locker.query('ROLLBACK');
    await locker.end();
    // Every connection came back: twice as many requests as the pool holds are all answered.
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => t.gql('{ me { role } }', {}, token)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
  });
});
