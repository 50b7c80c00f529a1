import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { serverAudits, type AuditResult } from 'graphql-http';
import { startTestApp, type TestApp } from './helpers/app.js';

/**
 * Audits that may fail, each with the reason (README, "GraphQL over HTTP"). None today: a new
 * version of graphql-http that adds an audit we fail must be answered here or fixed.
 */
const ACCEPTED_FAILURES: Record<string, string> = {};

const levelOf = (result: AuditResult) => result.name.split(' ')[0] as 'MUST' | 'SHOULD' | 'MAY';

describe('GraphQL over HTTP', () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    url = `${await t.app.getUrl()}/graphql`;
  });
  afterAll(() => t.close());

  it('passes every MUST and SHOULD audit of graphql-http against the listening server', async () => {
    const results: AuditResult[] = [];
    for (const audit of serverAudits({ url, fetchFn: fetch })) results.push(await audit.fn());
    const counts = Object.fromEntries(
      (['MUST', 'SHOULD', 'MAY'] as const).map((level) => {
        const ofLevel = results.filter((r) => levelOf(r) === level);
        return [level, `${ofLevel.filter((r) => r.status === 'ok').length}/${ofLevel.length}`];
      }),
    );
    // eslint-disable-next-line no-console -- the README quotes these figures
    console.log(`graphql-http audits: ${JSON.stringify(counts)}`);
    const failing = results
      .filter((r) => r.status !== 'ok' && levelOf(r) !== 'MAY' && !(r.id in ACCEPTED_FAILURES))
      .map((r) => `${r.id} ${r.name}: ${r.status === 'ok' ? '' : r.reason}`);
    expect(failing).toEqual([]);
    expect(results.filter((r) => levelOf(r) === 'MUST').length).toBeGreaterThan(0);
  });

  // supertest sends no Accept header unless told (fetch would send */*).
  const post = (body: string, accept?: string) => {
    const req = t.http().post('/graphql').set('content-type', 'application/json');
    return (accept ? req.set('accept', accept) : req).send(body);
  };

  it.each([
    // accept, status, content type: the API's own error codes in every case
    ['application/graphql-response+json', 400, 'application/graphql-response+json'],
    [
      'application/graphql-response+json, application/json;q=0.9',
      400,
      'application/graphql-response+json',
    ],
    ['application/json', 200, 'application/json'],
    ['*/*', 400, 'application/json'],
    [undefined, 400, 'application/json'], // no Accept header at all
  ])(
    'answers a document that does not validate, Accept %s: %i as %s, no data',
    async (accept, status, type) => {
      const res = await post(JSON.stringify({ query: '{ noSuchField }' }), accept);
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toBe(`${type}; charset=utf-8`);
      expect(res.body).not.toHaveProperty('data');
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    },
  );

  it('keeps data (null) and 200 once execution ran, in both media types', async () => {
    for (const accept of ['application/graphql-response+json', 'application/json']) {
      const res = await post(JSON.stringify({ query: '{ me { role } }' }), accept);
      expect(res.status).toBe(200);
      expect(res.body.data).toBeNull();
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers variables that do not coerce 400 under the new media type, 200 under JSON', async () => {
    const body = JSON.stringify({
      query: 'query($id: ID!) { member(id: $id) { id } }',
      variables: { id: null },
    });
    expect((await post(body, 'application/graphql-response+json')).status).toBe(400);
    expect((await post(body, 'application/json')).status).toBe(200);
  });

  it('refuses an Accept it cannot satisfy (406) and a request that is not GraphQL (400)', async () => {
    const html = await post(JSON.stringify({ query: '{ __typename }' }), 'text/html');
    expect(html.status).toBe(406);
    expect(html.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    for (const invalid of [
      '{ "not json',
      '{"query": 0}',
      '{"query": "{ __typename }", "variables": false}',
    ]) {
      const res = await post(invalid, 'application/json');
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    const nullExtensions = await post(
      JSON.stringify({ query: '{ __typename }', extensions: null }),
      'application/json',
    );
    expect(nullExtensions.body).toEqual({ data: { __typename: 'Query' } });
  });
});
