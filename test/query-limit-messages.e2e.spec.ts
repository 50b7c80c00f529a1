import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './helpers/app.js';
import { signIn } from './helpers/fixtures.js';
import { TenantService } from '../src/accounts/tenant.service.js';
import { Role } from '../src/common/role.js';

describe('query limits say what was exceeded', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_COST: '100' });
    await t.app.get(TenantService).ensureTenant('Limits', 'limits', [
      {
        email: 'r@limits.example',
        displayName: 'R',
        password: 'correct horse battery staple',
        role: Role.RECRUITER,
      },
    ]);
    token = await signIn(t, 'r@limits.example', 'limits');
  });
  afterAll(() => t.close());

  it('a valid but too expensive query is not a "Syntax Error"', async () => {
    const result = await t.gql(
      `{ candidates(first: 100) { edges { node { id name interviews { id status candidate { id name } } } } } }`,
      {},
      token,
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/^Query Cost limit of 100 exceeded/);
  });

  it('a syntax error still says so', async () => {
    const result = await t.gql('{ candidates(first: 1) { edges ', {}, token);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].message).toMatch(/^Syntax Error/);
  });

  it('a document over the token limit names the limit, not a syntax error', async () => {
    const result = await t.gql(`{ ${'me '.repeat(6000)}}`, {}, token);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/^The document has more than \d+ tokens/);
  });

  it('a GET that selects no operation answers 400 as POST does, not INTERNAL', async () => {
    const cases = [
      {
        query: 'query A { me { role } }',
        operationName: 'B',
        says: 'Unknown operation named "B".',
      },
      {
        query: 'query A { me { role } } query C { me { role } }',
        says: /Must provide operation name/,
      },
    ];
    for (const { says, ...params } of cases) {
      // The same document sent first with POST is in Mercurius's cache: the GET must not skip the check.
      await t.gql(params.query, {}, token);
      const res = await t
        .http()
        .get('/graphql')
        .query(params)
        .set('authorization', `Bearer ${token}`)
        .set('accept', 'application/graphql-response+json');
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message).toMatch(says);
    }
    const named = await t
      .http()
      .get('/graphql')
      .query({ query: 'query A { me { role } } query C { me { role } }', operationName: 'C' })
      .set('authorization', `Bearer ${token}`);
    expect(named.status).toBe(200);
    expect(named.body.data).toEqual({ me: { role: 'RECRUITER' } });
  });
});
