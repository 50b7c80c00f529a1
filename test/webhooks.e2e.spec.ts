import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app.factory.js';
import type { Principal } from '../src/common/request-context.js';
import { RequestContext } from '../src/common/request-context.js';
import { loadConfig } from '../src/config/config.js';
import { Database } from '../src/database/database.service.js';
import { WebhookEventType } from '../src/integration/webhooks/webhook-event-type.js';
import { WebhookDeliveryWorker } from '../src/integration/webhooks/webhook-delivery.worker.js';
import { WebhookOutbox } from '../src/integration/webhooks/webhook-outbox.service.js';
import { Role } from '../src/common/role.js';
import { codeOf, startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import {
  createCandidate,
  fillAndSubmit,
  importLibrary,
  ok,
  publishedLoop,
  scheduleInterview,
} from './helpers/interviews.js';
import { adminQuery } from './helpers/server.js';
import { waitFor } from './helpers/wait.js';
import { hoursFromNow } from './helpers/clock.js';

/** The README's verifier, as a receiver would write it. */
function verifyWebhook(secret: string, rawBody: string, header: string, toleranceSeconds = 300) {
  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=')));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  raw: string;
  body: { id: string; type: string; occurredAt: string; tenantId: string; data: any };
  verified: boolean;
}

type Answer = number | 'hang';

/** A local receiver: one path per endpoint, each with its secret and scripted answers. */
class Receiver {
  readonly received: Received[] = [];
  private readonly secrets = new Map<string, string>();
  private readonly scripts = new Map<string, Answer[]>();
  private readonly hanging: ServerResponse[] = [];
  private server!: Server;
  base = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '/';
        const raw = Buffer.concat(chunks).toString('utf8');
        const secret = this.secrets.get(path) ?? '';
        const signature = String(req.headers['x-ik-signature'] ?? '');
        this.received.push({
          path,
          headers: req.headers,
          raw,
          body: JSON.parse(raw),
          verified: verifyWebhook(secret, raw, signature),
        });
        const answer = this.scripts.get(path)?.shift() ?? 200;
        if (answer === 'hang') {
          this.hanging.push(res);
          return;
        }
        res.writeHead(answer, { 'content-type': 'text/plain' });
        res.end(answer >= 300 ? `receiver says ${answer}` : 'ok');
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Registers `path` with the endpoint's secret and the answers to give, in order (then 200). */
  route(path: string, secret: string, answers: Answer[] = []): string {
    this.secrets.set(path, secret);
    this.scripts.set(path, [...answers]);
    return `${this.base}${path}`;
  }

  at(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const CREATE = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id url events active description } } }`;
const DELIVERIES = `query($endpointId: ID, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
  webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id endpointId status attempts lastError lastStatusCode nextAttemptAt deliveredAt
      event { id type occurredAt payload } } } } }`;
const REDELIVER = `mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id status attempts } }`;

/** Fast retries: 50 ms base, 200 ms cap, 3 attempts, 1 s timeout. */
const FAST = {
  WEBHOOK_RETRY_BASE_MS: '50',
  WEBHOOK_RETRY_CAP_MS: '200',
  WEBHOOK_MAX_ATTEMPTS: '3',
  WEBHOOK_TIMEOUT_MS: '1000',
};

describe('webhooks', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let other: SeededTenant;
  const receiver = new Receiver();

  const createEndpoint = async (path: string, events: string[], answers: Answer[] = []) => {
    const made = ok(
      await t.gql(CREATE, { input: { url: `${receiver.base}${path}`, events } }, acme.tokens.ADMIN),
    ).createWebhookEndpoint;
    receiver.route(path, made.secret, answers);
    return made as {
      secret: string;
      endpoint: { id: string; url: string; events: string[]; active: boolean };
    };
  };

  const deliveries = async (endpointId: string, token = acme.tokens.ADMIN) =>
    ok(await t.gql(DELIVERIES, { endpointId, first: 50 }, token)).webhookDeliveries;

  /** An event emitted outside any request, as a background job of the service would. */
  const emitDirect = (type: WebhookEventType, data: object) =>
    t.app
      .get(Database)
      .withTenant(acme.id, (em) => t.app.get(WebhookOutbox).emit(em, acme.id, type, data));

  beforeAll(async () => {
    await receiver.start();
    t = await startTestApp(FAST);
    acme = await seedTenant(t, 'hooks', 1);
    other = await seedTenant(t, 'elsewhere');
  });
  afterAll(async () => {
    await t?.close();
    await receiver.stop();
  });

  it('delivers loop.published, scorecard.submitted/amended and interview.feedback_complete, signed', async () => {
    const { secret, endpoint } = await createEndpoint('/a', [
      'LOOP_PUBLISHED',
      'SCORECARD_SUBMITTED',
      'SCORECARD_AMENDED',
      'INTERVIEW_FEEDBACK_COMPLETE',
    ]);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(endpoint.active).toBe(true);

    await importLibrary(t, acme.tokens.ADMIN);
    const sheet = await publishedLoop(t, acme.tokens.RECRUITER, { name: 'Platform loop' });
    const candidateId = await createCandidate(t, acme.tokens.RECRUITER, 'Robin Quill');
    const panel = [acme.userIds.INTERVIEWER, acme.panel[0].id];
    const interviewId = await scheduleInterview(t, acme.tokens.RECRUITER, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: panel,
    });
    const content = { score: () => 3, recommendation: 'YES', summary: 'Private words.' };
    const first = await fillAndSubmit(t, acme.tokens.INTERVIEWER, interviewId, sheet, content);
    const second = await fillAndSubmit(t, acme.panel[0].token, interviewId, sheet, content);
    const { version } = ok(
      await t.gql(
        `query($id: ID!) { scorecard(id: $id) { version } }`,
        { id: first },
        acme.tokens.INTERVIEWER,
      ),
    ).scorecard;
    ok(
      await t.gql(
        `mutation($input: AmendScorecardInput!) { amendScorecard(input: $input) { revision } }`,
        {
          input: {
            id: first,
            expectedVersion: version,
            reason: 'Typo',
            recommendation: 'STRONG_YES',
          },
        },
        acme.tokens.INTERVIEWER,
      ),
    );

    const got = await waitFor(
      'five deliveries',
      () => receiver.at('/a').length >= 5 && receiver.at('/a'),
    );
    await new Promise((r) => setTimeout(r, 300)); // nothing more is coming
    expect(receiver.at('/a')).toHaveLength(5);
    for (const r of got) {
      expect(r.verified).toBe(true);
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['x-ik-event-id']).toBe(r.body.id);
      expect(r.headers['x-ik-event-type']).toBe(r.body.type);
      expect(r.headers['x-ik-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(r.body.tenantId).toBe(acme.id);
      expect(new Date(r.body.occurredAt).toISOString()).toBe(r.body.occurredAt);
      // Ids and non-personal fields only.
      expect(r.raw).not.toMatch(/Robin|Quill|mail\.example|Private words|Typo/);
      // Tampering breaks the signature.
      expect(
        verifyWebhook(
          secret,
          r.raw.replace('"data"', '"data" '),
          String(r.headers['x-ik-signature']),
        ),
      ).toBe(false);
    }
    const byType = (type: string) =>
      got.filter((r) => r.body.type === type).map((r) => r.body.data);
    expect(byType('loop.published')).toEqual([
      { loopId: sheet.loopId, name: 'Platform loop', publishedAt: expect.any(String) },
    ]);
    expect(byType('scorecard.submitted')).toEqual(
      expect.arrayContaining(
        [
          [first, acme.userIds.INTERVIEWER],
          [second, acme.panel[0].id],
        ].map(([scorecardId, interviewerId]) => ({
          scorecardId,
          interviewId,
          candidateId,
          interviewerId,
          recommendation: 'YES',
          revision: 1,
        })),
      ),
    );
    // Once, when the second (last) scorecard came in.
    expect(byType('interview.feedback_complete')).toEqual([
      {
        interviewId,
        candidateId,
        loopId: sheet.loopId,
        stageId: sheet.stageId,
        interviewerIds: [...panel].sort(),
        completedAt: expect.any(String),
      },
    ]);
    expect(byType('scorecard.amended')).toEqual([
      expect.objectContaining({ scorecardId: first, revision: 2, recommendation: 'STRONG_YES' }),
    ]);

    const page = await waitFor('all recorded', async () => {
      const p = await deliveries(endpoint.id);
      return p.edges.every((e: any) => e.node.status === 'SUCCEEDED') && p;
    });
    expect(page.totalCount).toBe(5);
    for (const { node } of page.edges) {
      expect(node).toMatchObject({
        attempts: 1,
        lastStatusCode: 200,
        lastError: null,
        nextAttemptAt: null,
      });
      expect(node.deliveredAt).not.toBeNull();
      expect(receiver.at('/a').map((r) => r.body.id)).toContain(node.event.id);
    }
    const published = page.edges.find((e: any) => e.node.event.type === 'LOOP_PUBLISHED').node;
    expect(JSON.parse(published.event.payload)).toMatchObject({ loopId: sheet.loopId });
    // Paging, newest first.
    const p1 = ok(
      await t.gql(DELIVERIES, { endpointId: endpoint.id, first: 3 }, acme.tokens.ADMIN),
    ).webhookDeliveries;
    const p2 = ok(
      await t.gql(
        DELIVERIES,
        { endpointId: endpoint.id, first: 3, after: p1.pageInfo.endCursor },
        acme.tokens.ADMIN,
      ),
    ).webhookDeliveries;
    expect(p1.pageInfo.hasNextPage).toBe(true);
    expect([...p1.edges, ...p2.edges].map((e: any) => e.node.id)).toEqual(
      page.edges.map((e: any) => e.node.id),
    );
  });

  it('delivers interview.scheduled, interview.rescheduled and interview.cancelled, signed', async () => {
    const { endpoint } = await createEndpoint('/interviews', [
      'INTERVIEW_SCHEDULED',
      'INTERVIEW_RESCHEDULED',
      'INTERVIEW_CANCELLED',
    ]);
    const sheet = await publishedLoop(t, acme.tokens.RECRUITER, { name: 'Scheduling loop' });
    const candidateId = await createCandidate(t, acme.tokens.RECRUITER, 'Sasha Vantongeren');
    const start = hoursFromNow(24);
    const interviewId = await scheduleInterview(t, acme.tokens.RECRUITER, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [acme.userIds.INTERVIEWER],
      scheduledStart: start,
      scheduledEnd: hoursFromNow(25),
    });
    const moved = hoursFromNow(48);
    const movedEnd = hoursFromNow(49);
    // The second time to the same slot (an ATS upserting again) is no news: one event only.
    for (let i = 0; i < 2; i += 1) {
      ok(
        await t.gql(
          `mutation($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { id } }`,
          { input: { id: interviewId, scheduledStart: moved, scheduledEnd: movedEnd } },
          acme.tokens.RECRUITER,
        ),
      );
    }
    ok(
      await t.gql(
        `mutation($input: CancelInterviewInput!) { cancelInterview(input: $input) { id } }`,
        { input: { id: interviewId, reason: 'Sasha Vantongeren withdrew' } },
        acme.tokens.RECRUITER,
      ),
    );
    const got = await waitFor(
      'three deliveries',
      () => receiver.at('/interviews').length >= 3 && receiver.at('/interviews'),
    );
    const written = (await deliveries(endpoint.id)).edges.map(
      (e: { node: { event: { type: string } } }) => e.node.event.type,
    );
    expect(written.sort()).toEqual([
      'INTERVIEW_CANCELLED',
      'INTERVIEW_RESCHEDULED',
      'INTERVIEW_SCHEDULED',
    ]);
    const byType = Object.fromEntries(got.map((r) => [r.body.type, r]));
    expect(Object.keys(byType).sort()).toEqual([
      'interview.cancelled',
      'interview.rescheduled',
      'interview.scheduled',
    ]);
    const common = {
      interviewId,
      candidateId,
      loopId: sheet.loopId,
      stageId: sheet.stageId,
      interviewerIds: [acme.userIds.INTERVIEWER],
    };
    expect(byType['interview.scheduled'].body.data).toEqual({
      ...common,
      scheduledStart: start,
      scheduledEnd: expect.any(String),
    });
    expect(byType['interview.rescheduled'].body.data).toMatchObject({
      ...common,
      scheduledStart: moved,
    });
    expect(byType['interview.cancelled'].body.data).toMatchObject(common);
    for (const r of got) {
      expect(r.verified).toBe(true);
      expect(r.headers['x-ik-event-type']).toBe(r.body.type);
      // Ids and times only: neither the name nor the free-text reason.
      expect(r.raw).not.toMatch(/Sasha|Vantongeren|withdrew|mail\.example/);
    }
  });

  it('retries after 500s with backoff and records the attempts', async () => {
    const { endpoint } = await createEndpoint('/retry', ['CANDIDATE_ANONYMIZED'], [500, 500]);
    await emitDirect(WebhookEventType.CANDIDATE_ANONYMIZED, { candidateId: 'c-1' });
    const node = await waitFor('success on the third try', async () => {
      const p = await deliveries(endpoint.id);
      return p.edges[0]?.node.status === 'SUCCEEDED' && p.edges[0].node;
    });
    expect(node).toMatchObject({ attempts: 3, lastStatusCode: 200, lastError: null });
    const tries = receiver.at('/retry');
    expect(tries).toHaveLength(3);
    expect(new Set(tries.map((r) => r.body.id)).size).toBe(1);
    expect(tries.every((r) => r.verified)).toBe(true);
    // Switched off: it gets nothing more.
    ok(
      await t.gql(
        `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { active } }`,
        { input: { id: endpoint.id, active: false } },
        acme.tokens.ADMIN,
      ),
    );
  });

  it('goes DEAD when every try fails, then redeliverWebhook delivers it', async () => {
    const { endpoint } = await createEndpoint('/dead', ['CANDIDATE_ANONYMIZED'], [500, 503, 500]);
    await emitDirect(WebhookEventType.CANDIDATE_ANONYMIZED, { candidateId: 'c-2' });
    const dead = await waitFor('DEAD', async () => {
      const p = await deliveries(endpoint.id);
      return p.edges[0]?.node.status === 'DEAD' && p.edges[0].node;
    });
    expect(dead).toMatchObject({
      attempts: 3,
      lastStatusCode: 500,
      nextAttemptAt: null,
      deliveredAt: null,
    });
    expect(dead.lastError).toBe('HTTP 500');
    const failed = ok(
      await t.gql(DELIVERIES, { status: 'DEAD', first: 10 }, acme.tokens.ADMIN),
    ).webhookDeliveries;
    expect(failed.edges.map((e: any) => e.node.id)).toEqual([dead.id]);

    const again = ok(await t.gql(REDELIVER, { id: dead.id }, acme.tokens.ADMIN)).redeliverWebhook;
    expect(again).toMatchObject({ id: dead.id, status: 'PENDING', attempts: 3 });
    const pending = await t.gql(REDELIVER, { id: dead.id }, acme.tokens.ADMIN);
    const done = await waitFor('redelivered', async () => {
      const p = await deliveries(endpoint.id);
      return p.edges[0]?.node.status === 'SUCCEEDED' && p.edges[0].node;
    });
    // The second call either found it still PENDING (CONFLICT) or already delivered (another try).
    expect([undefined, 'CONFLICT']).toContain(codeOf(pending));
    expect(done.attempts).toBeGreaterThanOrEqual(4);
    expect(done).toMatchObject({ lastStatusCode: 200, lastError: null });
    expect(receiver.at('/dead').at(-1)!.verified).toBe(true);
  });

  it('signs with the new secret after rotateWebhookSecret', async () => {
    const { endpoint, secret } = await createEndpoint('/rotate', ['CANDIDATE_ANONYMIZED']);
    const rotated = ok(
      await t.gql(
        `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { id } } }`,
        { id: endpoint.id },
        acme.tokens.ADMIN,
      ),
    ).rotateWebhookSecret;
    expect(rotated.secret).not.toBe(secret);
    receiver.route('/rotate', rotated.secret);
    await emitDirect(WebhookEventType.CANDIDATE_ANONYMIZED, { candidateId: 'c-3' });
    const [r] = await waitFor(
      'delivery',
      () => receiver.at('/rotate').length > 0 && receiver.at('/rotate'),
    );
    expect(r.verified).toBe(true);
    expect(verifyWebhook(secret, r.raw, String(r.headers['x-ik-signature']))).toBe(false);
    const stored = await adminQuery<{ secret: Buffer }>(
      `SELECT secret_ciphertext AS secret FROM webhook_endpoints WHERE id = $1`,
      [endpoint.id],
      t.database,
    );
    expect(stored[0].secret.toString('latin1')).not.toContain(rotated.secret);
  });

  it('leaves no event, delivery or job when the mutation rolls back', async () => {
    await createEndpoint('/rollback', ['CANDIDATE_ANONYMIZED']);
    const count = async () =>
      (
        await adminQuery<{ events: number; deliveries: number; jobs: number }>(
          `SELECT (SELECT count(*)::int FROM webhook_events) AS events,
                  (SELECT count(*)::int FROM webhook_deliveries) AS deliveries,
                  (SELECT count(*)::int FROM pgboss.job WHERE name = 'webhook-delivery') AS jobs`,
          [],
          t.database,
        )
      )[0];
    const before = await count();
    const ctx = new RequestContext('rollback-test', '127.0.0.1', t.app.get(Database));
    ctx.setPrincipal({
      kind: 'user',
      userId: acme.userIds.ADMIN,
      actingUserId: acme.userIds.ADMIN,
      tenantId: acme.id,
      sessionId: '',
      role: Role.ADMIN,
    } as Principal);
    let seenInside = 0;
    await expect(
      ctx.write(async (em) => {
        await t.app.get(WebhookOutbox).emit(em, acme.id, WebhookEventType.CANDIDATE_ANONYMIZED, {
          candidateId: 'c-4',
        });
        [{ n: seenInside }] = await em.query(`SELECT count(*)::int AS n FROM webhook_events`);
        throw new Error('the mutation fails after emitting');
      }),
    ).rejects.toThrow('fails after emitting');
    // The request itself commits (its other work is kept); the savepoint is gone.
    expect(await ctx.finish(true)).toBe(true);
    expect(seenInside).toBe(before.events + 1);
    await new Promise((r) => setTimeout(r, 1500)); // a worker would have picked up a job by now
    expect(await count()).toEqual(before);
    expect(receiver.at('/rollback')).toHaveLength(0);
  });

  it('keeps endpoints and deliveries inside the tenant', async () => {
    const [mine] = ok(
      await t.gql(`{ webhookEndpoints { id } }`, {}, acme.tokens.ADMIN),
    ).webhookEndpoints;
    const delivery = (await deliveries(mine.id)).edges[0].node;
    const token = other.tokens.ADMIN;
    expect(ok(await t.gql(`{ webhookEndpoints { id } }`, {}, token)).webhookEndpoints).toEqual([]);
    expect(ok(await t.gql(DELIVERIES, { first: 10 }, token)).webhookDeliveries.totalCount).toBe(0);
    expect(
      ok(await t.gql(DELIVERIES, { endpointId: mine.id }, token)).webhookDeliveries.edges,
    ).toEqual([]);
    expect(codeOf(await t.gql(REDELIVER, { id: delivery.id }, token))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await t.gql(
          `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { id } }`,
          { input: { id: mine.id, active: false } },
          token,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await t.gql(
          `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
          { id: mine.id },
          token,
        ),
      ),
    ).toBe('NOT_FOUND');
    // Its own event reaches only its own endpoints.
    const theirs = ok(
      await t.gql(
        CREATE,
        { input: { url: `${receiver.base}/theirs`, events: ['LOOP_PUBLISHED'] } },
        token,
      ),
    ).createWebhookEndpoint;
    receiver.route('/theirs', theirs.secret);
    expect(ok(await t.gql(`{ webhookEndpoints { id } }`, {}, token)).webhookEndpoints).toHaveLength(
      1,
    );
    expect(
      ok(await t.gql(`{ webhookEndpoints { id } }`, {}, acme.tokens.ADMIN)).webhookEndpoints.length,
    ).toBeGreaterThan(1);
  });

  it('validates the input', async () => {
    const create = (input: Record<string, unknown>) => t.gql(CREATE, { input }, acme.tokens.ADMIN);
    const fieldsOf = (r: Awaited<ReturnType<typeof create>>) =>
      r.errors?.[0]?.extensions.fields.map((f: { path: string }) => f.path);
    const badUrl = await create({ url: 'ftp://example.com/hook', events: ['LOOP_PUBLISHED'] });
    expect(codeOf(badUrl)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(badUrl)).toEqual(['input.url']);
    const notUrl = await create({ url: 'not a url', events: ['LOOP_PUBLISHED'] });
    expect(fieldsOf(notUrl)).toEqual(['input.url']);
    const long = await create({
      url: `https://example.com/${'x'.repeat(2100)}`,
      events: ['LOOP_PUBLISHED'],
    });
    expect(fieldsOf(long)).toEqual(['input.url']);
    const creds = await create({ url: 'https://user:pw@example.com/', events: ['LOOP_PUBLISHED'] });
    expect(fieldsOf(creds)).toEqual(['input.url']);
    const noEvents = await create({ url: 'https://example.com/hook', events: [] });
    expect(codeOf(noEvents)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(noEvents)).toEqual(['input.events']);
    const update = await t.gql(
      `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { id } }`,
      { input: { id: '00000000-0000-4000-8000-000000000000', url: 'gopher://x' } },
      acme.tokens.ADMIN,
    );
    expect(fieldsOf(update)).toEqual(['input.url']);
  });

  it('keeps one endpoint per URL: re-registering answers CONFLICT naming the existing one', async () => {
    const { endpoint } = await createEndpoint('/once', ['LOOP_PUBLISHED']);
    const again = await t.gql(
      CREATE,
      // Written differently (scheme case), it is the same URL once parsed.
      {
        input: { url: endpoint.url.replace('http://', 'HTTP://'), events: ['SCORECARD_SUBMITTED'] },
      },
      acme.tokens.ADMIN,
    );
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions).toMatchObject({
      path: 'input.url',
      existingEndpointId: endpoint.id,
    });
    expect(again.errors![0].message).toContain(endpoint.id);
    const second = await createEndpoint('/other', ['LOOP_PUBLISHED']);
    const moved = await t.gql(
      `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { id } }`,
      { input: { id: second.endpoint.id, url: endpoint.url } },
      acme.tokens.ADMIN,
    );
    expect(codeOf(moved)).toBe('CONFLICT');
    // Nothing changed: one endpoint each for /once and /other, and updating an endpoint to its
    // own URL is no conflict.
    const listed = ok(await t.gql('{ webhookEndpoints { id url } }', {}, acme.tokens.ADMIN));
    const urls = listed.webhookEndpoints.map((e: { url: string }) => e.url);
    expect(urls.filter((u: string) => u === endpoint.url)).toHaveLength(1);
    expect(urls).toContain(second.endpoint.url);
    const same = await t.gql(
      `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { id } }`,
      { input: { id: endpoint.id, url: endpoint.url } },
      acme.tokens.ADMIN,
    );
    expect(same.errors).toBeUndefined();
    // Another tenant may register the same URL.
    const elsewhere = await t.gql(
      CREATE,
      { input: { url: endpoint.url, events: ['LOOP_PUBLISHED'] } },
      other.tokens.ADMIN,
    );
    expect(elsewhere.errors).toBeUndefined();
  });

  it('is for admins only', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const operations: [string, Record<string, unknown>][] = [
      [`{ webhookEndpoints { id } }`, {}],
      [DELIVERIES, {}],
      [CREATE, { input: { url: 'https://example.com/h', events: ['LOOP_PUBLISHED'] } }],
      [
        `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { id } }`,
        { input: { id, active: false } },
      ],
      [`mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`, { id }],
      [REDELIVER, { id }],
    ];
    for (const role of [Role.INTERVIEWER, Role.RECRUITER, Role.HIRING_MANAGER]) {
      for (const [document, variables] of operations) {
        expect({
          role,
          document,
          code: codeOf(await t.gql(document, variables, acme.tokens[role])),
        }).toEqual({
          role,
          document,
          code: 'FORBIDDEN',
        });
      }
    }
  });

  it('re-queues a delivery whose job was lost, and delivers it', async () => {
    const { endpoint } = await createEndpoint('/lost', ['LOOP_PUBLISHED']);
    // A delivery with no job behind it, overdue by an hour: as after a long outage.
    const [{ id: eventId }] = await adminQuery<{ id: string }>(
      `INSERT INTO webhook_events (tenant_id, type, payload) VALUES ($1, 'loop.published', '{"loopId":"x"}') RETURNING id`,
      [acme.id],
      t.database,
    );
    const [{ id: deliveryId }] = await adminQuery<{ id: string }>(
      `INSERT INTO webhook_deliveries (tenant_id, event_id, endpoint_id, status, attempts, next_attempt_at)
       VALUES ($1, $2, $3, 'RETRYING', 1, now() - interval '1 hour') RETURNING id`,
      [acme.id, eventId, endpoint.id],
      t.database,
    );
    expect(await t.app.get(WebhookDeliveryWorker).sweep()).toBeGreaterThanOrEqual(1);
    await waitFor('the lost delivery', () => receiver.at('/lost').length > 0);
    expect(receiver.at('/lost')[0]).toMatchObject({ verified: true, body: { id: eventId } });
    const delivered = await waitFor('SUCCEEDED', async () => {
      const list = await deliveries(endpoint.id);
      const d = list.edges.find((e: any) => e.node.id === deliveryId)?.node;
      return d?.status === 'SUCCEEDED' && d;
    });
    expect(delivered.attempts).toBe(2);
    // Nothing overdue is left: a second sweep re-queues nothing.
    expect(await t.app.get(WebhookDeliveryWorker).sweep()).toBe(0);
  });
});

describe('a delivery worker killed mid-delivery', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let child: ChildProcess | undefined;
  let second: Awaited<ReturnType<typeof createApp>> | undefined;
  const receiver = new Receiver();

  const envFor = (worker: boolean) => ({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    DEFAULT_PACKS: '',
    RATE_LIMIT_PER_MINUTE: '100000',
    DATABASE_POOL_SIZE: '4',
    DATABASE_URL: t.databaseUrl,
    WEBHOOK_WORKER: String(worker),
    ...FAST,
  });

  beforeAll(async () => {
    await receiver.start();
    // This instance writes the outbox but delivers nothing.
    t = await startTestApp({ ...FAST, WEBHOOK_WORKER: 'false' });
    acme = await seedTenant(t, 'crash');
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await second?.app.close();
    await t?.close();
    await receiver.stop();
  });

  it('is delivered by another instance after its job expires (at least once)', async () => {
    const made = ok(
      await t.gql(
        CREATE,
        { input: { url: `${receiver.base}/crash`, events: ['LOOP_PUBLISHED'] } },
        acme.tokens.ADMIN,
      ),
    ).createWebhookEndpoint;
    // The first request is never answered: the worker dies while it is in flight.
    receiver.route('/crash', made.secret, ['hang']);

    // A real process, so that it can really be killed.
    // Its own HTTP timeout is long: it must still be waiting for the answer when killed.
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      ...envFor(true),
      WEBHOOK_TIMEOUT_MS: '10000',
    };
    delete env.NODE_OPTIONS;
    child = spawn(process.execPath, ['dist/src/main.js'], {
      env: { ...env, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(
      'the worker process',
      () => output.includes('Interview Kit API is ready'),
      20_000,
    );

    await t.app
      .get(Database)
      .withTenant(acme.id, (em) =>
        t.app
          .get(WebhookOutbox)
          .emit(em, acme.id, WebhookEventType.LOOP_PUBLISHED, { loopId: 'l-1', name: 'L' }),
      );
    const [firstTry] = await waitFor(
      'the first request',
      () => receiver.at('/crash').length > 0 && receiver.at('/crash'),
    );
    expect(firstTry.verified).toBe(true);
    child.kill('SIGKILL');
    await once(child, 'exit');
    child = undefined;

    // Sent, never recorded: the delivery still waits for its first attempt, its job is active.
    const [state] = await adminQuery<{ status: string; attempts: number; job: string }>(
      `SELECT d.status, d.attempts,
              (SELECT state::text FROM pgboss.job WHERE name = 'webhook-delivery'
                  AND data->>'deliveryId' = d.id::text) AS job
         FROM webhook_deliveries d`,
      [],
      t.database,
    );
    expect(state).toEqual({ status: 'PENDING', attempts: 0, job: 'active' });

    // A new instance on the same database picks it up once pg-boss expires the job.
    second = await createApp(loadConfig(envFor(true)));
    const retried = await waitFor(
      'the second request',
      () => receiver.at('/crash').length > 1 && receiver.at('/crash')[1],
      15_000,
    );
    expect(retried.verified).toBe(true);
    expect(retried.body.id).toBe(firstTry.body.id);
    expect(retried.headers['x-ik-event-id']).toBe(firstTry.headers['x-ik-event-id']);
    const [done] = await waitFor('recorded', async () => {
      const rows = await adminQuery<{ status: string; attempts: number }>(
        `SELECT status, attempts FROM webhook_deliveries`,
        [],
        t.database,
      );
      return rows[0]?.status === 'SUCCEEDED' && rows;
    });
    expect(done).toEqual({ status: 'SUCCEEDED', attempts: 1 });
  }, 45_000);
});
