import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './helpers/app.js';
import { hoursFromNow } from './helpers/clock.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import {
  createCandidate,
  fillAndSubmit,
  importLibrary,
  ok,
  publishedLoop,
  scheduleInterview,
  type LoopSheet,
} from './helpers/interviews.js';
import { Mailbox, type Received } from './helpers/mailbox.js';
import { waitFor } from './helpers/wait.js';
import { adminQuery } from './helpers/server.js';

const CANDIDATE = { name: 'Zelda Quarrington', atsExternalId: 'ats-cand-4471' };
const PUBLIC_URL = 'https://kit.example';

/** The iCalendar part of a message, unfolded, as `NAME:value` lines. */
function calendarOf(received: Received): Record<string, string> {
  const part = received.mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  expect(part).toBeDefined();
  const text = part!.content.toString('utf8').replace(/\r\n[ \t]/g, '');
  const fields: Record<string, string> = {};
  for (const line of text.split(/\r\n/)) {
    const [name, ...rest] = line.split(':');
    const key = name.split(';')[0];
    // The event's own fields win over the calendar's (both have no clashes but BEGIN/END).
    if (!(key in fields) || key === 'METHOD') fields[key] = rest.join(':');
  }
  return fields;
}

describe('notifications by e-mail', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let sheet: LoopSheet;
  let candidateId: string;
  const mailbox = new Mailbox();

  const kinds = (email: string, kind: string) =>
    mailbox.to(email).filter((r) => r.mail.headers.get('x-interview-kit-kind') === kind);
  const nth = (email: string, kind: string, n: number) =>
    waitFor(`${kind} #${n + 1} to ${email}`, () => kinds(email, kind)[n]);

  beforeAll(async () => {
    await mailbox.start();
    t = await startTestApp({ SMTP_URL: mailbox.url, PUBLIC_URL });
    acme = await seedTenant(t, 'notify', 2);
    await importLibrary(t, acme.tokens.ADMIN);
    sheet = await publishedLoop(t, acme.tokens.RECRUITER, {
      name: 'Platform loop',
      hiringManagerIds: [acme.userIds.HIRING_MANAGER],
    });
    candidateId = await createCandidate(t, acme.tokens.RECRUITER, CANDIDATE.name, {
      atsExternalId: CANDIDATE.atsExternalId,
    });
  });
  afterAll(async () => {
    await t?.close();
    await mailbox.stop();
  });

  it('invites, moves and cancels each interviewer in their calendar (one UID, growing SEQUENCE)', async () => {
    const [ann, ben] = acme.panel;
    const start = hoursFromNow(48);
    const interviewId = await scheduleInterview(t, acme.tokens.RECRUITER, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [ann.id, ben.id],
      scheduledStart: start,
      scheduledEnd: hoursFromNow(49),
    });
    const uid = (userId: string) => `${interviewId}.${userId}@interview-kit`;

    const assigned = await nth(ann.email, 'interview.assigned', 0);
    expect(assigned.mail.subject).toMatch(
      /^Interview: Technical \(Platform loop\), \d{4}-\d\d-\d\d \d\d:\d\d UTC$/,
    );
    expect(assigned.mail.text).toContain(`${PUBLIC_URL}/interviews/${interviewId}`);
    expect(assigned.mail.html).toContain(`href="${PUBLIC_URL}/interviews/${interviewId}"`);
    let ics = calendarOf(assigned);
    expect(ics).toMatchObject({
      METHOD: 'REQUEST',
      UID: uid(ann.id),
      SEQUENCE: '0',
      STATUS: 'CONFIRMED',
    });
    expect(ics.DTSTART).toBe(start.replace(/[-:]/g, '').replace(/\.\d{3}/, ''));
    expect(calendarOf(await nth(ben.email, 'interview.assigned', 0)).UID).toBe(uid(ben.id));

    const moved = hoursFromNow(72);
    ok(
      await t.gql(
        `mutation($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { id } }`,
        { input: { id: interviewId, scheduledStart: moved, scheduledEnd: hoursFromNow(73) } },
        acme.tokens.RECRUITER,
      ),
    );
    const rescheduled = await nth(ann.email, 'interview.rescheduled', 0);
    expect(rescheduled.mail.subject).toMatch(/^Moved: Technical \(Platform loop\), now /);
    ics = calendarOf(rescheduled);
    expect(ics).toMatchObject({ METHOD: 'REQUEST', UID: uid(ann.id), SEQUENCE: '1' });
    expect(ics.DTSTART).toBe(moved.replace(/[-:]/g, '').replace(/\.\d{3}/, ''));

    // Ben is taken off the panel (his entry is cancelled); the admin joins (a new entry).
    ok(
      await t.gql(
        `mutation($input: AssignInterviewersInput!) { assignInterviewers(input: $input) { id } }`,
        { input: { interviewId, interviewerIds: [ann.id, acme.userIds.ADMIN] } },
        acme.tokens.RECRUITER,
      ),
    );
    const off = calendarOf(await nth(ben.email, 'interview.cancelled', 0));
    expect(off).toMatchObject({
      METHOD: 'CANCEL',
      UID: uid(ben.id),
      SEQUENCE: '2',
      STATUS: 'CANCELLED',
    });
    expect(calendarOf(await nth(acme.emails.ADMIN, 'interview.assigned', 0))).toMatchObject({
      METHOD: 'REQUEST',
      UID: uid(acme.userIds.ADMIN),
      SEQUENCE: '0',
    });

    ok(
      await t.gql(
        `mutation($input: CancelInterviewInput!) { cancelInterview(input: $input) { status } }`,
        { input: { id: interviewId, reason: `${CANDIDATE.name} withdrew` } },
        acme.tokens.RECRUITER,
      ),
    );
    const cancelled = await nth(ann.email, 'interview.cancelled', 0);
    expect(cancelled.mail.subject).toMatch(/^Cancelled: Technical \(Platform loop\), /);
    expect(calendarOf(cancelled)).toMatchObject({
      METHOD: 'CANCEL',
      UID: uid(ann.id),
      SEQUENCE: '2',
      STATUS: 'CANCELLED',
    });
    expect(calendarOf(await nth(acme.emails.ADMIN, 'interview.cancelled', 0)).SEQUENCE).toBe('1');
    // Off the panel, Ben hears nothing of the final cancel.
    // (Sorted: two messages queued close together may arrive in either order; SEQUENCE orders them.)
    expect(
      mailbox
        .to(ben.email)
        .map((r) => r.mail.headers.get('x-interview-kit-kind'))
        .sort(),
    ).toEqual(['interview.assigned', 'interview.cancelled', 'interview.rescheduled']);
  });

  it("tells the loop's hiring managers when an interview's feedback is complete", async () => {
    const interviewId = await scheduleInterview(t, acme.tokens.RECRUITER, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [acme.userIds.INTERVIEWER, acme.panel[0].id],
    });
    const content = { score: () => 3, recommendation: 'YES', summary: 'Fine.' };
    await fillAndSubmit(t, acme.tokens.INTERVIEWER, interviewId, sheet, content);
    // Not yet: one scorecard is still out. (The outbox is written with the change, so what the
    // first submit queued is already there.)
    const queued = () =>
      adminQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM mail_messages WHERE kind = 'interview.feedback_complete'`,
        [],
        t.database,
      );
    expect((await queued())[0].n).toBe(0);
    await fillAndSubmit(t, acme.panel[0].token, interviewId, sheet, content);
    const done = await nth(acme.emails.HIRING_MANAGER, 'interview.feedback_complete', 0);
    expect(done.mail.subject).toMatch(/^Feedback complete: Technical \(Platform loop\), /);
    expect(done.mail.text).toContain(`${PUBLIC_URL}/interviews/${interviewId}`);
    expect((await queued())[0].n).toBe(1);
    // Only the loop's hiring managers hear of it.
    expect(kinds(acme.emails.RECRUITER, 'interview.feedback_complete')).toHaveLength(0);
  });

  it('leaves out a hiring manager who turned feedback-complete mail off (their own choice only)', async () => {
    const PREFS = `mutation($input: UpdateNotificationPreferencesInput!) {
      updateMyNotificationPreferences(input: $input) { feedbackComplete } }`;
    const mine = async (token: string) =>
      ok(await t.gql(`{ myNotificationPreferences { feedbackComplete } }`, {}, token))
        .myNotificationPreferences;
    expect(await mine(acme.tokens.HIRING_MANAGER)).toEqual({ feedbackComplete: true });
    ok(await t.gql(PREFS, { input: { feedbackComplete: false } }, acme.tokens.HIRING_MANAGER));
    expect(await mine(acme.tokens.HIRING_MANAGER)).toEqual({ feedbackComplete: false });
    // Nobody else's changed; a bad value is refused with its field and changes nothing.
    expect(await mine(acme.tokens.RECRUITER)).toEqual({ feedbackComplete: true });
    const bad = await t.gql(
      PREFS,
      { input: { feedbackComplete: 'no' } },
      acme.tokens.HIRING_MANAGER,
    );
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await mine(acme.tokens.HIRING_MANAGER)).toEqual({ feedbackComplete: false });
    // An explicit null too: refused with its field path (omit the field to leave it as it is).
    const nulled = await t.gql(
      PREFS,
      { input: { feedbackComplete: null } },
      acme.tokens.HIRING_MANAGER,
    );
    expect(nulled.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.feedbackComplete', message: expect.stringMatching(/null/) }],
    });
    expect(await mine(acme.tokens.HIRING_MANAGER)).toEqual({ feedbackComplete: false });

    const interviewId = await scheduleInterview(t, acme.tokens.RECRUITER, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [acme.userIds.INTERVIEWER],
    });
    const content = { score: () => 2, recommendation: 'NO', summary: 'Thin.' };
    await fillAndSubmit(t, acme.tokens.INTERVIEWER, interviewId, sheet, content);
    // The outbox is written with the submit: nothing was queued for this interview.
    const [{ n }] = await adminQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM mail_messages WHERE kind = 'interview.feedback_complete'`,
      [],
      t.database,
    );
    expect(n).toBe(1);
    const [{ status }] = await adminQuery<{ status: string }>(
      `SELECT status::text FROM interviews WHERE id = $1`,
      [interviewId],
      t.database,
    );
    expect(status).toBe('COMPLETE');
    ok(await t.gql(PREFS, { input: { feedbackComplete: true } }, acme.tokens.HIRING_MANAGER));
  });

  it('puts no personal data of a candidate in any subject', async () => {
    expect(mailbox.received.length).toBeGreaterThanOrEqual(8);
    const personal = [
      CANDIDATE.name,
      ...CANDIDATE.name.split(' '),
      'zelda.quarrington@mail.example',
      CANDIDATE.atsExternalId,
      candidateId,
    ].map((s) => s.toLowerCase());
    for (const { mail } of mailbox.received) {
      const subject = (mail.subject ?? '').toLowerCase();
      for (const p of personal) expect(subject).not.toContain(p);
    }
  });
});
