import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_MEMBERS, seedDemoTenant } from '../src/demo/demo-seed.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import {
  inspect,
  launchChromium,
  readmeScreenshot,
  RESULTS_DIR,
  signInThroughPage,
  SIZES,
} from './helpers/browser.js';
import { hoursFromNow } from './helpers/clock.js';
import { signIn } from './helpers/fixtures.js';
import { createCandidate, myScorecard, ok, scheduleInterview } from './helpers/interviews.js';

const [, RECRUITER, MANAGER, INTERVIEWER] = DEMO_MEMBERS.map((m) => m.email);
const MANAGER_SUMMARY = 'Clear reasoning about storage trade-offs';

/** The radio groups of one question's rubric criteria. */
const criteriaOf = (page: Page, n: number) =>
  page.getByRole('region', { name: new RegExp(`^Question ${n} of \\d+$`) }).getByRole('radiogroup');

const checkedName = async (group: Locator) =>
  group
    .getByRole('radio', { checked: true })
    .getAttribute('aria-labelledby')
    .then(async (id) => {
      return id ? group.page().locator(`[id="${id}"]`).innerText() : null;
    });

describe('the interview page', () => {
  let t: TestApp;
  let base: string;
  let password: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const tokens: Record<string, string> = {};
  let stageId: string;
  let interviewerId: string;
  let managerId: string;

  const watch = (p: Page) => {
    p.on('pageerror', (e) => problems.push(e.message));
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
    for (const email of [RECRUITER, MANAGER, INTERVIEWER]) {
      tokens[email] = await signIn(t, email, 'acme', password);
    }
    const found = ok(
      await t.gql(
        `{ interviews(first: 20) { edges { node { candidate { name } stage { id } interviewers { id displayName } } } } }`,
        {},
        tokens[RECRUITER],
      ),
    ).interviews.edges.find((e: any) => e.node.candidate.name === 'Sam Rivera').node;
    stageId = found.stage.id;
    const idOf = (name: string) => found.interviewers.find((u: any) => u.displayName === name).id;
    interviewerId = idOf('Ivan Interviewer');
    managerId = idOf('Hal Hiring-Manager');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: SIZES.desktop, timezoneId: 'America/New_York' });
    page = await context.newPage();
    watch(page);
  }, 180_000);
  // The suite runs for many minutes on a loaded machine: fresh API tokens for every test, so
  // none outlives its access token.
  beforeEach(async () => {
    for (const email of [RECRUITER, MANAGER, INTERVIEWER]) {
      tokens[email] = await signIn(t, email, 'acme', password);
    }
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  /** A new interview of the demo stage for a new candidate, ended an hour ago. */
  const newInterview = async (name: string, interviewerIds: string[]) =>
    scheduleInterview(t, tokens[RECRUITER], {
      candidateId: await createCandidate(t, tokens[RECRUITER], name),
      stageId,
      interviewerIds,
      scheduledStart: hoursFromNow(-3),
      scheduledEnd: hoursFromNow(-2),
    });

  it('shows the kit beside the draft, rated from the keyboard, and keeps the draft across a reload', async () => {
    await signInThroughPage(page, base, { email: INTERVIEWER, password, tenant: 'acme' });
    await page.getByRole('link', { name: 'Sam Rivera' }).click();
    await page.getByRole('heading', { name: 'Sam Rivera', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /^Question 1 of \d+$/ }).waitFor();
    const first = criteriaOf(page, 1).first();
    // The anchors are the choices' descriptions, in front of the interviewer while rating.
    const radios = first.getByRole('radio');
    expect(await radios.count()).toBeGreaterThanOrEqual(5);
    expect(await radios.first().getAttribute('aria-describedby')).toBeTruthy();
    // Nothing of the manager's submitted scorecard before this interviewer submits their own.
    expect(await page.getByRole('heading', { name: 'Feedback from the panel' }).count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(MANAGER_SUMMARY);
    await inspect(page, 'interview-draft');
    await readmeScreenshot(page, 'interviewer', 1000);

    // Keyboard: the group is one tab stop; 3, N, then 4 on the focused criterion.
    await radios.first().focus();
    await page.keyboard.press('3');
    expect(await checkedName(first)).toMatch(/^3 · /);
    await page.keyboard.press('n');
    expect(await checkedName(first)).toBe('Not assessed');
    await page.keyboard.press('4');
    expect(await checkedName(first)).toMatch(/^4 · /);
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-checked")')).toBe(
      'true',
    );
    await page.getByLabel('Notes on question 1').fill('Walked through a composite index.');
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: /^Question 1 of \d+$/ }).waitFor();
    expect(await checkedName(criteriaOf(page, 1).first())).toMatch(/^4 · /);
    expect(await page.getByLabel('Notes on question 1').inputValue()).toBe(
      'Walked through a composite index.',
    );
    // axe at two sizes over the whole kit, a reload and a README picture: beyond 180 s on a
    // loaded machine.
  }, 300_000);

  it('names every gap on submit, each moving the focus to its question', async () => {
    await page.getByRole('button', { name: 'Submit scorecard' }).click();
    const gaps = page.getByRole('alert').filter({ hasText: 'The scorecard is not complete' });
    await gaps.waitFor();
    const links = gaps.getByRole('button');
    const texts = await links.allInnerTexts();
    expect(texts).toContain('Overall recommendation is required to submit.');
    const secondTitle = (await criteriaOf(page, 1).nth(1).getAttribute('aria-labelledby'))!;
    const criterion = (await page.locator(`[id="${secondTitle}"]`).innerText()).split(' (')[0];
    const gap = texts.find((x) => x.startsWith(`Question 1 · ${criterion}`))!;
    expect(gap).toMatch(/needs a rating or “Not assessed”/);
    await inspect(page, 'interview-gaps');
    await links.filter({ hasText: gap }).click();
    // The focus is on a choice of that criterion (the group's tab stop).
    expect(
      await criteriaOf(page, 1)
        .nth(1)
        .evaluate((group) => group.contains(group.ownerDocument.activeElement)),
    ).toBe(true);
  }, 180_000);

  it('submits once complete: read-only, with the history, and the panel revealed', async () => {
    const questions = await page.getByRole('heading', { name: /^Question \d+ of \d+$/ }).count();
    for (let n = 1; n <= questions; n++) {
      const groups = criteriaOf(page, n);
      for (let i = 0; i < (await groups.count()); i++) {
        await groups.nth(i).getByRole('radio', { name: /^3 · / }).click();
      }
    }
    await page.getByRole('radio', { name: 'Yes', exact: true }).click();
    await page.getByLabel('Summary').fill('Strong on indexes; asked good questions.');
    // Filled gaps leave the list as they are filled; the last is the recommendation.
    await page.getByRole('button', { name: 'Submit scorecard' }).click();
    await page.getByRole('heading', { name: 'Revision history' }).waitFor();
    expect(await page.getByText('It is read-only.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Submit scorecard' }).count()).toBe(0);
    expect(await page.getByLabel('Summary').getAttribute('readonly')).not.toBeNull();
    // Under the demo tenant's policy (after own submit) the manager's scorecard now appears.
    await page.getByRole('heading', { name: 'Feedback from the panel' }).waitFor();
    await page.getByText(MANAGER_SUMMARY).waitFor();
    await inspect(page, 'interview-submitted');
  }, 180_000);

  it('amends with a required reason and lists the amendment', async () => {
    // The reason field takes the Amend button's place, and the focus with it; Cancel gives the
    // focus back to the button.
    await page.getByRole('button', { name: 'Amend' }).click();
    await page.waitForFunction("document.activeElement?.id === 'reason'", null, {
      timeout: 5000,
    });
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.waitForFunction("document.activeElement?.textContent === 'Amend'", null, {
      timeout: 5000,
    });
    await page.getByRole('button', { name: 'Amend' }).click();
    await page.getByRole('radio', { name: 'Strong yes', exact: true }).click();
    await page.getByRole('button', { name: 'Submit amendment' }).click();
    await page.getByText('Give the reason for this amendment').waitFor();
    expect(await page.getByLabel(/^Reason for the amendment/).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await inspect(page, 'interview-amending');
    await page.getByLabel(/^Reason for the amendment/).fill('Re-read my notes on the follow-ups.');
    await page.getByRole('button', { name: 'Submit amendment' }).click();
    const history = page.getByRole('region', { name: 'Revision history' });
    await history.getByText('Amendment 1').waitFor();
    expect(await history.innerText()).toContain('Re-read my notes on the follow-ups.');
    expect(await history.innerText()).toContain('Recommendation: Strong yes');
    expect(await history.innerText()).toMatch(/Submitted/i); // the badges are upper-cased by CSS
  }, 180_000);

  it('resolves the same draft open in two tabs without losing what either typed', async () => {
    const id = await newInterview('Noor Conflict', [interviewerId, managerId]);
    const other = await context.newPage();
    watch(other);
    await page.goto(`${base}/interviews/${id}`);
    await other.goto(`${base}/interviews/${id}`);
    for (const p of [page, other])
      await p.getByRole('heading', { name: /^Question 1 of/ }).waitFor();

    await page.getByLabel('Notes on question 1').fill('Typed in the first tab.');
    // A rating only the first tab gives: the second tab's merge must keep it, not send it back.
    await criteriaOf(page, 1).first().getByRole('radio', { name: /^3 · / }).click();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

    // The second tab still holds the old version: its save is refused and merged.
    await other.getByLabel('Notes on question 1').fill('Typed in the second tab.');
    await criteriaOf(other, 2).first().getByRole('radio', { name: /^2 · / }).click();
    const conflict = other.getByRole('alert').filter({ hasText: 'changed in another tab' });
    await conflict.waitFor();
    const item = conflict.getByRole('region', { name: 'Conflict: Question 1 · notes' });
    expect(await item.innerText()).toContain('Typed in the first tab.');
    expect(await item.innerText()).toContain('Typed in the second tab.');
    expect(await other.getByRole('status').innerText()).toMatch(/Not saved/);
    await inspect(other, 'interview-conflict');
    await item.getByRole('button', { name: 'Keep both texts' }).click();
    await other.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    expect(await other.getByLabel('Notes on question 1').inputValue()).toBe(
      'Typed in the second tab.\n\nTyped in the first tab.',
    );

    const mine = await myScorecard(t, tokens[INTERVIEWER], id);
    const saved = ok(
      await t.gql(
        `query($id: ID!) { scorecard(id: $id) { notes { notes } ratings { score } } }`,
        { id: mine.id },
        tokens[INTERVIEWER],
      ),
    ).scorecard;
    expect(saved.notes).toEqual([{ notes: 'Typed in the second tab.\n\nTyped in the first tab.' }]);
    expect(saved.ratings).toEqual([{ score: 3 }, { score: 2 }]);
    await other.close();
  }, 180_000);

  it("refuses another's draft, a sealed scorecard and someone else's interview in words", async () => {
    const id = await newInterview('Lee Sealed', [interviewerId, managerId]);
    const managers = await myScorecard(t, tokens[MANAGER], id);
    await page.goto(`${base}/interviews/${id}?scorecard=${managers.id}`);
    const refused = page.getByRole('alert').filter({ hasText: 'You cannot read this scorecard' });
    await refused.waitFor();
    expect(await refused.innerText()).toContain('A draft is read by its author only.');
    await inspect(page, 'interview-draft-refused');

    // The manager submits; this interviewer still owes theirs, so it stays sealed.
    const kit = ok(
      await t.gql(
        `query($id: ID!) { interviewKit(stageId: $id) { questions { stageQuestionId criteria { id } } } }`,
        { id: stageId },
        tokens[MANAGER],
      ),
    ).interviewKit;
    const ratings = kit.questions.flatMap((q: any) =>
      q.criteria.map((c: any) => ({
        stageQuestionId: q.stageQuestionId,
        criterionId: c.id,
        score: 2,
      })),
    );
    const draft = ok(
      await t.gql(
        `mutation($input: SaveScorecardDraftInput!) { saveScorecardDraft(input: $input) { version } }`,
        {
          input: {
            id: managers.id,
            expectedVersion: managers.version,
            ratings,
            recommendation: 'NO',
            summary: 'Sealed words.',
          },
        },
        tokens[MANAGER],
      ),
    ).saveScorecardDraft;
    ok(
      await t.gql(
        `mutation($input: SubmitScorecardInput!) { submitScorecard(input: $input) { id } }`,
        { input: { id: managers.id, expectedVersion: draft.version } },
        tokens[MANAGER],
      ),
    );
    await page.reload();
    await refused.waitFor();
    expect(await refused.innerText()).toContain('sealed');
    expect(await page.locator('body').innerText()).not.toContain('Sealed words.');
    expect(await page.getByRole('heading', { name: 'Feedback from the panel' }).count()).toBe(0);
    await inspect(page, 'interview-sealed');

    const notMine = await newInterview('Kim Elsewhere', [managerId]);
    await page.goto(`${base}/interviews/${notMine}`);
    const closed = page.getByRole('alert').filter({ hasText: 'You cannot open this interview' });
    await closed.waitFor();
    expect(await closed.innerText()).toContain('Only its interviewers');
    await inspect(page, 'interview-not-mine');
  }, 180_000);

  it('shows the expectations for the level assessed, worked examples on request, the guide, and STAR notes that save', async () => {
    const pick = async (filter: string) =>
      ok(
        await t.gql(
          `{ questions(first: 1, status: ACTIVE, ${filter}) { edges { node { id
             currentVersion { rubric { criteria { competency { id } } } } } } } }`,
          {},
          tokens[RECRUITER],
        ),
      ).questions.edges[0].node;
    const story = await pick('type: BEHAVIORAL, search: "inherited"');
    const asks = await pick('type: CANDIDATE_QUESTION');
    const gql = async (query: string, input: Record<string, unknown>) =>
      ok(await t.gql(query, { input }, tokens[RECRUITER]));
    const loop = (
      await gql(`mutation($input: CreateLoopInput!) { createLoop(input: $input) { id } }`, {
        name: 'Backend engineer, behavioural',
        roleTitle: 'Backend engineer',
      })
    ).createLoop;
    const stage = (
      await gql(`mutation($input: AddStageInput!) { addStage(input: $input) { id } }`, {
        loopId: loop.id,
        name: 'Ownership and growth',
        kind: 'BEHAVIORAL',
        durationMinutes: 45,
        focusCompetencyIds: [story.currentVersion.rubric.criteria[0].competency.id],
      })
    ).addStage;
    for (const q of [story, asks]) {
      await gql(
        `mutation($input: AddStageQuestionInput!) { addStageQuestion(input: $input) { id } }`,
        { stageId: stage.id, questionId: q.id, timeBudgetMinutes: 15 },
      );
    }
    ok(
      await t.gql(
        `mutation($id: ID!) { publishLoop(id: $id) { loop { status } } }`,
        { id: loop.id },
        tokens[RECRUITER],
      ),
    );
    const id = await scheduleInterview(t, tokens[RECRUITER], {
      candidateId: await createCandidate(t, tokens[RECRUITER], 'Ari Story'),
      stageId: stage.id,
      interviewerIds: [interviewerId],
      scheduledStart: hoursFromNow(-3),
      scheduledEnd: hoursFromNow(-2),
    });
    await page.goto(`${base}/interviews/${id}`);
    const first = page.getByRole('region', { name: /^Question 1 of 2$/ });
    await first.waitFor();

    // The question spans two levels, so none is assumed; choosing one marks its expectation.
    const level = page.getByLabel('Level you are assessing');
    expect(await level.inputValue()).toBe('');
    expect(await first.getByText('Level assessed').count()).toBe(0);
    await level.selectOption('SENIOR');
    await first.getByText('Level assessed').waitFor();
    expect(new URL(page.url()).searchParams.get('level')).toBe('SENIOR');
    const expectations = first.getByRole('listitem').filter({ hasText: 'Level assessed' });
    expect(await expectations.count()).toBe(1);

    // Worked examples stay closed until asked for.
    const examples = first.locator('details.ik-examples');
    expect(await examples.getAttribute('open')).toBeNull();
    await examples.locator('summary').click();
    await examples.getByText(/^Scored 2/).waitFor();

    // The scoring guide and interviewing practice load when opened.
    await page
      .getByRole('button', { name: 'Show the scoring guide and interviewing practice' })
      .click();
    await page.getByRole('heading', { name: 'Scoring guide' }).waitFor();
    expect(await page.getByText('Not assessed', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: 'Seniority levels' }).count()).toBe(1);

    // The candidate's own questions are preparation: no rating, no STAR notes.
    const second = page.getByRole('region', { name: /^Question 2 of 2$/ });
    expect(await second.getByText('Not rated', { exact: true }).count()).toBe(1);
    expect(await second.getByRole('radiogroup').count()).toBe(0);
    expect(await second.getByRole('group', { name: /STAR notes/ }).count()).toBe(0);

    const star = first.getByRole('group', { name: 'STAR notes on question 1 (optional)' });
    await star.getByLabel('Situation').fill('Inherited a billing service with no tests.');
    await star.getByLabel('Action').fill('Added contract tests before touching the code.');
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await inspect(page, 'interview-guidance');
    const mine = await myScorecard(t, tokens[INTERVIEWER], id);
    const saved = ok(
      await t.gql(
        `query($id: ID!) { scorecard(id: $id) { notes { notes star { situation task action result } } } }`,
        { id: mine.id },
        tokens[INTERVIEWER],
      ),
    ).scorecard;
    expect(saved.notes).toEqual([
      {
        notes: '',
        star: {
          situation: 'Inherited a billing service with no tests.',
          task: '',
          action: 'Added contract tests before touching the code.',
          result: '',
        },
      },
    ]);
    await page.reload();
    await first.waitFor();
    expect(await level.inputValue()).toBe('SENIOR');
    expect(await star.getByLabel('Action').inputValue()).toBe(
      'Added contract tests before touching the code.',
    );
  }, 300_000);

  it('prints the kit cleanly on A4 and Letter, without the app around it', async () => {
    const id = await newInterview('Pat Paper', [interviewerId]);
    await page.goto(`${base}/interviews/${id}`);
    await page.getByRole('heading', { name: /^Question 1 of/ }).waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const name of ['Sign out', 'Submit scorecard']) {
      expect([name, await page.getByRole('button', { name }).isVisible()]).toEqual([name, false]);
    }
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    expect(
      await page
        .getByText(/^Strong signals$/)
        .first()
        .isVisible(),
    ).toBe(true);
    mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: `${RESULTS_DIR}/web-interview-print.png`, fullPage: true });
    for (const format of ['A4', 'Letter']) {
      const path = `${RESULTS_DIR}/web-interview-${format}.pdf`;
      await page.pdf({ path, format, printBackground: true });
      expect(statSync(path).size).toBeGreaterThan(10_000);
    }
    await page.emulateMedia({ media: 'screen' });
    expect(problems).toEqual([]);
  }, 180_000);
});
