import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { REFRESH_COOKIE, REFRESH_PATH } from '../src/auth/session.controller.js';
import { DEMO_MEMBERS, seedDemoTenant } from '../src/demo/demo-seed.js';
import { codeOf, startTestApp, type TestApp } from './helpers/app.js';
import { inspect, launchChromium, SIZES } from './helpers/browser.js';

const INTERVIEWER = DEMO_MEMBERS[3].email;
const APP = { 'x-requested-with': 'interview-kit', 'content-type': 'application/json' };

describe('the web app', () => {
  let t: TestApp;
  let base: string;
  let password: string;

  beforeAll(async () => {
    // The demo story builds its loop from the built-in library.
    t = await startTestApp({ DEFAULT_PACKS: 'backend-engineering' });
    password = t.config.DEMO_PASSWORD;
    await seedDemoTenant(t.app, t.config);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    base = `http://127.0.0.1:${port}`;
  }, 60_000);
  afterAll(() => t.close());

  const signInOverHttp = () =>
    t.http().post('/auth/sign-in').set(APP).send({ email: INTERVIEWER, password, tenant: 'acme' });
  const cookieOf = (res: { headers: Record<string, unknown> }) => {
    const cookies = (res.headers['set-cookie'] as string[] | undefined) ?? [];
    const cookie = cookies.find((c) => c.startsWith(`${REFRESH_COOKIE}=`));
    return { header: cookie ?? '', pair: cookie?.split(';')[0] ?? '' };
  };

  it('serves the app at / and client routes with a strict CSP; API paths stay the API', async () => {
    const page = await t.http().get('/').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const csp = page.headers['content-security-policy'];
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    // No inline script: every <script> loads a file of this server.
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\/assets\//);
      expect(body.trim()).toBe('');
    }
    const asset = page.text.match(/src="(\/assets\/[^"]+\.js)"/)![1];
    const script = await t.http().get(asset);
    expect(script.status).toBe(200);
    expect(script.headers['cache-control']).toMatch(/immutable/);

    const route = await t.http().get('/interviews/some-id').set('accept', 'text/html');
    expect(route.status).toBe(200);
    expect(route.text).toBe(page.text);
    // The root is the app for any client; other paths only for one that asks for a page.
    const rootForAny = await t.http().get('/').set('accept', '*/*');
    expect([rootForAny.status, rootForAny.text]).toEqual([200, page.text]);
    const routeForJson = await t
      .http()
      .get('/interviews/some-id')
      .set('accept', 'application/json');
    expect(routeForJson.status).toBe(404);
    for (const path of ['/kits', '/graphql/x', '/health', '/assets/missing.js', '/auth/x']) {
      const res = await t.http().get(path).set('accept', 'text/html');
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.text).not.toContain('<div id="root">');
    }
    expect((await t.http().get('/health/live')).status).toBe(200);
  });

  it('keeps the refresh token in an httpOnly, SameSite=Strict cookie on the refresh path only', async () => {
    const res = await signInOverHttp();
    expect(res.status).toBe(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.viewer.user.email).toBe(INTERVIEWER);
    expect(JSON.stringify(res.body)).not.toContain(cookieOf(res).pair.split('=')[1]);
    const { header } = cookieOf(res);
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Strict/i);
    expect(header).toContain(`Path=${REFRESH_PATH}`);
    expect(header).not.toMatch(/Secure/i); // Secure in production only (tests speak http)
  });

  it('refuses cross-site requests to the session endpoints', async () => {
    const { pair } = cookieOf(await signInOverHttp());
    const attempts = [
      { 'content-type': 'application/json' }, // no custom header: a cross-site form or fetch
      { ...APP, origin: 'https://evil.example' },
      { ...APP, 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of attempts) {
      const refresh = await t.http().post(REFRESH_PATH).set(headers).set('cookie', pair).send({});
      expect(refresh.status).toBe(403);
      expect(refresh.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(refresh.headers['set-cookie']).toBeUndefined();
      const signOut = await t.http().delete(REFRESH_PATH).set(headers).set('cookie', pair).send({});
      expect(signOut.status).toBe(403);
      const signIn = await t
        .http()
        .post('/auth/sign-in')
        .set(headers)
        .send({ email: INTERVIEWER, password, tenant: 'acme' });
      expect(signIn.status).toBe(403);
    }
    // The session survived all of them.
    const ok = await t.http().post(REFRESH_PATH).set(APP).set('cookie', pair).send({});
    expect(ok.status).toBe(200);
    expect(ok.body.accessToken).toEqual(expect.any(String));
  });

  it('answers malformed session bodies with BAD_USER_INPUT in the API shape, never INTERNAL', async () => {
    const send = (body: string) => t.http().post('/auth/sign-in').set(APP).send(body);
    for (const body of ['null', '"x"', '[]', '5']) {
      const res = await send(body);
      expect([body, res.status, res.body]).toEqual([
        body,
        400,
        {
          errors: [
            {
              message: 'The input is invalid.',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ path: 'body', message: 'must be a JSON object' }],
              },
            },
          ],
        },
      ]);
    }
    for (const body of ['{', '']) {
      const res = await send(body);
      expect([body, res.status, res.body.errors[0].extensions]).toEqual([
        body,
        400,
        { code: 'BAD_USER_INPUT' },
      ]);
    }
    const nul = await send(
      JSON.stringify({ email: 'a\u0000@x.example', password: 'x', tenant: 'acme' }),
    );
    expect(nul.status).toBe(400);
    expect(nul.body.errors[0].extensions.fields).toEqual([
      { path: 'email', message: 'must not contain a NUL character' },
    ]);
  });

  it('leaves bearer clients as they were: signIn, refreshSession, me and signOut over GraphQL', async () => {
    const signIn = await t.gql(
      `mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }`,
      { input: { email: INTERVIEWER, password, tenant: 'acme' } },
    );
    expect(signIn.errors).toBeUndefined();
    expect(signIn.headers['set-cookie']).toBeUndefined();
    const { accessToken, refreshToken } = signIn.data!.signIn;
    const me = await t.gql(`{ me { role } }`, {}, accessToken);
    expect(me.data).toEqual({ me: { role: 'INTERVIEWER' } });
    const refreshed = await t.gql(
      `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }`,
      { input: { refreshToken } },
    );
    expect(refreshed.errors).toBeUndefined();
    const out = await t.gql(`mutation { signOut }`, {}, refreshed.data!.refreshSession.accessToken);
    expect(out.data).toEqual({ signOut: true });
    expect(codeOf(await t.gql(`{ me { role } }`, {}, accessToken))).toBe('UNAUTHENTICATED');
  });

  describe('in headless Chromium', () => {
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    const problems: string[] = [];

    beforeAll(async () => {
      browser = await launchChromium();
      context = await browser.newContext({ viewport: SIZES.desktop, timezoneId: 'Europe/Berlin' });
      page = await context.newPage();
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => {
        // The refused sign-ins (400, 401) are logged by Chromium as a failed resource.
        if (m.type() === 'error' && !/status of 40[013]/.test(m.text())) problems.push(m.text());
      });
    }, 30_000);
    afterAll(async () => {
      await context?.close();
      await browser?.close();
    });

    it('shows a wrong password in words beside the form', async () => {
      await page.goto(`${base}/interviews`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      await inspect(page, 'sign-in');
      await page.getByLabel('E-mail').fill(INTERVIEWER);
      await page.getByLabel(/^Password/).fill('not the password');
      await page.getByLabel('Organisation').fill('acme');
      await page.getByRole('button', { name: 'Sign in' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain('The e-mail, password or tenant is not correct.');
      expect(await alert.innerText()).not.toContain('{');
      await inspect(page, 'sign-in-error');

      // A malformed e-mail is named beside its field.
      await page.getByLabel('E-mail').fill('not-an-address');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('must be an e-mail address').waitFor();
      const email = page.getByLabel('E-mail');
      expect(await email.getAttribute('aria-invalid')).toBe('true');
    }, 60_000);

    it('signs the interviewer in to My interviews with the overdue interview marked', async () => {
      await page.getByLabel('E-mail').fill(INTERVIEWER);
      await page.getByLabel(/^Password/).fill(password);
      await page.getByLabel('Organisation').fill('acme');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'My interviews' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/interviews');
      const awaiting = page.getByRole('region', { name: /Awaiting my feedback/ });
      await awaiting.getByText('Sam Rivera').waitFor();
      expect(await awaiting.innerText()).toMatch(/Overdue by \d+ hours?/i);
      const header = page.getByRole('banner');
      expect(await header.innerText()).toContain('Ivan Interviewer');
      expect(await header.innerText()).toContain('Acme');
      // Nothing of the session in storage the page's scripts can read.
      const stored = await page.evaluate('JSON.stringify({ ...localStorage, ...sessionStorage })');
      expect(stored).toBe('{}');
      expect(await page.evaluate('document.cookie')).toBe('');
      await inspect(page, 'my-interviews');
    }, 60_000);

    it('opens the interview page, and stays signed in across a reload', async () => {
      await page.getByRole('link', { name: 'Sam Rivera' }).click();
      await page.getByRole('heading', { name: 'Sam Rivera' }).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/interviews\/.+/);
      await inspect(page, 'interview');
      await page.reload();
      await page.getByRole('heading', { name: 'Sam Rivera' }).waitFor();
      await page.goto(`${base}/interviews`);
      await page.getByRole('heading', { name: 'My interviews' }).waitFor();
    }, 180_000); // the interview page is the kit and scorecard: axe at two sizes takes a while

    it('signs out: the session ends on the server and the cookie no longer works', async () => {
      const [cookie] = await context.cookies(`${base}${REFRESH_PATH}`);
      expect(cookie).toMatchObject({ name: REFRESH_COOKIE, httpOnly: true, sameSite: 'Strict' });
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(await context.cookies(`${base}${REFRESH_PATH}`)).toEqual([]);
      const reuse = await t
        .http()
        .post(REFRESH_PATH)
        .set(APP)
        .set('cookie', `${REFRESH_COOKIE}=${cookie.value}`)
        .send({});
      expect(reuse.status).toBe(401);
      await page.reload();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(problems).toEqual([]);
    }, 60_000);
  });
});
