import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from './helpers/app.js';
import {
  errorBeside,
  inspect,
  launchChromium,
  signInThroughPage,
  SIZES,
} from './helpers/browser.js';
import { DAY, HOUR, hoursFromNow } from './helpers/clock.js';
import { PASSWORD, seedTenant, type SeededTenant } from './helpers/fixtures.js';
import {
  createCandidate,
  importLibrary,
  ok,
  publishedLoop,
  scheduleInterview,
  seedScoredHistory,
  type LoopSheet,
} from './helpers/interviews.js';

// The recruiter works in Kolkata (UTC+05:30 all year: no summer time to blur the arithmetic),
// the interviewer in Chicago: the server and the API speak UTC.
const KOLKATA = 5.5 * HOUR;
/** The date in Kolkata `days` from now, "YYYY-MM-DD". */
const kolkataDay = (days: number) =>
  new Date(Date.now() + KOLKATA + days * DAY).toISOString().slice(0, 10);
/** The instant Kolkata's clocks show `time` on `day`. */
const kolkataInstant = (day: string, time: string) => Date.parse(`${day}T${time}:00Z`) - KOLKATA;

const INTERVIEW = `query($id: ID!) { interview(id: $id) { status scheduledStart scheduledEnd
  cancelReason interviewers { displayName } candidate { name } } }`;

/** The recruiters' scheduling pages in Chromium, against the real server. */
describe('scheduling in the web app', () => {
  let t: TestApp;
  let base: string;
  let tenant: SeededTenant;
  let sheet: LoopSheet;
  let browser: Browser;
  let recruiter: { context: BrowserContext; page: Page };
  let interviewId: string;
  const problems: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await seedTenant(t, 'sched', 3);
    await importLibrary(t, tenant.tokens.ADMIN);
    const token = tenant.tokens.RECRUITER;
    sheet = await publishedLoop(t, token, { name: 'Platform loop', questionCount: 2 });
    const [, p2, p3] = tenant.panel;
    // Six interviews that ended an hour ago, all their feedback in (the calibration suite's).
    await seedScoredHistory(t, token, sheet, tenant.panel);
    // Feedback owed: one past its due time (the tenant allows 24 hours), one not yet.
    const late = await createCandidate(t, token, 'Eli Waiting');
    await scheduleInterview(t, token, {
      candidateId: late,
      stageId: sheet.stageId,
      interviewerIds: [p3.id],
      scheduledStart: hoursFromNow(-74),
      scheduledEnd: hoursFromNow(-73),
    });
    const recent = await createCandidate(t, token, 'Fay Recent');
    await scheduleInterview(t, token, {
      candidateId: recent,
      stageId: sheet.stageId,
      interviewerIds: [p2.id],
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
    recruiter = await pageFor(tenant.emails.RECRUITER, 'Asia/Kolkata');
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function pageFor(email: string, timezoneId: string) {
    const context = await browser.newContext({
      viewport: SIZES.desktop,
      timezoneId,
      locale: 'en-US',
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      // Before signing in the page asks /auth/refresh (401); a refused input answers 400.
      if (m.type() === 'error' && !/status of 40[01]/.test(m.text())) problems.push(m.text());
    });
    await signInThroughPage(page, base, { email, password: PASSWORD, tenant: 'sched' });
    return { context, page };
  }

  async function choose(page: Page, label: RegExp, option: string, search?: string) {
    const input = page.getByRole('textbox', { name: label });
    await input.click();
    if (search) await input.fill(search);
    await page.getByRole('option', { name: option }).click();
  }

  it('lets the recruiter add a candidate and edit them, with the API errors beside the fields', async () => {
    const { page } = recruiter;
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Candidates' })
      .click();
    await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New candidate' }).click();
    const dialog = page.getByRole('dialog', { name: 'New candidate' });
    await dialog.getByLabel(/^Name/).fill('Jordan Lee');
    await dialog.getByLabel('E-mail').fill('jordan at example');
    await dialog.getByRole('button', { name: 'Add candidate' }).click();
    // The address goes to the API as typed: its refusal stands beside the field.
    expect(await errorBeside(dialog.getByLabel('E-mail'))).toMatch(/e-?mail/i);
    await inspect(page, 'candidate-form-error');
    await dialog.getByLabel('E-mail').fill('jordan.lee@mail.example');
    await dialog.getByRole('button', { name: 'Add candidate' }).click();
    await page.getByRole('status').getByText('Jordan Lee is added.').waitFor();
    const card = page.getByRole('listitem').filter({ hasText: 'Jordan Lee' });
    await card.getByText('jordan.lee@mail.example').waitFor();

    await page.getByRole('button', { name: 'Edit Jordan Lee' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Jordan Lee' });
    expect(await edit.getByLabel('E-mail').inputValue()).toBe('jordan.lee@mail.example');
    await edit.getByLabel('ATS id').fill('ats-4471');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText('Jordan Lee is saved.').waitFor();
    await card.getByText('ATS ats-4471').waitFor();
    await inspect(page, 'candidates-recruiter');
  }, 240_000);

  it('schedules an interview in the recruiter’s time zone with two interviewers, and moves it', async () => {
    const { page } = recruiter;
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Schedule' })
      .click();
    await page.getByRole('heading', { name: 'Schedule', level: 1 }).waitFor();
    // (Chromium names the zone by its older id, Asia/Calcutta.)
    await page
      .getByText(/Asia\/(Kolkata|Calcutta) \(UTC\+05:30\)/)
      .first()
      .waitFor();
    await page.getByRole('link', { name: 'Schedule an interview' }).click();
    await page.getByRole('heading', { name: 'Schedule an interview', level: 1 }).waitFor();

    // Nothing chosen: each missing choice is named beside its field.
    await page.getByRole('button', { name: 'Schedule interview' }).click();
    expect(await errorBeside(page.getByRole('textbox', { name: /^Candidate/ }))).toContain(
      'Choose the candidate.',
    );
    expect(await errorBeside(page.getByLabel(/^Start/))).toContain('Enter a date and a time.');

    const day = kolkataDay(1);
    await choose(page, /^Candidate/, 'Jordan Lee', 'Jordan');
    await choose(page, /^Loop/, 'Platform loop (Backend engineer)', 'Platform');
    await choose(page, /^Stage/, '1. Technical (30 min)');
    await page.getByLabel(/^Start/).fill(`${day}T10:00`);
    // The stage's 30 minutes suggest the end.
    expect(await page.getByLabel(/^End/).inputValue()).toBe(`${day}T10:30`);
    await page.getByLabel(/^End/).fill(`${day}T09:00`);
    await choose(page, /^Interviewers/, 'Panel 1 (Interviewer)');
    await choose(page, /^Interviewers/, 'Panel 2 (Interviewer)');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Schedule interview' }).click();
    // An end before the start is the API's refusal, shown beside the end.
    expect(await errorBeside(page.getByLabel(/^End/))).toContain('must be after the start');
    await inspect(page, 'schedule-form-error');

    await page.getByLabel(/^End/).fill(`${day}T11:00`);
    await page.getByRole('button', { name: 'Schedule interview' }).click();
    await page.getByRole('heading', { name: 'Jordan Lee: Technical', level: 1 }).waitFor();
    await page.getByText('The interview is scheduled').waitFor();
    interviewId = new URL(page.url()).pathname.split('/').at(-1)!;
    let saved = ok(await t.gql(INTERVIEW, { id: interviewId }, tenant.tokens.RECRUITER)).interview;
    expect(Date.parse(saved.scheduledStart)).toBe(kolkataInstant(day, '10:00'));
    expect(Date.parse(saved.scheduledEnd)).toBe(kolkataInstant(day, '11:00'));
    expect(saved.interviewers.map((u: { displayName: string }) => u.displayName).sort()).toEqual([
      'Panel 1',
      'Panel 2',
    ]);
    // The page shows the times it was given, on the recruiter's clock.
    expect(await page.getByLabel(/^Start/).inputValue()).toBe(`${day}T10:00`);
    await inspect(page, 'schedule-interview');

    const later = kolkataDay(2);
    await page.getByLabel(/^Start/).fill(`${later}T14:00`);
    await page.getByLabel(/^End/).fill(`${later}T15:15`);
    await page.getByRole('button', { name: 'Reschedule' }).click();
    await page.getByRole('status').getByText('Moved.').waitFor();
    saved = ok(await t.gql(INTERVIEW, { id: interviewId }, tenant.tokens.RECRUITER)).interview;
    expect(Date.parse(saved.scheduledStart)).toBe(kolkataInstant(later, '14:00'));
    expect(Date.parse(saved.scheduledEnd)).toBe(kolkataInstant(later, '15:15'));
    expect(await page.getByLabel(/^End/).inputValue()).toBe(`${later}T15:15`);
  }, 240_000);

  it('shows the interview to one of its interviewers under My interviews', async () => {
    const { context, page } = await pageFor(tenant.panel[0].email, 'America/Chicago');
    await page.getByRole('heading', { name: 'My interviews', level: 1 }).waitFor();
    const upcoming = page.getByRole('region', { name: /Upcoming/ });
    await upcoming.getByRole('link', { name: 'Jordan Lee' }).waitFor();
    // In Chicago's time: the moved start, 14:00 in Kolkata.
    const start = new Date(kolkataInstant(kolkataDay(2), '14:00'));
    const chicago = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/Chicago',
      hour: '2-digit',
      minute: '2-digit',
    }).format(start);
    expect(await upcoming.innerText()).toContain(chicago);
    // The recruiters' sections are closed to an interviewer, in words.
    await page.goto(`${base}/schedule`);
    await page.getByRole('heading', { name: 'Not allowed', level: 1 }).waitFor();
    await page.goto(`${base}/calibration`);
    await page.getByRole('heading', { name: 'Not allowed', level: 1 }).waitFor();
    await context.close();
  }, 240_000);

  it('cancels with a reason, and lists interviews by status with overdue feedback first', async () => {
    const { page } = recruiter;
    await page.getByLabel('Reason').fill('The candidate accepted another offer.');
    await page.getByRole('button', { name: 'Cancel interview' }).click();
    await page.getByText('This interview is cancelled').waitFor();
    expect(await page.getByRole('button', { name: 'Reschedule' }).isDisabled()).toBe(true);
    const saved = ok(
      await t.gql(INTERVIEW, { id: interviewId }, tenant.tokens.RECRUITER),
    ).interview;
    expect(saved.status).toBe('CANCELLED');
    expect(saved.cancelReason).toBe('The candidate accepted another offer.');

    await page.getByRole('link', { name: '← Schedule' }).click();
    const cancelled = page.getByRole('region', { name: /^Cancelled/ });
    await cancelled.getByRole('link', { name: 'Jordan Lee' }).waitFor();
    expect(await cancelled.innerText()).toContain('Reason: The candidate accepted another offer.');
    const awaiting = page.getByRole('region', { name: /^Awaiting feedback/ });
    const cards = await awaiting.getByRole('listitem').allInnerTexts();
    expect(cards).toHaveLength(2);
    expect(cards[0]).toContain('Eli Waiting');
    expect(cards[0]).toMatch(/Overdue by (2 days|4\d hours)/i); // the badge is set in capitals
    expect(cards[1]).toContain('Fay Recent');
    expect(cards[1]).toContain('Feedback due');
    expect(await awaiting.getByRole('heading').innerText()).toContain('1 overdue');
    const complete = await page
      .getByRole('region', { name: /^Complete/ })
      .getByRole('listitem')
      .count();
    expect(complete).toBe(6);
    expect(await page.getByRole('region', { name: /^Scheduled/ }).innerText()).toContain(
      'Nothing scheduled.',
    );
    await inspect(page, 'schedule-list');
  }, 240_000);

  it('lists 25 interviews of a status, and the next page after them with Show more', async () => {
    // 26 upcoming interviews (the earlier ones are cancelled or past); the 25th and 26th start
    // together, so the page boundary falls inside a tie that only the cursor's id breaks.
    const token = tenant.tokens.RECRUITER;
    const names: string[] = [];
    for (let i = 0; i < 26; i++) {
      const name = `Queued ${String(i + 1).padStart(2, '0')}`;
      const hours = 48 + Math.min(i, 24);
      await scheduleInterview(t, token, {
        candidateId: await createCandidate(t, token, name),
        stageId: sheet.stageId,
        interviewerIds: [tenant.panel[0].id],
        scheduledStart: hoursFromNow(hours),
        scheduledEnd: hoursFromNow(hours + 1),
      });
      names.push(name);
    }
    const { page } = recruiter;
    await page.goto(`${base}/schedule`);
    const scheduled = page.getByRole('region', { name: /^Scheduled/ });
    const shown = () => scheduled.getByRole('listitem').getByRole('link').allInnerTexts();
    await scheduled.getByRole('link', { name: 'Queued 01' }).waitFor();
    expect(await scheduled.getByRole('heading').innerText()).toContain('(26)');
    const first = await shown();
    expect(first).toEqual(names.slice(0, 24).concat(first[24]));
    expect(await scheduled.getByText('Showing 25 of 26.').count()).toBe(1);

    await scheduled.getByRole('button', { name: 'Show more: Scheduled' }).click();
    await scheduled.getByRole('listitem').nth(25).waitFor();
    const all = await shown();
    // The first page stays as it was; the second holds the one left, none twice.
    expect(all.slice(0, 25)).toEqual(first);
    expect([...all].sort()).toEqual(names);
    expect(await scheduled.getByRole('button', { name: /^Show more/ }).count()).toBe(0);
    expect(await scheduled.getByText(/^Showing/).count()).toBe(0);
    expect(problems).toEqual([]);
  }, 240_000);
});
