import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestApp, type TestApp } from './helpers/app.js';
import { inspect, launchChromium, signInThroughPage, SIZES } from './helpers/browser.js';
import { DAY } from './helpers/clock.js';
import { PASSWORD, seedTenant, type SeededTenant } from './helpers/fixtures.js';

const LOOP = 'Backend engineer loop';
const ROLE = 'Backend engineer';
const STAGE = 'Technical deep dive';
const FOCUS = 'Testing';
const CANDIDATE = 'Riley Chen';

/**
 * Issue 13's story in one go, in Chromium against the real server: a fresh tenant whose admin
 * imports the built-in pack, a recruiter who builds, fixes and publishes a loop from it and
 * schedules an interview with two interviewers, and each interviewer finding it under "My
 * interviews" with the kit in the recruiter's order. After the members exist, everything
 * happens in the app, by clicks and keys; the other web suites hold each page's details.
 */
describe('the recruiter’s story, from an empty tenant to the interviewers’ kit', () => {
  let t: TestApp;
  let base: string;
  let tenant: SeededTenant;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  // What the recruiter added, in the order added, as the page showed their prompts.
  const added: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await seedTenant(t, 'story', 2);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await t?.close();
  });

  /** A signed-in page of its own (UTC clock), whose errors are the test's problems. */
  async function pageFor(email: string): Promise<Page> {
    const context = await browser.newContext({ viewport: SIZES.desktop, timezoneId: 'UTC' });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      // Signed out, the page asks /auth/refresh for a session it does not have (401).
      if (m.type() === 'error' && !/status of 401/.test(m.text())) problems.push(m.text());
    });
    await signInThroughPage(page, base, { email, password: PASSWORD, tenant: 'story' });
    return page;
  }

  const nav = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

  /** Picks an option of a Mantine select or multi-select, typing `search` first if given. */
  async function choose(page: Page, field: Locator, option: string, search?: string) {
    await field.click();
    if (search) await field.fill(search);
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  it('lets the admin fill the empty library with a built-in pack', async () => {
    const page = await pageFor(tenant.emails.ADMIN);
    await nav(page, 'Library');
    await page.getByText('The library is empty: create a question or import a pack.').waitFor();
    await inspect(page, 'story-library-empty');
    await page.getByRole('link', { name: 'Import a pack' }).click();
    await page.getByRole('heading', { name: 'Import a pack', level: 1 }).waitFor();
    await choose(page, page.getByRole('textbox', { name: 'Pack' }), 'backend-engineering');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const result = page.getByRole('region', { name: /^Imported backend-engineering/ });
    await result.waitFor();
    const count = await result.getByRole('row', { name: /^Questions added/ }).innerText();
    expect(Number(count.split(/\s+/).at(-1))).toBeGreaterThan(50);
    await inspect(page, 'story-import');
    expect(problems).toEqual([]);
  }, 240_000);

  it('lets the recruiter build a loop from the library, fix its blocking gap and publish it', async () => {
    const page = await pageFor(tenant.emails.RECRUITER);
    await nav(page, 'Loops');
    await page.getByRole('heading', { name: 'Loops', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Name' }).fill(LOOP);
    await page.getByRole('textbox', { name: 'Role' }).fill(ROLE);
    await inspect(page, 'story-loops');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { name: LOOP, level: 1 }).waitFor();

    // One stage of 45 minutes whose focus is testing.
    await page.getByLabel('Stage name').fill(STAGE);
    await page.getByLabel('Duration (minutes)').fill('45');
    await choose(page, page.getByRole('textbox', { name: 'Focus competencies' }), FOCUS);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Add stage' }).click();
    await page.getByRole('heading', { name: `1. ${STAGE}` }).waitFor();

    // A search, and its best match: a question about indexes, which does not assess testing.
    await page.getByLabel('Search the library').fill('index');
    await page.getByLabel('Search the library').press('Enter');
    await page.getByRole('status').filter({ hasText: 'match “index”' }).waitFor();
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
    const best = results.first();
    const badge = (result: Locator) => result.getByText(FOCUS, { exact: true });
    expect(await badge(best).count()).toBe(0);
    const addBest = best.getByRole('button', { name: /^Add “/ });
    added.push(/^Add “(.*)” to /s.exec((await addBest.getAttribute('aria-label'))!)![1]);
    await addBest.click();
    const pins = page.getByRole('list', { name: `Questions of ${STAGE}` }).getByRole('listitem');
    await pins.first().waitFor();

    // The coverage says what still blocks publishing, and Publish stays disabled.
    const gap = page
      .getByRole('list', { name: 'Coverage findings' })
      .getByRole('listitem')
      .filter({ hasText: `"${FOCUS}" is a focus of "${STAGE}"` });
    await gap.waitFor();
    expect(await gap.textContent()).toContain('Blocking');
    const publish = page.getByRole('button', { name: 'Publish', exact: true });
    expect(await publish.isDisabled()).toBe(true);
    await inspect(page, 'story-builder-blocking');

    // The fix: the questions that assess the focus, and the first of them.
    await choose(
      page,
      page.getByRole('textbox', { name: 'Assesses' }),
      `${FOCUS} (focus of this stage)`,
      FOCUS,
    );
    await page.getByLabel('Search the library').fill('');
    await page.getByLabel('Search the library').press('Enter');
    // The status speaks of the list shown: of this search once it is in.
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ active questions?$/ })
      .waitFor();
    const assessing = results.first();
    await badge(assessing).waitFor();
    // Every question listed assesses it.
    expect(await results.filter({ has: page.getByText(FOCUS, { exact: true }) }).count()).toBe(
      await results.count(),
    );
    const addAssessing = assessing.getByRole('button', { name: /^Add “/ });
    added.push(/^Add “(.*)” to /s.exec((await addAssessing.getAttribute('aria-label'))!)![1]);
    await addAssessing.click();
    await gap.waitFor({ state: 'detached' });
    expect(await pins.count()).toBe(2);

    // The question that assesses the focus goes first, from the keyboard.
    await page.getByRole('button', { name: `Move question 2 of ${STAGE} up` }).focus();
    await page.keyboard.press('Enter');
    await pins.and(page.getByLabel(`Question 1: ${added[1]}`)).waitFor();
    await publish.and(page.locator(':enabled')).waitFor();
    await inspect(page, 'story-builder-ready');

    await publish.click();
    await page.getByRole('button', { name: 'Clone to edit' }).waitFor();
    await inspect(page, 'story-published');
    expect(problems).toEqual([]);
  }, 600_000);

  it('lets the recruiter add the candidate and schedule the interview with two interviewers', async () => {
    const page = await pageFor(tenant.emails.RECRUITER);
    await nav(page, 'Candidates');
    await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New candidate' }).click();
    const dialog = page.getByRole('dialog', { name: 'New candidate' });
    await dialog.getByLabel(/^Name/).fill(CANDIDATE);
    await dialog.getByLabel('E-mail').fill('riley.chen@mail.example');
    await dialog.getByRole('button', { name: 'Add candidate' }).click();
    await page.getByRole('status').getByText(`${CANDIDATE} is added.`).waitFor();
    // The list that was empty shows the first candidate at once.
    await page.getByRole('listitem').getByRole('link', { name: CANDIDATE }).waitFor();
    await inspect(page, 'story-candidates');

    await nav(page, 'Schedule');
    await page.getByRole('heading', { name: 'Schedule', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Schedule an interview' }).click();
    await page.getByRole('heading', { name: 'Schedule an interview', level: 1 }).waitFor();
    const day = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10);
    await choose(page, page.getByRole('textbox', { name: /^Candidate/ }), CANDIDATE, 'Riley');
    await choose(page, page.getByRole('textbox', { name: /^Loop/ }), `${LOOP} (${ROLE})`);
    await choose(page, page.getByRole('textbox', { name: /^Stage/ }), `1. ${STAGE} (45 min)`);
    await page.getByLabel(/^Start/).fill(`${day}T10:00`);
    expect(await page.getByLabel(/^End/).inputValue()).toBe(`${day}T10:45`);
    const interviewers = page.getByRole('textbox', { name: /^Interviewers/ });
    await choose(page, interviewers, 'Panel 1 (Interviewer)');
    await choose(page, interviewers, 'Panel 2 (Interviewer)');
    await page.keyboard.press('Escape');
    await inspect(page, 'story-schedule-form');
    await page.getByRole('button', { name: 'Schedule interview' }).click();
    await page.getByRole('heading', { name: `${CANDIDATE}: ${STAGE}`, level: 1 }).waitFor();
    await page.getByText('The interview is scheduled').waitFor();
    await inspect(page, 'story-interview-scheduled');

    await page.getByRole('link', { name: '← Schedule' }).click();
    await page
      .getByRole('region', { name: /^Scheduled/ })
      .getByRole('link', { name: CANDIDATE })
      .waitFor();
    await inspect(page, 'story-schedule');
    expect(problems).toEqual([]);
  }, 600_000);

  it('shows each interviewer the interview under My interviews, with the kit in the recruiter’s order', async () => {
    for (const [i, member] of tenant.panel.entries()) {
      const page = await pageFor(member.email);
      await page.getByRole('heading', { name: 'My interviews', level: 1 }).waitFor();
      const upcoming = page.getByRole('region', { name: /Upcoming/ });
      await upcoming.getByRole('link', { name: CANDIDATE }).waitFor();
      expect(await upcoming.innerText()).toContain(STAGE);
      if (i === 0) await inspect(page, 'story-my-interviews');
      await upcoming.getByRole('link', { name: CANDIDATE }).click();
      await page.getByRole('heading', { name: CANDIDATE, level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Question 2 of 2' }).waitFor();
      const question = (n: number) =>
        page.getByRole('region', { name: `Question ${n} of 2` }).innerText();
      expect(await question(1)).toContain(added[1]);
      expect(await question(2)).toContain(added[0]);
      if (i === 0) await inspect(page, 'story-interview');
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
