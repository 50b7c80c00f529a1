import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_MEMBERS, seedDemoTenant } from '../src/demo/demo-seed.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import {
  inspect,
  launchChromium,
  readmeScreenshot,
  signInThroughPage,
  SIZES,
} from './helpers/browser.js';
import { signIn } from './helpers/fixtures.js';
import {
  createCandidate,
  fillAndSubmit,
  ok,
  publishedLoop,
  scheduleInterview,
} from './helpers/interviews.js';
import { waitFor } from './helpers/wait.js';
import { LiveResolver } from '../src/live/live.resolver.js';

const [, RECRUITER, MANAGER, INTERVIEWER] = DEMO_MEMBERS.map((m) => m.email);

/** The hiring manager's debrief in Chromium, on the demo tenant's second candidate. */
describe('the debrief in the web app', () => {
  let t: TestApp;
  let base: string;
  let password: string;
  let browser: Browser;
  let alexId: string;
  /** What the API computed for Alex Morgan, as the hiring manager reads it. */
  let api: {
    competencies: {
      competency: { name: string };
      mean: number;
      min: number;
      max: number;
      disagreement: boolean;
    }[];
    missing: { interviewer: { displayName: string } }[];
  };
  const problems: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ DEFAULT_PACKS: 'backend-engineering' });
    password = t.config.DEMO_PASSWORD;
    await seedDemoTenant(t.app, t.config);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    base = `http://127.0.0.1:${port}`;
    const manager = await signIn(t, MANAGER, 'acme', password);
    const list = await t.gql(
      '{ candidates(first: 10) { edges { node { id name } } } }',
      {},
      manager,
    );
    alexId = list.data!.candidates.edges.find((e: any) => e.node.name === 'Alex Morgan').node.id;
    const debrief = await t.gql(
      `query($id: ID!) { candidateDebrief(candidateId: $id) {
         competencies { competency { name } mean min max disagreement }
         missing { interviewer { displayName } } } }`,
      { id: alexId },
      manager,
    );
    api = debrief.data!.candidateDebrief;
    browser = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** A fresh browser profile in a time zone far from the server's, signed in as `email`. */
  async function pageFor(email: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      viewport: SIZES.desktop,
      timezoneId: 'America/Chicago',
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      // Before signing in, the page asks /auth/refresh for a session it does not have (401).
      if (m.type() === 'error' && !/status of 401/.test(m.text())) problems.push(m.text());
    });
    await signInThroughPage(page, base, { email, password, tenant: 'acme' });
    return { context, page };
  }

  it('leads the hiring manager from the navigation to the debrief, with the flags explained', async () => {
    const { context, page } = await pageFor(MANAGER);
    // Signed in, the app moves on to My interviews: its entry is the current one.
    await page.getByRole('heading', { name: 'My interviews', level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(
      await nav.getByRole('link', { name: 'My interviews' }).getAttribute('aria-current'),
    ).toBe('page');
    await nav.getByRole('link', { name: 'Candidates' }).click();
    await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
    expect(await nav.getByRole('link', { name: 'Candidates' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(
      await nav.getByRole('link', { name: 'My interviews' }).getAttribute('aria-current'),
    ).toBeNull();
    await page.getByRole('link', { name: 'Sam Rivera' }).waitFor();
    await inspect(page, 'candidates');

    await page.getByRole('link', { name: 'Alex Morgan' }).click();
    await page.getByRole('heading', { name: 'Alex Morgan', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/candidates/${alexId}`);
    // The section still belongs to Candidates in the navigation.
    expect(await nav.getByRole('link', { name: 'Candidates' }).getAttribute('aria-current')).toBe(
      'page',
    );

    const flags = await page.getByRole('region', { name: 'To talk about' }).innerText();
    const spread = api.competencies.find((c) => c.disagreement)!;
    expect(flags).toContain(`Interviewers disagree on ${spread.competency.name}`);
    expect(flags).toContain(`Scores on this competency range from ${spread.min} to ${spread.max}.`);
    expect(flags).toContain('Split recommendation');
    expect(flags).toContain('1 recommend hiring and 1 do not.');
    expect(flags).toContain('Omar Haddad changed their scorecard after reading the others');
    expect(flags).not.toMatch(/COMPETENCY_SPREAD|SPLIT_RECOMMENDATION|AMENDED_AFTER_REVEAL/);

    const missing = await page.getByRole('region', { name: 'Missing scorecards' }).innerText();
    expect(api.missing.map((m) => m.interviewer.displayName)).toEqual(['Jonas Berg']);
    expect(missing).toContain('Jonas Berg');
    expect(missing).toMatch(/Overdue by \d+ (days|hours)/i);

    const tally = await page.getByRole('region', { name: 'Recommendations' }).innerText();
    expect(tally.replace(/\s+/g, ' ')).toMatch(/0 Strong no 1 No 0 Yes 1 Strong yes/);

    // The chart's figures, as text for screen readers: the API's numbers, not recomputed.
    const table = page.getByRole('table', { name: /Scores per competency/ });
    for (const c of api.competencies) {
      const row = table.getByRole('row', { name: new RegExp(`^${c.competency.name}`) });
      const text = (await row.textContent()) ?? '';
      const shown = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
      expect(text).toContain(`${shown(c.min)} to ${shown(c.max)}`);
      expect(text).toContain(shown(c.mean));
      expect(text.includes('flagged')).toBe(c.disagreement);
    }
    // The chart is a chunk of its own, drawn once its code has arrived.
    await page.locator('.recharts-surface').waitFor();
    expect(await page.locator('.recharts-surface').count()).toBe(1);

    const priya = page.getByRole('article', { name: "Priya Patel's scorecard" });
    expect(await priya.textContent()).toContain('Strong yes');
    const omar =
      (await page.getByRole('article', { name: "Omar Haddad's scorecard" }).textContent()) ?? '';
    expect(omar).toContain('No');
    expect(omar).toContain("Amended after reading others' feedback");
    expect(omar).toContain('the split-order model was half right');
    expect(await page.getByRole('article').count()).toBe(2);

    await inspect(page, 'debrief');
    // The README's picture of the hiring manager's page: from the flags to the chart.
    await readmeScreenshot(page, 'hiring-manager', 1320);

    // Live: Priya amends her scorecard through the API while the page is open, and the debrief
    // shows it without a reload (GraphQL subscription over the page's graphql-ws connection).
    await page.evaluate(() => ((globalThis as unknown as { stayed: boolean }).stayed = true));
    await waitFor('the page to subscribe', () => t.app.get(LiveResolver).activeSubscriptions > 0);
    const priyaToken = await signIn(t, 'priya@acme.example', 'acme', password);
    const card = (
      await t.gql(
        `query($c: ID!) { scorecards(candidateId: $c, mine: true) { edges { node { id version } } } }`,
        { c: alexId },
        priyaToken,
      )
    ).data!.scorecards.edges[0].node;
    const amended = await t.gql(
      `mutation($input: AmendScorecardInput!) { amendScorecard(input: $input) { id } }`,
      {
        input: {
          id: card.id,
          expectedVersion: card.version,
          reason: 'A detail I left out',
          summary: 'Amended while the debrief was open',
        },
      },
      priyaToken,
    );
    expect(amended.errors).toBeUndefined();
    await priya.getByText('Amended while the debrief was open').waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { stayed?: boolean }).stayed)).toBe(
      true,
    );
    await context.close();
  }, 240_000);

  it('shows the recruiter the same debrief, to read', async () => {
    const { context, page } = await pageFor(RECRUITER);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Candidates' })
      .click();
    await page.getByRole('link', { name: 'Alex Morgan' }).click();
    await page.getByRole('heading', { name: 'Alex Morgan', level: 1 }).waitFor();
    const flags = await page.getByRole('region', { name: 'To talk about' }).innerText();
    expect(flags).toContain('Split recommendation');
    expect(await page.getByRole('region', { name: 'Missing scorecards' }).innerText()).toContain(
      'Jonas Berg',
    );
    // Read-only: the only button on the page signs out.
    const buttons = await page.getByRole('button').allInnerTexts();
    expect(buttons).toEqual(['Sign out']);
    // An address that names no candidate: the API's answer, in words.
    await page.goto(`${base}/candidates/not-a-candidate`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Could not load the debrief');
    expect(await alert.innerText()).toContain('candidateId: must be a UUID.');
    await page.goto(`${base}/candidates/${randomUUID()}`);
    await page.getByRole('alert').getByText('There is no such candidate').waitFor();
    await context.close();
  }, 120_000);

  it('gives an interviewer no way to a debrief, and a clear refusal at its address', async () => {
    const { context, page } = await pageFor(INTERVIEWER);
    const scripts: Promise<string>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.text());
    });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'My interviews' }).waitFor();
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['My interviews']);
    // The interviewer's pages never download the chart library the debrief draws with (its
    // class names, such as recharts-surface above, are in its code).
    await page.getByRole('link', { name: 'Sam Rivera' }).click();
    await page.getByRole('heading', { name: 'Sam Rivera', level: 1 }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sam Rivera', level: 1 }).waitFor();
    const code = await Promise.all(scripts);
    expect(code.length).toBeGreaterThan(0);
    expect(code.filter((text) => text.includes('recharts-surface'))).toEqual([]);
    await page.goto(`${base}/candidates/${alexId}`);
    // The app's "not allowed" page, in words, before anything is asked of the API (which
    // refuses the debrief too: the API suites prove it).
    await page.getByRole('heading', { name: 'Not allowed', level: 1 }).waitFor();
    const text = await page.getByRole('alert').innerText();
    expect(text).toContain('Candidates is not open to your role');
    expect(text).toContain('open to: Admin, Recruiter, Hiring manager');
    expect(text).not.toContain('{');
    // The way back leads to the interviewer's own page, not to a list they cannot use.
    await page.getByRole('link', { name: 'Go to My interviews' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Alex Morgan' }).count()).toBe(0);
    expect(await page.getByText('Jonas Berg').count()).toBe(0);
    await inspect(page, 'debrief-refused');
    await context.close();
    // The refusal is a GraphQL answer (200 with errors): nothing for Chromium to log.
    expect(problems).toEqual([]);
  }, 120_000);

  it('tells a hiring manager who owes a scorecard how many are sealed, and leads to his own', async () => {
    // The hiring manager sits on the panel with Priya and Omar; both have submitted, he has not.
    const recruiter = await signIn(t, RECRUITER, 'acme', password);
    const manager = await signIn(t, MANAGER, 'acme', password);
    const [priya, omar] = await Promise.all(
      ['priya@acme.example', 'omar@acme.example'].map((e) => signIn(t, e, 'acme', password)),
    );
    const me = async (token: string) => ok(await t.gql('{ me { user { id } } }', {}, token)).me;
    const ids = await Promise.all([manager, priya, omar].map(async (k) => (await me(k)).user.id));
    const sheet = await publishedLoop(t, recruiter, {
      name: 'Staff backend engineer',
      hiringManagerIds: [ids[0]],
    });
    const candidateId = await createCandidate(t, recruiter, 'Robin Sealed');
    const interviewId = await scheduleInterview(t, recruiter, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: ids,
    });
    for (const [token, recommendation] of [
      [priya, 'STRONG_YES'],
      [omar, 'NO'],
    ] as const) {
      await fillAndSubmit(t, token, interviewId, sheet, {
        score: () => (recommendation === 'NO' ? 1 : 4),
        recommendation,
        summary: `Sealed words of ${recommendation}`,
      });
    }

    const { context, page } = await pageFor(MANAGER);
    await page.goto(`${base}/candidates/${candidateId}`);
    await page.getByRole('heading', { name: 'Robin Sealed', level: 1 }).waitFor();
    const header = await page.locator('main').innerText();
    expect(header).toContain(
      '0 scorecards you can read, 2 sealed until you submit yours, 1 missing',
    );
    expect(header).not.toMatch(/scorecards? in,/);
    const scorecards = page.getByRole('region', { name: 'Scorecards', exact: true });
    const note = scorecards.getByRole('note');
    expect(await note.innerText()).toContain(
      '2 submitted scorecards are sealed until you submit your own scorecard for this candidate.',
    );
    expect(await scorecards.innerText()).not.toContain('No scorecard you may read');
    // Figures over the readable scorecards say so, instead of "nobody disagrees".
    expect(await page.getByRole('region', { name: 'To talk about' }).innerText()).toContain(
      'No disagreement flagged among the scorecards you can read; 2 sealed scorecards are not included.',
    );
    expect(await page.getByRole('region', { name: 'Recommendations' }).innerText()).toContain(
      'Only the scorecards you can read count here: 2 sealed scorecards are not included.',
    );
    // Nothing of the sealed scorecards is on the page.
    expect(await page.getByRole('article').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('Sealed words');
    await inspect(page, 'debrief-sealed');

    // The way to his own scorecard: the interview page.
    await note.getByRole('link', { name: 'Write your scorecard for Technical' }).click();
    await page.waitForURL(`${base}/interviews/${interviewId}`);
    expect(new URL(page.url()).pathname).toBe(`/interviews/${interviewId}`);

    // Once he has submitted, nothing is sealed: both scorecards show and the note is gone.
    await fillAndSubmit(t, manager, interviewId, sheet, { score: () => 3, recommendation: 'YES' });
    await page.goto(`${base}/candidates/${candidateId}`);
    await page.getByRole('article', { name: "Priya Patel's scorecard" }).waitFor();
    expect(await page.getByRole('article').count()).toBe(3);
    expect(await page.getByRole('note').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('3 scorecards in, 0 missing');
    await context.close();
    expect(problems).toEqual([]);
  }, 180_000);
});
