import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { codeOf, startTestApp, type TestApp } from './helpers/app.js';
import { inspect, launchChromium, signInThroughPage, SIZES } from './helpers/browser.js';
import { PASSWORD, seedTenant, type SeededTenant } from './helpers/fixtures.js';
import { importLibrary, ok, publishedLoop } from './helpers/interviews.js';
import { Mailbox } from './helpers/mailbox.js';
import { waitFor } from './helpers/wait.js';
import { freePort } from './helpers/server.js';

/** A local webhook receiver: records every POST and answers 200. */
class Receiver {
  readonly received: { path: string; headers: IncomingHttpHeaders; raw: string }[] = [];
  private server?: Server;
  base = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        this.received.push({ path: req.url ?? '/', headers: req.headers, raw });
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }
}

/** The text that describes an element (its description and error), as a screen reader reads it. */
async function describedText(page: Page, element: Locator): Promise<string> {
  const ids = ((await element.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

/** The administration pages in Chromium against the real server, SMTP and a webhook receiver. */
describe('administration in the web app', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let base: string;
  let browser: Browser;
  let admin: { context: BrowserContext; page: Page };
  const mailbox = new Mailbox();
  const receiver = new Receiver();
  const problems: string[] = [];

  beforeAll(async () => {
    await mailbox.start();
    await receiver.start();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await startTestApp({
      SMTP_URL: mailbox.url,
      PUBLIC_URL: base,
      MAIL_RETRY_BASE_MS: '50',
      MAIL_RETRY_CAP_MS: '300',
      WEBHOOK_RETRY_BASE_MS: '50',
      WEBHOOK_RETRY_CAP_MS: '200',
      WEBHOOK_TIMEOUT_MS: '2000',
    });
    acme = await seedTenant(t, 'adm');
    await t.app.listen({ port, host: '127.0.0.1' });
    browser = await launchChromium();
    admin = await pageFor(acme.emails.ADMIN, PASSWORD);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await receiver.stop();
    await mailbox.stop();
  });

  /** A page whose console errors are problems, but for the answers `expected` describes. */
  async function newPage(
    expected = /status of 401/,
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: SIZES.desktop });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      // Signed out, the page asks /auth/refresh for a session it does not have (401).
      if (m.type() === 'error' && !expected.test(m.text())) problems.push(m.text());
    });
    return { context, page };
  }

  async function pageFor(email: string, password: string) {
    const opened = await newPage();
    await signInThroughPage(opened.page, base, { email, password, tenant: 'adm' });
    return opened;
  }

  /** Opens an administration page by its address and waits for its heading. */
  async function openAdmin(page: Page, path: string, heading: string) {
    await page.goto(`${base}/admin/${path}`);
    await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
    expect(
      await adminNav(page).getByRole('link', { name: heading }).getAttribute('aria-current'),
    ).toBe('page');
  }

  const adminNav = (page: Page) => page.getByRole('navigation', { name: 'Administration' });

  it('invites by e-mail; the link in the e-mail lets the person join, signed in, with only their pages', async () => {
    const { page } = admin;
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await page.getByRole('heading', { name: 'Members', level: 2 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/members');
    expect(
      await adminNav(page).getByRole('link', { name: 'Members' }).getAttribute('aria-current'),
    ).toBe('page');

    // The only admin: the role and the remove button are disabled, with the reason beside them.
    const ownRole = page.getByRole('combobox', { name: 'Role of ADMIN' });
    expect(await ownRole.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Remove ADMIN' }).isDisabled()).toBe(true);
    // Mantine links the description to the select (aria-describedby): read it as a screen reader would.
    const hint = await describedText(page, ownRole);
    expect(hint).toContain('The only admin: make another member an admin');

    // Not an e-mail address: the API's message beside the field, which reads as invalid; it
    // goes once the user changes the field.
    const email = page.getByRole('textbox', { name: /^E-mail/ });
    await email.fill('new.hire at adm.example');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await waitFor('the e-mail marked invalid', async () => {
      return (await email.getAttribute('aria-invalid')) === 'true';
    });
    expect(await describedText(page, email)).toContain('must be an e-mail address');
    // The empty optional name is left out, not sent as null (which the API refuses).
    expect(await page.getByLabel('Name (optional)').getAttribute('aria-invalid')).toBe('false');
    await inspect(page, 'admin-members-invalid-email');
    await email.fill('new.hire@adm.example');
    expect(await email.getAttribute('aria-invalid')).toBe('false');
    await page.getByLabel('Name (optional)').fill('Nia Hale');
    await page.getByLabel('Role', { exact: true }).selectOption('INTERVIEWER');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page
      .getByRole('status')
      .getByText('new.hire@adm.example has been e-mailed a link to join')
      .waitFor();
    const row = page.getByRole('row', { name: /new\.hire@adm\.example/ });
    await row.getByText('Invitation sent').waitFor();
    await inspect(page, 'admin-members');

    const mail = await waitFor(
      'the invitation e-mail',
      () => mailbox.to('new.hire@adm.example')[0],
    );
    const link = new RegExp(`${base}/accept-invitation#token=[A-Za-z0-9._-]+`).exec(
      mail.mail.text ?? '',
    )?.[0];
    expect(link).toEqual(expect.any(String));
    const token = link!.split('#token=')[1];
    // The admin's page never holds the token.
    expect(await page.content()).not.toContain(token);

    // The session endpoint answers the too-short password below with 400, as the browser logs.
    const invitee = await newPage(/status of 40[01]/);
    const sessionCalls: string[] = [];
    invitee.page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/auth/'))
        sessionCalls.push(new URL(r.url()).pathname);
    });
    await invitee.page.goto(link!);
    await invitee.page.getByRole('heading', { name: 'Accept your invitation', level: 1 }).waitFor();
    // The token leaves the address bar once read.
    await waitFor(
      'the fragment cleared',
      async () => !(await invitee.page.evaluate<string>('location.hash')),
    );
    await inspect(invitee.page, 'accept-invitation');
    // Too short a password: the API's rule, beside the field.
    await invitee.page.getByLabel(/^Password/).fill('short');
    await invitee.page.getByRole('button', { name: 'Join and sign in' }).click();
    await invitee.page.getByText(/must be at least 12 characters long/).waitFor();
    await invitee.page.getByLabel(/^Password/).fill('a long new password for nia');
    await invitee.page.getByRole('button', { name: 'Join and sign in' }).click();
    await invitee.page.getByRole('heading', { name: 'My interviews', level: 1 }).waitFor();
    expect(await invitee.page.getByText('Nia Hale').first().isVisible()).toBe(true);
    // Accepting started the session itself: no second sign-in with the password.
    expect(sessionCalls.filter((p) => p !== '/auth/refresh')).toEqual([
      '/auth/accept-invitation',
      '/auth/accept-invitation',
    ]);

    // Role boundaries: an interviewer has no administration or library links...
    const nav = invitee.page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['My interviews']);
    // ...and a direct address says plainly that it is not theirs.
    for (const [path, label] of [
      ['/admin/api-keys', 'Administration'],
      ['/library', 'Library'],
    ]) {
      await invitee.page.goto(`${base}${path}`);
      await invitee.page.getByRole('heading', { name: 'Not allowed', level: 1 }).waitFor();
      const alert = await invitee.page.getByRole('alert').innerText();
      expect(alert).toContain(`${label} is not open to your role`);
      expect(alert).toContain('You are signed in as Interviewer');
      expect(await invitee.page.getByRole('heading', { name: 'API keys' }).count()).toBe(0);
    }
    await inspect(invitee.page, 'not-allowed');
    // The session survives a reload (the refresh cookie was set by signing in).
    await invitee.page.reload();
    await invitee.page.getByRole('heading', { name: 'Not allowed', level: 1 }).waitFor();

    // The link works once: opened again it is refused in words.
    await invitee.page.goto(link!);
    await invitee.page.getByLabel(/^Password/).fill('a long new password for nia');
    await invitee.page.getByRole('button', { name: 'Join and sign in' }).click();
    await invitee.page.getByRole('alert').getByText('This link no longer works').waitFor();
    expect(await invitee.page.getByRole('alert').innerText()).toContain(
      'expired or has already been used',
    );
    await invitee.context.close();

    // The admin sees the member joined, under the name given with the invitation.
    await page.reload();
    const joined = page.getByRole('row', { name: /Nia Hale/ });
    await joined.waitFor();
    expect(await joined.getByText('Invitation sent').count()).toBe(0);

    // A failed removal is said in its dialog; opened again, for another member, it starts clean.
    const nia = ok(
      await t.gql(
        '{ members(first: 100) { edges { node { id user { displayName } } } } }',
        {},
        acme.tokens.ADMIN,
      ),
    ).members.edges.find(
      (e: { node: { user: { displayName: string } } }) => e.node.user.displayName === 'Nia Hale',
    ).node.id;
    await joined.getByRole('button', { name: 'Remove Nia Hale' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove this member?' });
    await dialog.waitFor();
    // Meanwhile another admin's removal (the API) goes first.
    ok(
      await t.gql(
        'mutation($id: ID!) { removeMember(memberId: $id) }',
        { id: nia },
        acme.tokens.ADMIN,
      ),
    );
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    expect(await dialog.getByRole('alert').innerText()).toContain('Member was not found.');
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Remove RECRUITER' }).click();
    await dialog.getByText(/^RECRUITER loses access/).waitFor();
    expect(await dialog.getByRole('alert').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await dialog.waitFor({ state: 'detached' });
  }, 240_000);

  it('creates an API key whose secret is shown once, lists its last use, and revokes it', async () => {
    const { page } = admin;
    await openAdmin(page, 'api-keys', 'API keys');
    await page.getByRole('textbox', { name: /^Name/ }).fill('ATS sync');
    // No scope chosen: the API's error, beside the scopes.
    await page.getByRole('button', { name: 'Create the key' }).click();
    await page.getByText(/must have at least one item/).waitFor();
    await page.getByRole('checkbox', { name: 'TAXONOMY_READ' }).check();
    await page.getByRole('checkbox', { name: 'CANDIDATES_READ' }).check();
    await page.getByRole('button', { name: 'Create the key' }).click();
    const shown = page.getByRole('region', { name: 'The secret of “ATS sync”' });
    await shown.waitFor();
    const secret = (await shown.locator('[data-secret]').innerText()).trim();
    expect(secret).toMatch(/^ik_live_/);
    expect(await shown.getByRole('button', { name: 'Copy the secret' }).isVisible()).toBe(true);
    await inspect(page, 'admin-api-key-secret');

    // The key works with exactly its scopes.
    const used = await t.gql('{ categories { id } }', {}, secret);
    expect(used.errors).toBeUndefined();
    await shown.getByRole('button', { name: 'Done' }).click();
    expect(await page.content()).not.toContain(secret);

    await page.reload();
    const row = page.getByRole('row', { name: /ATS sync/ });
    await row.waitFor();
    expect(await row.innerText()).toContain(`ik_live_${secret.slice(8, 12)}`);
    expect(await row.innerText()).not.toContain('Never');
    expect(await page.content()).not.toContain(secret);
    await inspect(page, 'admin-api-keys');

    // By keyboard: Enter opens the confirmation, Escape keeps the key and gives focus back.
    const revokeButton = row.getByRole('button', { name: 'Revoke ATS sync' });
    await revokeButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Revoke this API key?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await waitFor('focus back on Revoke', () =>
      revokeButton.evaluate((el) => el === el.ownerDocument.activeElement),
    );
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Revoke the key' }).click();
    await row.getByText(/^Revoked/).waitFor();
    expect(codeOf(await t.gql('{ categories { id } }', {}, secret))).toBe('UNAUTHENTICATED');
  }, 240_000);

  it('adds a webhook endpoint, offers the existing one for a taken URL, and shows a delivery after an event', async () => {
    const { page } = admin;
    await openAdmin(page, 'webhooks', 'Webhooks');
    const url = `${receiver.base}/hooks`;
    const form = page.getByRole('region', { name: 'New endpoint' });
    await form.getByLabel('URL').fill(url);
    await form.getByRole('checkbox', { name: 'loop.published' }).check();
    await form.getByRole('button', { name: 'Add the endpoint' }).click();
    const shown = page.getByRole('region', { name: `The signing secret of ${url}` });
    await shown.waitFor();
    const secret = (await shown.locator('[data-secret]').innerText()).trim();
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole('article', { name: url }).waitFor();
    await shown.getByRole('button', { name: 'Done' }).click();

    // The same URL again: the form says so and opens the endpoint that has it.
    await form.getByLabel('URL').fill(url);
    await form.getByRole('checkbox', { name: 'interview.scheduled' }).check();
    await form.getByRole('button', { name: 'Add the endpoint' }).click();
    const taken = form.getByText('The team already sends webhooks to this URL');
    await taken.waitFor();
    expect(await form.getByLabel('URL').getAttribute('aria-invalid')).toBe('true');
    // Changing the URL takes the message (and the offer) away: it was about the old value.
    await form.getByLabel('URL').fill(`${url}/other`);
    expect(await taken.count()).toBe(0);
    expect(await form.getByLabel('URL').getAttribute('aria-invalid')).toBe('false');
    expect(
      await form.getByRole('button', { name: 'Edit the endpoint with this URL' }).count(),
    ).toBe(0);
    await form.getByLabel('URL').fill(url);
    await form.getByRole('button', { name: 'Add the endpoint' }).click();
    await taken.waitFor();
    await form.getByRole('button', { name: 'Edit the endpoint with this URL' }).click();
    // Gone to the endpoint that has the URL: the add form starts over, without the message.
    expect(await taken.count()).toBe(0);
    expect(await form.getByLabel('URL').inputValue()).toBe('');
    const card = page.getByRole('article', { name: url });
    await card.getByRole('button', { name: 'Save the endpoint' }).waitFor();
    await card.getByLabel('Description (optional)').fill('Our ATS');
    await card.getByRole('button', { name: 'Save the endpoint' }).click();
    await card.getByText('Our ATS').waitFor();
    expect(
      ok(await t.gql('{ webhookEndpoints { id } }', {}, acme.tokens.ADMIN)).webhookEndpoints,
    ).toHaveLength(1);

    // An event: a loop is published (through the API, as a recruiter would in the app).
    await importLibrary(t, acme.tokens.ADMIN);
    await publishedLoop(t, acme.tokens.RECRUITER, { name: 'Backend loop' });
    const arrived = await waitFor('the delivery at the receiver', () => receiver.received[0]);
    const header = String(arrived.headers['x-ik-signature']);
    const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=')));
    expect(parts.v1).toBe(
      createHmac('sha256', secret).update(`${parts.t}.${arrived.raw}`).digest('hex'),
    );

    const deliveries = page.getByRole('table', { name: 'Deliveries' });
    await waitFor('the delivery listed as delivered', async () => {
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/graphql')),
        page.getByRole('button', { name: 'Refresh' }).click(),
      ]);
      return (await deliveries.count()) > 0 && /Delivered/.test(await deliveries.innerText());
    });
    const row = deliveries.getByRole('row', { name: /loop\.published/ });
    expect(await row.innerText()).toMatch(/Delivered[\s\S]*\b1\b[\s\S]*HTTP 200/);
    await inspect(page, 'admin-webhooks');

    // Redeliver: a new try, delivered again.
    await row.getByRole('button', { name: 'Redeliver' }).click();
    await waitFor('the second try', () => receiver.received.length >= 2);
  }, 240_000);

  it('changes the feedback policy, with the API’s errors beside the fields', async () => {
    const { page } = admin;
    await openAdmin(page, 'settings', 'Settings');
    for (const name of [
      'After their own scorecard',
      'After the whole panel',
      'Right away',
      'Never',
    ]) {
      await page.getByRole('radio', { name }).waitFor();
    }
    await page.getByRole('radio', { name: 'After the whole panel' }).check();
    const hours = page.getByLabel(/^Feedback due/);
    await hours.fill('0');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await page.getByText(/must be at least 1$/).waitFor();
    expect(await hours.getAttribute('aria-invalid')).toBe('true');
    await hours.fill('36');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    await inspect(page, 'admin-settings');
    const settings = ok(
      await t.gql(
        '{ tenantSettings { feedbackVisibility feedbackDueHours } }',
        {},
        acme.tokens.ADMIN,
      ),
    ).tenantSettings;
    expect(settings).toEqual({ feedbackVisibility: 'AFTER_PANEL', feedbackDueHours: 36 });
  }, 240_000);

  it('reads the audit log filtered by action and by who', async () => {
    const { page } = admin;
    await openAdmin(page, 'audit', 'Audit log');
    const table = page.getByRole('table');
    await table.waitFor();
    await page.getByLabel('Action').fill('createApiKey');
    await page.getByRole('button', { name: 'Apply the filters' }).click();
    await waitFor('only createApiKey rows', async () => {
      const actions = await table.locator('tbody tr td:nth-child(3)').allInnerTexts();
      return actions.length > 0 && actions.every((a) => a === 'createApiKey') && actions;
    });
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('ADMIN');
    expect(rows[0]).toContain('ApiKey');

    // By who: the recruiter published the loop (and did nothing of the admin's).
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByLabel('Who').selectOption({ label: 'RECRUITER' });
    await page.getByRole('button', { name: 'Apply the filters' }).click();
    await waitFor('only the recruiter', async () => {
      const who = await table.locator('tbody tr td:nth-child(2)').allInnerTexts();
      return who.length > 0 && who.every((w) => w === 'RECRUITER') && who;
    });
    expect(await table.locator('tbody tr td:nth-child(3)').allInnerTexts()).toContain(
      'publishLoop',
    );
    await inspect(page, 'admin-audit');
    expect(problems).toEqual([]);
  }, 240_000);
});
