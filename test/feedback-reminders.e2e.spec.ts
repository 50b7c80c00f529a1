import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/config.js';
import { FeedbackSweep } from '../src/interviews/feedback-sweep.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { DAY, HOUR, hoursFromNow } from './helpers/clock.js';
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
import { Mailbox } from './helpers/mailbox.js';
import { waitFor } from './helpers/wait.js';
import { adminQuery } from './helpers/server.js';

const CANDIDATE = 'Ottilie Brennan-Vasquez';
const MINUTE = 60_000;
const SETTINGS = `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) {
  feedbackReminderDelayMinutes feedbackReminderIntervalHours feedbackReminderLimit feedbackDueHours } }`;

/** Collects the webhook events POSTed to it (signing and retries are the webhooks suite's). */
class EventSink {
  readonly events: { type: string; data: Record<string, string> }[] = [];
  private server?: Server;
  url = '';
  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.events.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }
  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

describe('feedback reminders and scorecard.overdue', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let sheet: LoopSheet;
  let candidateId: string;
  const mailbox = new Mailbox();
  const sink = new EventSink();

  const reminders = (email: string) =>
    mailbox
      .to(email)
      .filter((r) => r.mail.headers.get('x-interview-kit-kind') === 'feedback.reminder');
  const queuedReminders = async (interviewId: string) =>
    (
      await adminQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM mail_messages m
          WHERE kind = 'feedback.reminder'
            AND split_part(m.dedupe_key, ':', 2)::uuid IN
                (SELECT id FROM scorecards WHERE interview_id = $1)`,
        [interviewId],
        t.database,
      )
    )[0].n;
  const allReminders = async () =>
    (
      await adminQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM mail_messages WHERE kind = 'feedback.reminder'`,
        [],
        t.database,
      )
    )[0].n;
  /** An interview that ends `endsInHours` from now; returns its id and end. */
  const interview = async (interviewerIds: string[], endsInHours = 2) => {
    const end = hoursFromNow(endsInHours);
    const id = await scheduleInterview(t, acme.tokens.RECRUITER, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds,
      scheduledStart: hoursFromNow(endsInHours - 1),
      scheduledEnd: end,
    });
    return { id, end: new Date(end).getTime() };
  };
  const sweep = (at: number) => t.app.get(FeedbackSweep).sweep(new Date(at));

  beforeAll(async () => {
    await mailbox.start();
    await sink.start();
    t = await startTestApp({
      SMTP_URL: mailbox.url,
      PUBLIC_URL: 'https://kit.example',
      FEEDBACK_SWEEP_MS: '0',
    });
    acme = await seedTenant(t, 'remind', 2);
    await importLibrary(t, acme.tokens.ADMIN);
    sheet = await publishedLoop(t, acme.tokens.RECRUITER, { name: 'Data loop' });
    candidateId = await createCandidate(t, acme.tokens.RECRUITER, CANDIDATE);
    ok(
      await t.gql(
        `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
        { input: { url: sink.url, events: ['SCORECARD_OVERDUE'] } },
        acme.tokens.ADMIN,
      ),
    );
  });
  afterAll(async () => {
    await t?.close();
    await mailbox.stop();
    await sink.stop();
  });

  it('reminds an hour after the end, then daily, at most three times, until the scorecard is in', async () => {
    const [ann, ben] = acme.panel;
    const { id, end } = await interview([ann.id, ben.id]);
    // Before the interview ends, and just before the hour after: nothing.
    expect(await sweep(end - MINUTE)).toEqual({ reminders: 0, overdue: 0 });
    expect(await sweep(end + 59 * MINUTE)).toEqual({ reminders: 0, overdue: 0 });
    // The first round, to both; sweeping again in the same round writes nothing more.
    expect((await sweep(end + 61 * MINUTE)).reminders).toBe(2);
    expect((await sweep(end + 3 * HOUR)).reminders).toBe(0);
    const first = await waitFor('first reminder to Ann', () => reminders(ann.email)[0]);
    expect(first.mail.subject).toMatch(
      /^Scorecard due: Technical \(Data loop\), \d{4}-\d\d-\d\d \d\d:\d\d UTC$/,
    );
    expect(first.mail.text).toContain(`https://kit.example/interviews/${id}`);
    expect(first.mail.text).toContain('Reminder 1 of at most 3');
    await waitFor('first reminder to Ben', () => reminders(ben.email)[0]);

    // Ann submits; only Ben hears again, a day after the first round.
    const content = { score: () => 3, recommendation: 'YES', summary: 'Solid.' };
    await fillAndSubmit(t, ann.token, id, sheet, content);
    expect((await sweep(end + DAY + 30 * MINUTE)).reminders).toBe(0);
    expect((await sweep(end + DAY + 61 * MINUTE)).reminders).toBe(1);
    const second = await waitFor('second reminder to Ben', () => reminders(ben.email)[1]);
    // Past the due time (24 hours after the end by default): it says so.
    expect(second.mail.subject).toMatch(/^Scorecard overdue: Technical \(Data loop\), /);
    expect((await sweep(end + 2 * DAY + 61 * MINUTE)).reminders).toBe(1);
    // The limit: no fourth round, however late.
    expect((await sweep(end + 3 * DAY + 61 * MINUTE)).reminders).toBe(0);
    expect((await sweep(end + 9 * DAY)).reminders).toBe(0);
    expect(await queuedReminders(id)).toBe(4);
    await waitFor('third reminder to Ben', () => reminders(ben.email)[2]);
    expect(reminders(ann.email)).toHaveLength(1);
  });

  it('sends no reminder for a cancelled interview', async () => {
    const { id, end } = await interview([acme.panel[0].id]);
    ok(
      await t.gql(
        `mutation($input: CancelInterviewInput!) { cancelInterview(input: $input) { status } }`,
        { input: { id, reason: 'The role was closed.' } },
        acme.tokens.RECRUITER,
      ),
    );
    expect(await sweep(end + 2 * HOUR)).toEqual({ reminders: 0, overdue: 0 });
    expect(await sweep(end + 2 * DAY)).toEqual({ reminders: 0, overdue: 0 });
    expect(await queuedReminders(id)).toBe(0);
  });

  it("follows the tenant's policy, and a limit of 0 turns reminders off", async () => {
    expect(
      ok(
        await t.gql(
          SETTINGS,
          {
            input: {
              feedbackReminderDelayMinutes: 0,
              feedbackReminderIntervalHours: 2,
              feedbackReminderLimit: 2,
            },
          },
          acme.tokens.ADMIN,
        ),
      ).updateTenantSettings,
    ).toMatchObject({
      feedbackReminderDelayMinutes: 0,
      feedbackReminderIntervalHours: 2,
      feedbackReminderLimit: 2,
      feedbackDueHours: 24,
    });
    const { id, end } = await interview([acme.userIds.INTERVIEWER]);
    expect((await sweep(end - MINUTE)).reminders).toBe(0);
    expect((await sweep(end + MINUTE)).reminders).toBe(1);
    expect((await sweep(end + 2 * HOUR + MINUTE)).reminders).toBe(1);
    expect((await sweep(end + 4 * HOUR + MINUTE)).reminders).toBe(0);
    expect(await queuedReminders(id)).toBe(2);

    ok(await t.gql(SETTINGS, { input: { feedbackReminderLimit: 0 } }, acme.tokens.ADMIN));
    const off = await interview([acme.userIds.INTERVIEWER]);
    expect((await sweep(off.end + 10 * MINUTE)).reminders).toBe(0);
    expect(await queuedReminders(off.id)).toBe(0);

    // Bad policy values are refused with the field named, and change nothing.
    const bad = await t.gql(
      SETTINGS,
      { input: { feedbackReminderIntervalHours: 0 } },
      acme.tokens.ADMIN,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(bad.errors?.[0].extensions)).toContain('feedbackReminderIntervalHours');
    const now = ok(
      await t.gql(
        `{ tenantSettings { feedbackReminderIntervalHours feedbackReminderLimit } }`,
        {},
        acme.tokens.ADMIN,
      ),
    ).tenantSettings;
    expect(now).toEqual({ feedbackReminderIntervalHours: 2, feedbackReminderLimit: 0 });
    ok(
      await t.gql(
        SETTINGS,
        {
          input: {
            feedbackReminderDelayMinutes: 60,
            feedbackReminderIntervalHours: 24,
            feedbackReminderLimit: 3,
          },
        },
        acme.tokens.ADMIN,
      ),
    );
  });

  it('emits scorecard.overdue once per scorecard when it passes its due time', async () => {
    const [ann, ben] = acme.panel;
    const { id, end } = await interview([ann.id, ben.id]);
    await fillAndSubmit(t, ann.token, id, sheet, {
      score: () => 4,
      recommendation: 'YES',
      summary: 'Good.',
    });
    const before = sink.events.length;
    expect((await sweep(end + 23 * HOUR)).overdue).toBe(0);
    const overdue = await sweep(end + 24 * HOUR + MINUTE);
    expect(overdue.overdue).toBeGreaterThanOrEqual(1);
    expect((await sweep(end + 25 * HOUR)).overdue).toBe(0);
    expect((await sweep(end + 3 * DAY)).overdue).toBe(0);
    const events = await waitFor('the overdue event', () => {
      const mine = sink.events.slice(before).filter((e) => e.data.interviewId === id);
      return mine.length > 0 && mine;
    });
    expect(events).toHaveLength(1);
    expect(events[0].type).toBe('scorecard.overdue');
    expect(events[0].data).toMatchObject({
      interviewId: id,
      candidateId,
      interviewerId: ben.id,
      dueAt: new Date(end + 24 * HOUR).toISOString(),
    });
  });

  it('never reminds twice with two workers sweeping the same round at once', async () => {
    const second = await createApp(
      loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DEMO_SEED: 'false',
        DEFAULT_PACKS: '',
        DATABASE_URL: t.databaseUrl,
        DATABASE_POOL_SIZE: '4',
        SMTP_URL: mailbox.url,
        FEEDBACK_SWEEP_MS: '0',
      }),
    );
    try {
      const panel = [acme.panel[0].id, acme.panel[1].id, acme.userIds.INTERVIEWER];
      const { id, end } = await interview(panel);
      const at = new Date(end + 2 * HOUR);
      const sweeps = [t.app.get(FeedbackSweep), second.app.get(FeedbackSweep)];
      // Several rounds of both at once: the advisory lock makes one skip a tenant the other is
      // sweeping, and the dedupe key stops what a later sweep would write again.
      const before = await allReminders();
      let written = 0;
      for (let round = 0; round < 3; round += 1) {
        const results = await Promise.all(sweeps.map((s) => s.sweep(at)));
        written += results.reduce((n, r) => n + r.reminders, 0);
      }
      // Everything either wrote was written once (other interviews of the tenant may be due too).
      expect(written).toBe((await allReminders()) - before);
      expect(await queuedReminders(id)).toBe(panel.length);
      await waitFor('every reminder sent', async () => {
        const [{ n }] = await adminQuery<{ n: number }>(
          `SELECT count(*)::int AS n FROM mail_messages
            WHERE kind = 'feedback.reminder' AND status <> 'SENT'`,
          [],
          t.database,
        );
        return n === 0;
      });
      for (const email of [acme.panel[0].email, acme.panel[1].email, acme.emails.INTERVIEWER]) {
        const about = reminders(email).filter((r) => r.mail.text?.includes(id));
        expect(about).toHaveLength(1);
      }
    } finally {
      await second.app.close();
    }
  }, 60_000);

  it('puts no personal data of the candidate in any reminder', () => {
    const all = mailbox.received.filter(
      (r) => r.mail.headers.get('x-interview-kit-kind') === 'feedback.reminder',
    );
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const { mail } of all) {
      for (const word of [CANDIDATE, ...CANDIDATE.split(/[ -]/), candidateId]) {
        expect(`${mail.subject} ${mail.text}`.toLowerCase()).not.toContain(word.toLowerCase());
      }
    }
  });
});
