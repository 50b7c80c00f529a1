import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestApp, type TestApp } from './helpers/app.js';
import {
  errorBeside,
  inspect,
  launchChromium,
  signInThroughPage,
  SIZES,
} from './helpers/browser.js';
import { DAY, fromNow } from './helpers/clock.js';
import { PASSWORD, seedTenant, type SeededTenant } from './helpers/fixtures.js';
import {
  createCandidate,
  fillAndSubmit,
  importLibrary,
  ok,
  publishedLoop,
  scheduleInterview,
  seedScoredHistory,
  type LoopSheet,
} from './helpers/interviews.js';

const ANALYTICS = `query($from: DateTime!, $to: DateTime!, $first: Int!) {
  questionAnalytics(from: $from, to: $to, first: $first) {
    edges { node { agreement uses questionVersion { id prompt } } } } }`;

interface Analytics {
  agreement: number | null;
  uses: number;
  questionVersion: { id: string; prompt: string };
}

/** The recruiters' calibration page in Chromium, against the real server. */
describe('calibration in the web app', () => {
  let t: TestApp;
  let base: string;
  let tenant: SeededTenant;
  let sheet: LoopSheet;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await seedTenant(t, 'calib', 3);
    await importLibrary(t, tenant.tokens.ADMIN);
    sheet = await publishedLoop(t, tenant.tokens.RECRUITER, {
      name: 'Platform loop',
      questionCount: 2,
    });
    await seedScoredHistory(t, tenant.tokens.RECRUITER, sheet, tenant.panel);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: SIZES.desktop, locale: 'en-US' });
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      // Before signing in the page asks /auth/refresh (401); a refused input answers 400.
      if (m.type() === 'error' && !/status of 40[01]/.test(m.text())) problems.push(m.text());
    });
    await signInThroughPage(page, base, {
      email: tenant.emails.RECRUITER,
      password: PASSWORD,
      tenant: 'calib',
    });
  }, 180_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  /** The API's question analytics over the day before and after now, most disagreeing first. */
  const analytics = async (first: number): Promise<Analytics[]> =>
    ok(
      await t.gql(
        ANALYTICS,
        { from: fromNow(-DAY), to: fromNow(DAY), first },
        tenant.tokens.RECRUITER,
      ),
    ).questionAnalytics.edges.map((e: { node: Analytics }) => e.node);

  it('draws leniency around zero and sorts the questions, disagreeing ones first', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Calibration' })
      .click();
    await page.getByRole('heading', { name: 'Calibration', level: 1 }).waitFor();
    const people = page.getByRole('table', { name: 'Interviewer calibration' });
    await people.waitFor();
    const rows = await people.getByRole('row').allInnerTexts();
    // (The badge is drawn in capitals; its text is not.)
    expect(
      rows.slice(1).map((r) => r.split('\t')[0].replace(/\s+/g, ' ').trim().toLowerCase()),
    ).toEqual(['panel 1', 'panel 2', 'panel 3 few scorecards']);
    // Panel 1 is lenient (positive), Panel 2 severe; both on six scorecards, all yes / none.
    expect(rows[1]).toMatch(/\+\d\.\d\d ± 0\.80/);
    expect(rows[1]).toContain('100%');
    expect(rows[2]).toMatch(/-\d\.\d\d ± 0\.80/);
    // The plot: one dot per interviewer, Panel 3's (one scorecard) hollow and dashed.
    // (The plot's chart library is a chunk of its own, loaded once there are figures to draw.)
    const plot = page.locator('.recharts-surface');
    await plot.waitFor();
    expect(await plot.count()).toBe(1);
    expect(await plot.locator('circle').count()).toBe(3);
    expect(await plot.locator('circle[stroke-dasharray]').count()).toBe(1);
    const labels = await plot.locator('text').allTextContents();
    expect(labels.filter((l) => /^n=\d+$/.test(l)).sort()).toEqual(['n=1', 'n=6', 'n=6']);
    // The axis: zero and whole steps either side (Panel 3's range reaches past ±2).
    expect(labels.filter((l) => /^[-+]?\d/.test(l))).toEqual(['-2', '-1', '0', '+1', '+2']);

    // Questions: the API's figures, the split first question leading.
    const api = await analytics(100);
    expect(api).toHaveLength(2);
    const split = api.find((q) => q.questionVersion.id === sheet.questions[0].questionVersionId)!;
    const agreed = api.find((q) => q.questionVersion.id === sheet.questions[1].questionVersionId)!;
    expect(split.agreement!).toBeLessThan(agreed.agreement!);
    const table = page.getByRole('table', { name: 'Question analytics' });
    const firstRow = () => table.getByRole('row').nth(1).textContent();
    expect(await firstRow()).toContain(split.questionVersion.prompt);
    expect(await firstRow()).toContain(`${Math.round(split.agreement! * 100)}% of`);
    const agreement = table.getByRole('columnheader', { name: /Agreement/ });
    await expectSortedByAgreement(table);
    await inspect(page, 'calibration');
    await agreement.getByRole('button').click();
    expect(await agreement.getAttribute('aria-sort')).toBe('descending');
    expect(await firstRow()).toContain(agreed.questionVersion.prompt);
    const uses = table.getByRole('columnheader', { name: /Uses/ });
    await uses.getByRole('button').click();
    expect(await uses.getAttribute('aria-sort')).toBe('descending');
    expect(await agreement.getAttribute('aria-sort')).toBe('none');

    // A period with no scorecards says so.
    await page.getByLabel('From').fill('2020-01-01');
    await page.getByLabel('To (included)').fill('2020-01-31');
    await page.getByText('No scorecards were submitted in this period.').waitFor();
    // More than the API's 366 days: its refusal beside the field it names.
    await page.getByLabel('To (included)').fill('2022-01-31');
    expect(await errorBeside(page.getByLabel('To (included)'))).toContain('366');
    expect(problems).toEqual([]);
  }, 240_000);

  it('shows the first 50 questions, then the rest once each after Show more', async () => {
    // 52 more questions scored once (two loops of 26: a stage holds 480 minutes), 54 in all.
    const token = tenant.tokens.RECRUITER;
    const [p1] = tenant.panel;
    for (const offset of [2, 28]) {
      const wide = await publishedLoop(t, token, {
        name: `Wide ${offset}`,
        questionCount: 26,
        offset,
      });
      const id = await scheduleInterview(t, token, {
        candidateId: await createCandidate(t, token, `Wide candidate ${offset}`),
        stageId: wide.stageId,
        interviewerIds: [p1.id],
      });
      await fillAndSubmit(t, p1.token, id, wide, { score: () => 3, recommendation: 'YES' });
    }
    const prompt = (q: Analytics) => q.questionVersion.prompt.replace(/\s+/g, ' ').trim();
    const all = (await analytics(100)).map(prompt);
    expect(all).toHaveLength(54);
    expect(new Set(all).size).toBe(54);

    await page.reload();
    const table = page.getByRole('table', { name: 'Question analytics' });
    const rows = table.getByRole('row');
    // Each row's prompt (its first cell, less the "Version n" line under it).
    const shown = async () =>
      (await rows.allInnerTexts()).slice(1).map((r) =>
        r
          .split('\t')[0]
          .replace(/\s*Version \d+\s*$/, '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    await rows.nth(50).waitFor();
    const first = await shown();
    expect(first).toHaveLength(50);
    expect([...first].sort()).toEqual((await analytics(50)).map(prompt).sort());
    await expectSortedByAgreement(table);

    await page.getByRole('button', { name: 'Show more questions' }).click();
    await rows.nth(54).waitFor();
    const after = await shown();
    expect([...after].sort()).toEqual([...all].sort());
    expect(await page.getByRole('button', { name: 'Show more questions' }).count()).toBe(0);
    await expectSortedByAgreement(table);
    expect(problems).toEqual([]);
  }, 300_000);
});

/**
 * Agreement is the one column marked sorted, ascending (its header's aria-sort), and its cells
 * do go up from the top, the questions without pairs last.
 */
async function expectSortedByAgreement(table: Locator): Promise<void> {
  const headers = table.getByRole('columnheader');
  const marked: string[] = [];
  for (let i = 0; i < (await headers.count()); i++) {
    const sort = await headers.nth(i).getAttribute('aria-sort');
    if (sort !== 'none') marked.push(`${(await headers.nth(i).innerText()).trim()}: ${sort}`);
  }
  expect(marked).toEqual(['Agreement ▲: ascending']);
  const agreements = (await table.getByRole('row').allInnerTexts())
    .slice(1)
    .map((r) => r.split('\t')[4].trim())
    .map((cell) => (cell === 'no pairs' ? 2 : Number(/^(\d+)% of/.exec(cell)![1]) / 100));
  expect(agreements).toEqual([...agreements].sort((x, y) => x - y));
}
