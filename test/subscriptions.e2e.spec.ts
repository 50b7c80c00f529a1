import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { JWT_ALGORITHM } from '../src/auth/jwt-key.js';
import { EXPIRED } from '../src/live/live-auth.service.js';
import { LiveListener, RESUMED } from '../src/live/live-listener.service.js';
import { LiveResolver } from '../src/live/live.resolver.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { spawnServer, type ChildServer } from './helpers/child-server.js';
import { hoursFromNow } from './helpers/clock.js';
import { seedTenant, signInMember, type SeededTenant } from './helpers/fixtures.js';
import {
  createCandidate,
  fillAndSubmit,
  importLibrary,
  ok,
  publishedLoop,
  scheduleInterview,
  type LoopSheet,
} from './helpers/interviews.js';
import { liveClient, withoutListener, type LiveClient } from './helpers/live-client.js';
import { adminQuery } from './helpers/server.js';
import { waitFor } from './helpers/wait.js';

const SCORECARD_SUBMITTED = `subscription($c: ID!) {
  scorecardSubmitted(candidateId: $c) { id status summary interviewer { id } }
}`;
const MY_INTERVIEWS = `subscription { myInterviewsChanged { interviewId change interview { id status } } }`;

/**
 * GraphQL subscriptions through a real graphql-ws client against the real server: who receives
 * what under the sealed-feedback and access rules, tenant isolation, authentication, rollback,
 * and delivery across two server processes on one database.
 */
describe('live updates (GraphQL subscriptions)', () => {
  let t: TestApp;
  let base: string;
  let acme: SeededTenant;
  let globex: SeededTenant;
  let sheet: LoopSheet;
  const clients: LiveClient[] = [];

  /** A connected client of `token`, disposed after the suite. */
  const connect = async (token: string, on = base) => {
    const client = liveClient(on, token);
    clients.push(client);
    await client.connected;
    return client;
  };
  const active = () => t.app.get(LiveResolver).activeSubscriptions;
  /** Waits until this server runs `n` more subscriptions than `before`. */
  const started = (before: number, n: number) =>
    waitFor(`${n} subscription(s) to start`, () => active() >= before + n);
  const startedSoFar = () => t.app.get(LiveResolver).startedSubscriptions;

  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_WORKER: 'false' });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    acme = await seedTenant(t, 'acme', 3);
    globex = await seedTenant(t, 'globex');
    await importLibrary(t, acme.tokens.ADMIN);
    sheet = await publishedLoop(t, acme.tokens.RECRUITER, {
      name: 'Live',
      hiringManagerIds: [acme.userIds.HIRING_MANAGER],
    });
    // Fails the commit of a cancellation whose reason asks for it: the mutation has run (and
    // raised its events) when the transaction rolls back.
    await adminQuery(
      `CREATE FUNCTION test_fail_commit() RETURNS trigger LANGUAGE plpgsql AS
         $$ BEGIN RAISE EXCEPTION 'failed at commit, on purpose'; END $$;
       CREATE CONSTRAINT TRIGGER test_fail_commit AFTER UPDATE ON interviews
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
         WHEN (NEW.cancel_reason = 'roll me back') EXECUTE FUNCTION test_fail_commit();`,
      [],
      t.database,
    );
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await t.close();
  });

  it('delivers a submitted scorecard only to those who may read it, as they may read it', async () => {
    const [a, b] = acme.panel;
    const rec = acme.tokens.RECRUITER;
    const candidateId = await createCandidate(t, rec, 'Live Candidate');
    const interviewId = await scheduleInterview(t, rec, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [a.id, b.id],
    });
    const before = active();
    const subs = {
      A: (await connect(a.token)).subscribe(SCORECARD_SUBMITTED, { c: candidateId }),
      B: (await connect(b.token)).subscribe(SCORECARD_SUBMITTED, { c: candidateId }),
      manager: (await connect(acme.tokens.HIRING_MANAGER)).subscribe(SCORECARD_SUBMITTED, {
        c: candidateId,
      }),
      recruiter: (await connect(rec)).subscribe(SCORECARD_SUBMITTED, { c: candidateId }),
    };
    // Those who may not read the candidate cannot subscribe to it: as the `candidate` query.
    const outsider = (await connect(acme.tokens.INTERVIEWER)).subscribe(SCORECARD_SUBMITTED, {
      c: candidateId,
    });
    const otherTenant = (await connect(globex.tokens.ADMIN)).subscribe(SCORECARD_SUBMITTED, {
      c: candidateId,
    });
    await waitFor('both refusals', () => outsider.errors.length && otherTenant.errors.length);
    expect(outsider.errors).toMatchObject([{ extensions: { code: 'FORBIDDEN' } }]);
    expect(otherTenant.errors).toMatchObject([{ extensions: { code: 'NOT_FOUND' } }]);
    await started(before, 4);

    // The tenant's default policy, AFTER_OWN_SUBMIT: B still owes a scorecard when A submits.
    const sa = await fillAndSubmit(t, a.token, interviewId, sheet, {
      score: () => 3,
      recommendation: 'YES',
      summary: 'A: solid',
    });
    const cardA = { id: sa, status: 'SUBMITTED', summary: 'A: solid', interviewer: { id: a.id } };
    for (const name of ['A', 'manager', 'recruiter'] as const) {
      expect(await subs[name].next(1)).toEqual([{ scorecardSubmitted: cardA }]);
    }
    const sb = await fillAndSubmit(t, b.token, interviewId, sheet, {
      score: () => 2,
      recommendation: 'NO',
      summary: 'B: unsure',
    });
    const cardB = { id: sb, status: 'SUBMITTED', summary: 'B: unsure', interviewer: { id: b.id } };
    // B's first event is their own: A's was sealed from B when it happened.
    expect(await subs.B.next(1)).toEqual([{ scorecardSubmitted: cardB }]);
    for (const name of ['A', 'manager', 'recruiter'] as const) {
      expect(await subs[name].next(2)).toEqual([
        { scorecardSubmitted: cardA },
        { scorecardSubmitted: cardB },
      ]);
    }
    for (const sub of Object.values(subs)) expect(sub.errors).toEqual([]);
  });

  it('tells only the members of a panel about its interview, and nobody in another tenant', async () => {
    const [, , c] = acme.panel;
    const a = acme.panel[0];
    const rec = acme.tokens.RECRUITER;
    const candidateId = await createCandidate(t, rec, 'Panel Candidate');
    const before = active();
    const subs = {
      a: (await connect(a.token)).subscribe(MY_INTERVIEWS),
      c: (await connect(c.token)).subscribe(MY_INTERVIEWS),
      manager: (await connect(acme.tokens.HIRING_MANAGER)).subscribe(MY_INTERVIEWS),
      globex: (await connect(globex.tokens.ADMIN)).subscribe(MY_INTERVIEWS),
    };
    await started(before, 4);
    const id = await scheduleInterview(t, rec, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [c.id],
      scheduledStart: hoursFromNow(24),
      scheduledEnd: hoursFromNow(25),
    });
    // Each event is read as its subscriber when it arrives (the state then, under the access
    // rules then), so the next change waits for it: otherwise a later commit decides what it says.
    await subs.c.next(1);
    const move = { id, scheduledStart: hoursFromNow(48), scheduledEnd: hoursFromNow(49) };
    ok(
      await t.gql(
        `mutation($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { id } }`,
        { input: move },
        rec,
      ),
    );
    await subs.c.next(2);
    ok(
      await t.gql(
        `mutation($input: AssignInterviewersInput!) { assignInterviewers(input: $input) { id } }`,
        { input: { interviewId: id, interviewerIds: [a.id] } },
        rec,
      ),
    );
    await subs.c.next(3);
    await subs.a.next(1);
    // A cancellation whose commit fails sends nothing; the one that commits does.
    const cancel = (reason: string) =>
      t.gql(
        `mutation($input: CancelInterviewInput!) { cancelInterview(input: $input) { id } }`,
        { input: { id, reason } },
        rec,
      );
    const failed = await cancel('roll me back');
    expect(failed.status).toBeGreaterThanOrEqual(500);
    ok(await cancel('Position filled'));
    const scheduled = { id, status: 'SCHEDULED' };
    expect(await subs.c.next(3)).toEqual([
      { myInterviewsChanged: { interviewId: id, change: 'SCHEDULED', interview: scheduled } },
      { myInterviewsChanged: { interviewId: id, change: 'RESCHEDULED', interview: scheduled } },
      { myInterviewsChanged: { interviewId: id, change: 'UNASSIGNED', interview: null } },
    ]);
    const cancelled = { id, status: 'CANCELLED' };
    expect(await subs.a.next(2)).toEqual([
      { myInterviewsChanged: { interviewId: id, change: 'ASSIGNED', interview: scheduled } },
      { myInterviewsChanged: { interviewId: id, change: 'CANCELLED', interview: cancelled } },
    ]);
    // The hiring manager (not on the panel) heard nothing: the next interview they are on is
    // the first thing they hear of. Another tenant's admin heard nothing at all.
    const mid = await scheduleInterview(t, rec, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [acme.userIds.HIRING_MANAGER],
    });
    expect((await subs.manager.next(1))[0].myInterviewsChanged).toMatchObject({
      interviewId: mid,
      change: 'SCHEDULED',
    });
    expect(subs.globex.events).toEqual([]);
    expect(subs.c.events).toHaveLength(3);
    expect(subs.a.events).toHaveLength(2);
  });

  it('refuses a connection without a valid token, and ends one whose session ends', async () => {
    const none = liveClient(base);
    clients.push(none);
    await expect(none.connected).rejects.toThrow(/4403/);
    expect(none.closed).toEqual({
      code: 4403,
      reason: expect.stringContaining('connectionParams'),
    });
    const forged = liveClient(base, 'not-a-token');
    clients.push(forged);
    await expect(forged.connected).rejects.toThrow(/4403/);
    expect(forged.closed!.reason).toMatch(/access token is invalid or has expired/);

    // A member who signs out stops receiving at the next event: the socket closes.
    const [, b] = acme.panel;
    const session = await signInMember(t, b.email, 'acme');
    const before = active();
    const client = await connect(session.token);
    const sub = client.subscribe(MY_INTERVIEWS);
    await started(before, 1);
    ok(await t.gql(`mutation { signOut }`, {}, session.token));
    await scheduleInterview(t, acme.tokens.RECRUITER, {
      candidateId: await createCandidate(t, acme.tokens.RECRUITER, 'After Sign Out'),
      stageId: sheet.stageId,
      interviewerIds: [b.id],
    });
    await waitFor('the socket to close', () => client.closed);
    expect(client.closed).toEqual({ code: 4403, reason: expect.stringMatching(/no longer valid/) });
    expect(sub.events).toEqual([]);
  });

  it('closes a connection when its access token expires; a client that reconnects with a fresh one goes on receiving', async () => {
    const [, , c] = acme.panel;
    // Tokens of c's session, signed as the server signs them, the first one for 2 seconds.
    const { sub, tid, sid } = t.app.get(JwtService).decode<Record<string, string>>(c.token);
    const sign = (seconds: number) =>
      t.app.get(JwtService).sign(
        { sub, tid, sid },
        {
          algorithm: JWT_ALGORITHM,
          issuer: t.config.JWT_ISSUER,
          audience: t.config.JWT_AUDIENCE,
          expiresIn: seconds,
        },
      );
    const given: string[] = [];
    // As the web app does: connectionParams read again at each connection, a fresh token.
    const client = liveClient(base, () => given[given.push(sign(given.length ? 600 : 2)) - 1], {
      retryAttempts: 2,
    });
    clients.push(client);
    await client.connected;
    const before = startedSoFar();
    const live = client.subscribe(MY_INTERVIEWS);
    await waitFor('the subscription', () => startedSoFar() > before);
    expect(client.closes).toEqual([]);

    await waitFor('the close at expiry', () => client.closes.length);
    expect(client.closes).toEqual([{ code: 4403, reason: EXPIRED }]);
    // The graphql-ws client retried 4403 with the fresh token and subscribed again.
    await waitFor('the subscription again', () => startedSoFar() > before + 1);
    expect(client.acks).toBe(2);
    expect(given).toHaveLength(2);
    const id = await scheduleInterview(t, acme.tokens.RECRUITER, {
      candidateId: await createCandidate(t, acme.tokens.RECRUITER, 'After Expiry'),
      stageId: sheet.stageId,
      interviewerIds: [c.id],
    });
    expect((await live.next(1))[0].myInterviewsChanged).toMatchObject({
      interviewId: id,
      change: 'SCHEDULED',
    });
    expect(live.errors).toEqual([]);
    expect(client.closes).toHaveLength(1);
  });

  it('tells subscribers to reload when the LISTEN connection comes back: what was committed meanwhile is not lost', async () => {
    const [, , c] = acme.panel;
    const rec = acme.tokens.RECRUITER;
    // Also opens a pooled connection that the mutation in the gap uses.
    const candidateId = await createCandidate(t, rec, 'In The Gap');
    const client = await connect(c.token);
    const before = startedSoFar();
    const live = client.subscribe(MY_INTERVIEWS);
    await waitFor('the subscription', () => startedSoFar() > before);

    // A change committed while the listener is away raises a NOTIFY that nobody hears.
    const id = await withoutListener(t, () =>
      scheduleInterview(t, rec, { candidateId, stageId: sheet.stageId, interviewerIds: [c.id] }),
    );
    // Listening again, the server closes the subscription connections (1012) for a reload.
    await waitFor('the socket to close', () => client.closed);
    expect(client.closed).toEqual({ code: 1012, reason: RESUMED });
    expect(live.events).toEqual([]);
    expect(t.app.get(LiveListener).listening).toBe(true);
    // What the client reloads shows the change; and what follows is heard again.
    const mine = ok(
      await t.gql(`{ interviews(first: 100) { edges { node { id } } } }`, {}, c.token),
    ).interviews.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(mine).toContain(id);
    const again = (await connect(c.token)).subscribe(MY_INTERVIEWS);
    await waitFor('the new subscription', () => startedSoFar() > before + 1);
    ok(
      await t.gql(
        `mutation($input: CancelInterviewInput!) { cancelInterview(input: $input) { id } }`,
        { input: { id, reason: 'After the gap' } },
        rec,
      ),
    );
    expect((await again.next(1))[0].myInterviewsChanged).toMatchObject({
      interviewId: id,
      change: 'CANCELLED',
    });
  });

  describe('across two server processes', () => {
    let second: ChildServer;
    beforeAll(async () => {
      second = await spawnServer({ DATABASE_URL: t.databaseUrl, WEBHOOK_WORKER: 'false' });
    }, 60_000);
    afterAll(async () => {
      second?.child.kill('SIGTERM');
      await second?.exited;
    });

    it('delivers a change made through one process to a subscriber on the other', async () => {
      const [, , c] = acme.panel;
      const startedThere = () => second.output().split('live subscription started').length - 1;
      const before = startedThere();
      const sub = (await connect(c.token, second.base)).subscribe(MY_INTERVIEWS);
      await waitFor('the subscription on the second process', () => startedThere() > before);
      const id = await scheduleInterview(t, acme.tokens.RECRUITER, {
        candidateId: await createCandidate(t, acme.tokens.RECRUITER, 'Two Processes'),
        stageId: sheet.stageId,
        interviewerIds: [c.id],
      });
      expect(await sub.next(1)).toEqual([
        {
          myInterviewsChanged: {
            interviewId: id,
            change: 'SCHEDULED',
            interview: { id, status: 'AWAITING_FEEDBACK' },
          },
        },
      ]);
    });
  });
});
