import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { getIntrospectionQuery } from 'graphql';
import type { Browser } from 'playwright-core';
import { headersJson } from '../src/demo/demo-seed.js';
import { codeOf, startTestApp, type TestApp } from './helpers/app.js';
import { launchChromium } from './helpers/browser.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';

/** Screenshots land here (git-ignored); CI can keep the folder as an artifact. */
const RESULTS_DIR = 'test-results';

/** `categories { children { … { name } } }`, `depth` levels deep (the default limit is 12). */
function nested(root: string, depth: number): string {
  const children = 'children { '.repeat(depth - 2);
  return `${root} { ${children}name ${'} '.repeat(depth - 2)}}`;
}

const PROD_SECRET = { JWT_SECRET: 'a-production-secret-of-enough-length-0123456789' };

describe('GraphiQL in development', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'development' });
    acme = await seedTenant(t, 'acme');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => t.close());

  it('answers the introspection queries of graphql-js, GraphiQL and graphql-codegen', async () => {
    for (const options of [
      {},
      {
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      },
    ]) {
      const res = await t.gql(getIntrospectionQuery(options));
      expect(res.errors).toBeUndefined();
      expect(res.data!.__schema.queryType.name).toBe('Query');
      expect(res.data!.__schema.types.length).toBeGreaterThan(50);
    }
  });

  it('still refuses an ordinary query deeper than the limit, and nested introspection lists', async () => {
    const deep = await t.gql(`{ ${nested('categories', 13)} }`, {}, acme.tokens.ADMIN);
    expect(deep.status).toBe(400);
    expect(codeOf(deep)).toBe('BAD_USER_INPUT');
    expect(deep.errors![0].message).toMatch(/depth limit of 12 exceeded/);
    // Skipping __schema in the depth rule must not open this: each level multiplies the answer.
    const bomb = await t.gql(
      `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`,
    );
    expect(bomb.status).toBe(400);
    expect(bomb.errors![0].message).toMatch(/introspection depth/i);
    // Introspection beside an ordinary field does not lift the limit from that field.
    const mixed = await t.gql(
      `{ __schema { queryType { name } } ${nested('categories', 13)} }`,
      {},
      acme.tokens.ADMIN,
    );
    expect(mixed.status).toBe(400);
    expect(mixed.errors![0].message).toMatch(/depth limit/);
  });

  it('serves a page that loads only files of this server, under a same-origin policy', async () => {
    const page = await t.http().get('/graphiql');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    const sources = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThanOrEqual(5);
    for (const source of sources) expect(source).toMatch(/^(\/graphiql\/assets\/|data:)/);
    const script = await t.http().get('/graphiql/assets/graphiql.min.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect((await t.http().get('/graphiql/assets/package.json')).status).toBe(404);
  });

  describe('in headless Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(() => browser?.close());

    it('runs a query with the token in the Headers editor and lists Query in the docs', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('websocket', (ws) => requests.push(ws.url()));
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      try {
        await page.goto(`${base}/graphiql`);
        const queryEditor = page.getByRole('region', { name: 'Query Editor' });
        await queryEditor.getByRole('textbox').waitFor({ state: 'attached' });

        // The header exactly as the start-up banner prints it for GraphiQL.
        await page.getByRole('button', { name: 'Headers', exact: true }).click();
        await page.getByRole('region', { name: 'Headers' }).getByRole('textbox').focus();
        await page.keyboard.insertText(headersJson(acme.tokens.RECRUITER));

        await queryEditor.getByRole('textbox').focus();
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.insertText('{ me { role } }');
        await page.getByRole('button', { name: /^Execute query/ }).click();

        const result = page.getByRole('region', { name: 'Result Window' });
        await result.getByText('"RECRUITER"').waitFor();
        expect(await result.innerText()).toMatch(/"role":\s*"RECRUITER"/);

        await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
        const docs = page.getByRole('region', { name: 'Documentation Explorer' });
        await docs.getByText('Root Types').waitFor();
        await docs.getByRole('link', { name: 'Query', exact: true }).waitFor();

        mkdirSync(RESULTS_DIR, { recursive: true });
        await page.screenshot({ path: `${RESULTS_DIR}/graphiql.png` });
      } finally {
        await context.close();
      }

      const foreign = requests.filter(
        (url) => !/^(data|blob):/.test(url) && new URL(url).origin !== base,
      );
      expect(foreign).toEqual([]);
      expect(requests).toContain(`${base}/graphql`);
      expect(problems).toEqual([]);
    }, 60_000);
  });
});

describe.each([
  ['production', { NODE_ENV: 'production', ...PROD_SECRET }],
  ['test', { NODE_ENV: 'test' }],
])('GraphiQL with NODE_ENV=%s', (_name, env) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(env);
  });
  afterAll(() => t.close());

  it('is not served', async () => {
    expect((await t.http().get('/graphiql')).status).toBe(404);
    expect((await t.http().get('/graphiql/assets/graphiql.min.js')).status).toBe(404);
  });
});
