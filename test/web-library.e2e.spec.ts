import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_MEMBERS, seedDemoTenant } from '../src/demo/demo-seed.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { inspect, launchChromium, signInThroughPage, SIZES } from './helpers/browser.js';
import { signIn } from './helpers/fixtures.js';
import { waitFor } from './helpers/wait.js';

const [ADMIN, RECRUITER, , INTERVIEWER] = DEMO_MEMBERS.map((m) => m.email);
const PROMPT = 'Walk me through how you would retire an API version that partners still call.';

/** The text of the messages a field's aria-describedby points at (its description and error). */
async function description(field: Locator): Promise<string> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(
    ids.map((id) => field.page().locator(`[id="${id}"]`).innerText()),
  );
  return texts.join(' ');
}

/** Picks an option of a Mantine select by its label. */
async function choose(page: Page, scope: Page | Locator, label: string, option: string) {
  await scope.getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('the library in the web app', () => {
  let t: TestApp;
  let base: string;
  let password: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let total: number;
  let token: string;
  const problems: string[] = [];

  const watch = (p: Page) => {
    p.on('pageerror', (e) => problems.push(e.stack ?? e.message));
    p.on('console', (m) => {
      if (m.type() === 'error' && !/status of 40\d/.test(m.text())) problems.push(m.text());
    });
  };

  beforeAll(async () => {
    t = await startTestApp({ DEFAULT_PACKS: 'backend-engineering' });
    password = t.config.DEMO_PASSWORD;
    await seedDemoTenant(t.app, t.config);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    token = await signIn(t, RECRUITER, 'acme', password);
    total = (await t.gql('{ questions(first: 1) { totalCount } }', {}, token)).data!.questions
      .totalCount;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: SIZES.desktop });
    page = await context.newPage();
    watch(page);
    await signInThroughPage(page, base, { email: RECRUITER, password, tenant: 'acme' });
  }, 180_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  it('lets a recruiter search, filter and page, with the place kept in the address', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Library' })
      .click();
    await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
    const results = page.getByRole('region', { name: 'Questions' });
    await results.getByText(`1–20 of ${total}`).waitFor();
    // Pack import is for admins: the recruiter sees why the button does nothing.
    expect(await page.getByRole('button', { name: 'Import a pack' }).isDisabled()).toBe(true);
    await page.getByText('Only admins import packs').waitFor();

    // Paging forward and back through the history.
    await page.getByRole('button', { name: 'Next page' }).click();
    await results.getByText(`21–40 of ${total}`).waitFor();
    expect(new URL(page.url()).searchParams.getAll('after')).toHaveLength(1);
    await page.goBack();
    await results.getByText(`1–20 of ${total}`).waitFor();
    await page.goForward();
    await results.getByText(`21–40 of ${total}`).waitFor();
    await page.getByRole('button', { name: 'Previous page' }).click();
    await results.getByText(`1–20 of ${total}`).waitFor();

    // Full-text search: the API's passage with its matches marked.
    await page.getByLabel('Search the library').fill('cache invalidation');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const matches = page.getByRole('region', { name: 'Best matches' });
    await matches.locator('mark').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('cache invalidation');
    const marked = (await matches.locator('mark').allInnerTexts()).map((m) => m.toLowerCase());
    expect(marked.some((m) => m.startsWith('cach') || m.startsWith('invalid'))).toBe(true);
    await inspect(page, 'library-search');

    // A filter narrows the search; a reload keeps both.
    await choose(page, page, 'Seniority', 'Junior');
    await page.waitForURL(/seniority=JUNIOR/);
    await page.reload();
    await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
    expect(await page.getByLabel('Search the library').inputValue()).toBe('cache invalidation');
    expect(await page.getByRole('textbox', { name: 'Seniority', exact: true }).inputValue()).toBe(
      'Junior',
    );
    // Every result is Junior once the reloaded page has its answer (the wait fails if never).
    const found = await waitFor('only Junior questions listed', async () => {
      const texts = await matches.getByRole('listitem').allInnerTexts();
      return texts.length > 0 && texts.every((text) => text.includes('Junior')) && texts;
    });
    expect(found.length).toBeGreaterThan(0);

    // The category tree narrows to a category and everything below it.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page
      .getByRole('navigation', { name: 'Categories' })
      .getByRole('link', { name: 'Databases' })
      .click();
    await page.waitForURL(/category=/);
    // The new page of results has come once every item is in the category: waiting for the
    // first alone could read the previous page, whose first item may be in it too.
    const inCategory = await waitFor('only Databases questions listed', async () => {
      const texts = await results.getByRole('listitem').allInnerTexts();
      return texts.length > 0 && texts.every((text) => text.includes('Databases')) && texts;
    });
    expect(inCategory.length).toBeGreaterThan(0);
    await inspect(page, 'library-browse');
  }, 180_000);

  it('shows a question with its rubric, every anchor of the scale', async () => {
    if (!/category=/.test(page.url())) await page.goto(`${base}/library`);
    const first = page.getByRole('region', { name: 'Questions' }).getByRole('link').first();
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    const list = page.url();
    const prompt = words(await first.innerText());
    await first.click();
    await page.getByRole('region', { name: 'Version history' }).waitFor();
    expect(words(await page.getByRole('main').getByRole('heading', { level: 1 }).innerText())).toBe(
      prompt,
    );
    const rubric = page.getByRole('region', { name: 'Rubric' });
    const criteria = rubric.getByRole('article');
    expect(await criteria.count()).toBeGreaterThan(0);
    const levels = await criteria.first().getByRole('rowheader').allInnerTexts();
    expect(levels).toEqual(['1 · Strong no', '2 · No', '3 · Yes', '4 · Strong yes']);
    await page.getByRole('heading', { name: 'Version history' }).waitFor();
    await inspect(page, 'library-question');
    // Back to the list as it was left (filters and page in the address).
    await page.getByRole('link', { name: '← Library' }).click();
    await page.waitForURL(list);
  }, 120_000);

  it('creates a question, puts the API error beside its field, completes the rubric and activates it', async () => {
    await page.goto(`${base}/library`);
    await page.getByRole('link', { name: 'New question' }).click();
    await page.getByRole('heading', { name: 'New question', level: 1 }).waitFor();
    const panel = page.getByRole('complementary', { name: 'Completeness' });
    await panel.getByText('Write the question (prompt).').waitFor();

    await page.getByRole('textbox', { name: 'Category' }).fill('APIs');
    await page.getByRole('option', { name: 'Technical proficiency / APIs' }).click();
    await page.getByRole('checkbox', { name: 'Senior' }).check();
    await page.getByRole('checkbox', { name: 'Staff' }).check();
    const tags = page.getByRole('textbox', { name: 'Tags' });
    await tags.fill('Needs Review');
    await tags.press('Enter');
    await page.getByRole('textbox', { name: 'Prompt' }).fill(PROMPT);
    await page
      .getByRole('textbox', { name: 'What it assesses' })
      .fill('Whether the candidate plans a deprecation with the people who depend on the API.');
    await panel.getByText('Ready to save.').waitFor();
    await panel.getByText('Add a rubric criterion with an anchor for every level.').waitFor();
    await panel.getByText(/Level expectations lacks Senior, Staff/).waitFor();

    await page.getByRole('button', { name: 'Create question' }).click();
    await page.getByText('Not saved: see the messages beside the fields.').waitFor();
    expect(await tags.getAttribute('aria-invalid')).toBe('true');
    expect(await description(tags)).toContain('lowercase letters, digits and inner dashes');
    expect(new URL(page.url()).pathname).toBe('/library/new');
    await inspect(page, 'library-new-error');

    await tags.press('Backspace');
    await tags.fill('api-lifecycle');
    await tags.press('Enter');
    expect(await tags.getAttribute('aria-invalid')).not.toBe('true');
    await page.getByRole('button', { name: 'Create question' }).click();
    await page.getByRole('heading', { name: PROMPT, level: 1 }).waitFor();
    const activate = page.getByRole('button', { name: 'Activate' });
    expect(await activate.isDisabled()).toBe(true);
    expect(await description(activate)).toContain('Activating needs a rubric');

    // The rubric: one criterion, an anchor box per level of the tenant's scale.
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { name: 'Edit question', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Add a criterion' }).click();
    const criterion = page.getByRole('group', { name: 'Criterion 1' });
    await criterion
      .getByRole('textbox', { name: 'Title' })
      .fill('Plans the retirement with its callers');
    await choose(page, criterion, 'Competency', 'API design');
    await panel.getByText('Criterion 1 has no anchor for 1 · Strong no.').waitFor();
    const anchors = [
      'Would switch the version off on a date without telling the callers who use it.',
      'Announces a date but has no way to learn who still calls the old version.',
      'Measures who still calls it, publishes a timeline and offers a migration guide.',
      'Shapes the timeline around the largest callers and keeps a rollback path until the last one moves.',
    ];
    for (const [i, name] of ['1 · Strong no', '2 · No', '3 · Yes', '4 · Strong yes'].entries()) {
      await criterion.getByRole('textbox', { name }).fill(anchors[i]);
    }
    await panel.getByText('The rubric is complete').waitFor();
    await inspect(page, 'library-edit');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: PROMPT, level: 1 }).waitFor();
    const rubric = page.getByRole('region', { name: 'Rubric' });
    await rubric.getByText('Complete').waitFor();

    // Two versions, compared side by side, field by field.
    const history = page.getByRole('region', { name: 'Version history' });
    await history.getByRole('cell', { name: '2 (current)' }).waitFor();
    const diff = history.getByRole('table', {
      name: /Rubric criterion 1: version 1 against version 2/,
    });
    await diff.waitFor();
    const title = diff.getByRole('row', { name: /^Title/ });
    expect((await title.getByRole('cell').allInnerTexts()).map((s) => s.trim())).toEqual([
      '—',
      'Plans the retirement with its callers',
    ]);
    expect(await diff.getByRole('row', { name: /^Competency/ }).innerText()).toContain(
      'API design',
    );
    expect(await diff.getByRole('row', { name: /^Anchors/ }).innerText()).toContain(
      '3 · Yes: Measures who still calls it',
    );

    await activate.click();
    await page.getByText('Active', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Activate' }).count()).toBe(0);
    await inspect(page, 'library-question-versions');
    expect(problems).toEqual([]);
  }, 240_000);

  it('shows a long version history a page at a time, with Show more', async () => {
    // A question of its own (the pack's stay as imported), edited 22 times: 23 versions, more
    // than the first page of 20.
    const content = (prompt: string) => ({
      prompt,
      purpose: 'Checks how the candidate reasons about the topic.',
      guidance: 'Let them talk, then probe the trade-offs.',
      followUps: ['What would change at ten times the load?'],
      strongSignals: ['Names concrete trade-offs'],
      redFlags: ['Hand-waves'],
      answerFormat: 'DISCUSSION',
    });
    const gql = async (query: string, variables: Record<string, unknown>) => {
      const result = await t.gql(query, variables, token);
      expect(result.errors).toBeUndefined();
      return result.data!;
    };
    const [{ category }] = (
      await gql('{ questions(first: 1) { edges { node { category { id } } } } }', {})
    ).questions.edges.map((e: any) => e.node);
    const first = (
      await gql(`mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }`, {
        input: {
          categoryId: category.id,
          type: 'TECHNICAL',
          seniority: ['MID'],
          estimatedMinutes: 10,
          content: content('How would you page a list that keeps growing?'),
        },
      })
    ).createQuestion;
    for (let i = 1; i <= 22; i++) {
      await gql(`mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) { id } }`, {
        input: { id: first.id, content: content(`How would you page a list? (edit ${i})`) },
      });
    }
    await page.goto(`${base}/library/${first.id}`);
    const history = page.getByRole('region', { name: 'Version history' });
    await history.getByRole('cell', { name: '23 (current)' }).waitFor();
    const rows = history.getByRole('table').first().getByRole('row');
    expect(await rows.count()).toBe(1 + 20);
    await history.getByRole('button', { name: 'Show more versions' }).click();
    await history.getByRole('cell', { name: '1', exact: true }).waitFor();
    expect(await rows.count()).toBe(1 + 23);
    expect(await history.getByRole('button', { name: 'Show more versions' }).count()).toBe(0);
    // The older versions join the ones to compare.
    await history.getByRole('textbox', { name: 'From version' }).click();
    await page.getByRole('option', { name: 'Version 1', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await inspect(page, 'library-question-history-more');
    expect(problems).toEqual([]);
  }, 180_000);

  it('shows an admin what a pack import did', async () => {
    const admin = await browser.newContext({ viewport: SIZES.desktop });
    const adminPage = await admin.newPage();
    watch(adminPage);
    await signInThroughPage(adminPage, base, { email: ADMIN, password, tenant: 'acme' });
    await adminPage.goto(`${base}/library`);
    await adminPage.getByRole('link', { name: 'Import a pack' }).click();
    await adminPage.getByRole('heading', { name: 'Import a pack', level: 1 }).waitFor();
    await adminPage.getByRole('button', { name: 'Import', exact: true }).click();
    const result = adminPage.getByRole('region', { name: /^Imported backend-engineering/ });
    await result.waitFor();
    const row = (name: string) =>
      result.getByRole('row', { name: new RegExp(`^${name}`) }).innerText();
    // The demo tenant has the pack already: importing again changes nothing.
    expect(await row('Questions added')).toMatch(/\b0$/);
    expect(await row('Questions unchanged')).toMatch(/\b\d{2,}$/);
    expect(await row('Questions diverged')).toMatch(/\b0$/);
    await inspect(adminPage, 'library-import');
    await admin.close();
    expect(problems).toEqual([]);
  }, 120_000);

  it('shows an interviewer the "not allowed" page at /library', async () => {
    const other = await browser.newContext({ viewport: SIZES.desktop });
    const ivan = await other.newPage();
    await signInThroughPage(ivan, base, { email: INTERVIEWER, password, tenant: 'acme' });
    expect(
      await ivan
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Library' })
        .count(),
    ).toBe(0);
    await ivan.goto(`${base}/library/new`);
    await ivan.getByRole('heading', { name: 'Not allowed', level: 1 }).waitFor();
    expect(await ivan.getByText('Library is not open to your role').count()).toBe(1);
    expect(await ivan.getByRole('textbox', { name: 'Prompt' }).count()).toBe(0);
    await inspect(ivan, 'library-not-allowed');
    await other.close();
  }, 120_000);
});
