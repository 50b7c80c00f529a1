import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { withDatabase } from '../src/database/data-source-options.js';
import { codeOf, startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import {
  fillAndSubmit,
  importLibrary,
  ok,
  publishedLoop,
  type LoopSheet,
} from './helpers/interviews.js';
import { adminQuery, testServerUrl } from './helpers/server.js';
import { hoursFromNow } from './helpers/clock.js';
import { WebhookDeliveryWorker } from '../src/integration/webhooks/webhook-delivery.worker.js';

const UPSERT_CANDIDATE = `mutation($input: UpsertCandidateInput!) { upsertCandidate(input: $input) {
  created candidate { id name email atsExternalId anonymizedAt } } }`;
const UPSERT_INTERVIEW = `mutation($input: UpsertInterviewInput!) { upsertInterview(input: $input) {
  created interview { id scheduledStart atsExternalId interviewers { email } candidate { id } } } }`;
const FEED = `query($since: DateTime!, $after: String) { candidates(first: 5, updatedSince: $since, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id name anonymizedAt } } } }`;

describe('ATS integration: upserts, sync feeds, tombstones, erasure', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let sheet: LoopSheet;
  let key: string;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedTenant(t, 'acme', 2);
    await importLibrary(t, acme.tokens.ADMIN);
    sheet = await publishedLoop(t, acme.tokens.RECRUITER, { name: 'ATS loop' });
    key = ok(
      await t.gql(
        `mutation { createApiKey(input: { name: "ATS", scopes: [CANDIDATES_READ, CANDIDATES_WRITE, INTERVIEWS_READ, INTERVIEWS_WRITE, SCORECARDS_READ, LOOPS_READ, LOOPS_WRITE] }) { secret } }`,
        {},
        acme.tokens.ADMIN,
      ),
    ).createApiKey.secret;
  });
  afterAll(() => t.close());

  it('upserts candidates and interviews by ATS id, interviewers by e-mail, and links jobs', async () => {
    const first = ok(
      await t.gql(
        UPSERT_CANDIDATE,
        { input: { atsExternalId: 'gh-1', name: 'Alan T', email: 'alan@mail.example' } },
        key,
      ),
    ).upsertCandidate;
    expect(first).toMatchObject({
      created: true,
      candidate: { name: 'Alan T', atsExternalId: 'gh-1' },
    });
    const second = ok(
      await t.gql(UPSERT_CANDIDATE, { input: { atsExternalId: 'gh-1', name: 'Alan Turing' } }, key),
    ).upsertCandidate;
    expect(second).toMatchObject({
      created: false,
      candidate: { id: first.candidate.id, name: 'Alan Turing', email: 'alan@mail.example' },
    });
    const [p1, p2] = acme.panel;
    const input = {
      atsExternalId: 'gh-int-1',
      candidateAtsId: 'gh-1',
      stageId: sheet.stageId,
      scheduledStart: hoursFromNow(24),
      scheduledEnd: hoursFromNow(25),
      interviewerEmails: [p1.email.toUpperCase()],
    };
    const later = { start: hoursFromNow(48), end: hoursFromNow(49) };
    const made = ok(await t.gql(UPSERT_INTERVIEW, { input }, key)).upsertInterview;
    expect(made).toMatchObject({
      created: true,
      interview: {
        atsExternalId: 'gh-int-1',
        interviewers: [{ email: p1.email }],
        candidate: { id: first.candidate.id },
      },
    });
    const moved = ok(
      await t.gql(
        UPSERT_INTERVIEW,
        {
          input: {
            ...input,
            scheduledStart: later.start,
            scheduledEnd: later.end,
            interviewerEmails: [p2.email],
          },
        },
        key,
      ),
    ).upsertInterview;
    expect(moved).toMatchObject({
      created: false,
      interview: {
        id: made.interview.id,
        scheduledStart: later.start,
        interviewers: [{ email: p2.email }],
      },
    });
    // Repeating the same upsert concurrently creates one interview.
    const again = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.gql(UPSERT_INTERVIEW, { input: { ...input, atsExternalId: 'gh-int-2' } }, key),
      ),
    );
    expect(new Set(again.map((r) => ok(r).upsertInterview.interview.id)).size).toBe(1);
    expect(again.filter((r) => r.data!.upsertInterview.created)).toHaveLength(1);

    const unknown = await t.gql(
      UPSERT_INTERVIEW,
      { input: { ...input, interviewerEmails: ['nobody@x.example'] } },
      key,
    );
    expect(unknown.errors![0].extensions.fields[0].path).toBe('input.interviewerEmails[0]');
    const both = await t.gql(
      UPSERT_INTERVIEW,
      { input: { ...input, candidateId: first.candidate.id } },
      key,
    );
    expect(both.errors![0].extensions.fields[0].path).toBe('input.candidateId');

    const link = `mutation($l: ID!, $j: String) { linkLoopToJob(loopId: $l, atsJobId: $j) { id atsJobId } }`;
    expect(
      ok(await t.gql(link, { l: sheet.loopId, j: 'job-42' }, key)).linkLoopToJob.atsJobId,
    ).toBe('job-42');
    const other = await publishedLoop(t, acme.tokens.RECRUITER, { name: 'Second', offset: 2 });
    const taken = await t.gql(link, { l: other.loopId, j: 'job-42' }, key);
    expect(taken.errors![0].extensions).toMatchObject({ code: 'CONFLICT', path: 'atsJobId' });

    // From its job to our stages in one request, without listing every loop.
    const byJob = `query($j: String!) { loops(atsJobId: $j, first: 5) { totalCount edges { node { id atsJobId stages { id name } } } } }`;
    const found = ok(await t.gql(byJob, { j: 'job-42' }, key)).loops;
    expect(found.totalCount).toBe(1);
    expect(found.edges[0].node).toMatchObject({ id: sheet.loopId, atsJobId: 'job-42' });
    expect(found.edges[0].node.stages.map((s: { id: string }) => s.id)).toContain(sheet.stageId);
    expect(ok(await t.gql(byJob, { j: 'job-43' }, key)).loops).toEqual({
      totalCount: 0,
      edges: [],
    });
    const blank = await t.gql(byJob, { j: '' }, key);
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(blank.errors![0].extensions.fields[0].path).toBe('atsJobId');
  });

  it('pages a sync feed under concurrent writes without losing a row', async () => {
    const since = new Date().toISOString();
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      ids.push(
        ok(
          await t.gql(
            UPSERT_CANDIDATE,
            { input: { atsExternalId: `sync-${i}`, name: `Sync ${i} v1` } },
            key,
          ),
        ).upsertCandidate.candidate.id,
      );
    }
    // A slow writer: a transaction that updates sync-0 and commits only after the client has paged.
    const slow = new Client({ connectionString: withDatabase(testServerUrl(), t.database) });
    await slow.connect();
    await slow.query('BEGIN');
    await slow.query(`UPDATE candidates SET name = 'Sync 0 slow' WHERE id = $1`, [ids[0]]);

    const latest = new Map<string, string>();
    let cursor: string | null = null;
    const page = async () => {
      const res = ok(await t.gql(FEED, { since, after: cursor }, key)).candidates;
      for (const e of res.edges) latest.set(e.node.id, e.node.name);
      cursor = res.pageInfo.endCursor ?? cursor;
      return res;
    };
    let round = 0;
    for (;;) {
      const res = await page();
      // Between pages, rewrite rows already served and rows still ahead.
      await t.gql(
        UPSERT_CANDIDATE,
        // sync-0 is locked by the slow writer: the others.
        { input: { atsExternalId: `sync-${1 + ((round * 5) % 11)}`, name: `Sync v${round + 2}` } },
        key,
      );
      round += 1;
      if (!res.pageInfo.hasNextPage) break;
    }
    await slow.query('COMMIT');
    await slow.end();
    const final = await adminQuery<{ id: string; name: string }>(
      `SELECT id, name FROM candidates WHERE id = ANY($1)`,
      [ids],
      t.database,
    );
    // Resume from the last cursor, as a client polls. Rows behind a transaction still running
    // anywhere on the server (other test suites included) come once it has finished.
    const caughtUp = () => final.every((row) => latest.get(row.id) === row.name);
    for (let i = 0; i < 100 && !caughtUp(); i += 1) {
      const res = await page();
      if (!res.edges.length) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(final.find((r) => r.id === ids[0])!.name).toBe('Sync 0 slow');
    for (const row of final) expect({ id: row.id, name: latest.get(row.id) }).toEqual(row);
    const bad = await t.gql(FEED, { since, after: 'not-a-cursor' }, key);
    expect(bad.errors![0].extensions.fields[0].path).toBe('after');
  });

  it('moves interviews whose time has passed forward in the feed', async () => {
    const candidate = ok(
      await t.gql(
        UPSERT_CANDIDATE,
        { input: { atsExternalId: 'timed', name: 'Timed Person' } },
        key,
      ),
    ).upsertCandidate.candidate;
    const interview = ok(
      await t.gql(
        UPSERT_INTERVIEW,
        {
          input: {
            atsExternalId: 'timed-int',
            candidateId: candidate.id,
            stageId: sheet.stageId,
            scheduledStart: new Date(Date.now() - 2000).toISOString(),
            scheduledEnd: new Date(Date.now() + 1500).toISOString(),
            interviewerEmails: [acme.panel[0].email],
          },
        },
        key,
      ),
    ).upsertInterview.interview;
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const since = new Date().toISOString();
    const feed = async () =>
      ok(
        await t.gql(
          `query($since: DateTime!) { interviews(first: 50, updatedSince: $since) { edges { node { id status } } } }`,
          { since },
          key,
        ),
      ).interviews.edges.map((e: any) => e.node);
    expect(await feed()).toEqual([]);
    await t.app.get(WebhookDeliveryWorker).sweep();
    let seen: any[] = [];
    for (let i = 0; i < 100 && !seen.length; i += 1) {
      seen = await feed();
      if (!seen.length) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(seen).toEqual([{ id: interview.id, status: 'AWAITING_FEEDBACK' }]);
  });

  it('anonymises a candidate for good: data erased, scores kept, tombstone, no personal data in the audit', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const made = ok(
      await t.gql(
        UPSERT_CANDIDATE,
        {
          input: { atsExternalId: 'forget-me', name: 'Ada Private', email: 'ada@private.example' },
        },
        key,
      ),
    ).upsertCandidate.candidate;
    const [p1, p2] = acme.panel;
    const interviewId = ok(
      await t.gql(
        UPSERT_INTERVIEW,
        {
          input: {
            atsExternalId: 'forget-int',
            candidateId: made.id,
            stageId: sheet.stageId,
            scheduledStart: new Date(Date.now() - 7200_000).toISOString(),
            scheduledEnd: new Date(Date.now() - 3600_000).toISOString(),
            interviewerEmails: [p1.email, p2.email],
          },
        },
        key,
      ),
    ).upsertInterview.interview.id;
    const scorecardId = await fillAndSubmit(t, p1.token, interviewId, sheet, {
      score: () => 3,
      recommendation: 'YES',
      summary: 'Ada explained her private project at length.',
    });
    // An amendment whose reason names her.
    const submitted = ok(
      await t.gql(
        `query($id: ID!) { scorecard(id: $id) { version } }`,
        { id: scorecardId },
        p1.token,
      ),
    ).scorecard;
    ok(
      await t.gql(
        `mutation($input: AmendScorecardInput!) { amendScorecard(input: $input) { id } }`,
        {
          input: {
            id: scorecardId,
            expectedVersion: submitted.version,
            reason: 'Ada asked me to add her portfolio.',
          },
        },
        p1.token,
      ),
    );
    // Unassigning P2 removes their draft: a DELETED tombstone.
    const p2Card = await adminQuery<{ id: string }>(
      `SELECT id FROM scorecards WHERE interview_id = $1 AND interviewer_id = $2`,
      [interviewId, p2.id],
      t.database,
    );
    ok(
      await t.gql(
        `mutation($id: ID!, $ids: [ID!]!) { assignInterviewers(input: { interviewId: $id, interviewerIds: $ids }) { id } }`,
        { id: interviewId, ids: [p1.id] },
        acme.tokens.RECRUITER,
      ),
    );
    // An endpoint subscribed to erasures: the event is written with the erasure, without personal data.
    ok(
      await t.gql(
        `mutation { createWebhookEndpoint(input: { url: "http://127.0.0.1:9/hooks", events: [CANDIDATE_ANONYMIZED] }) { secret } }`,
        {},
        acme.tokens.ADMIN,
      ),
    );
    const erased = ok(
      await t.gql(
        `mutation($id: ID!) { anonymizeCandidate(id: $id) { id name email anonymizedAt } }`,
        { id: made.id },
        acme.tokens.ADMIN,
      ),
    ).anonymizeCandidate;
    expect(erased).toMatchObject({ name: '', email: null });
    expect(erased.anonymizedAt).not.toBeNull();
    const card = ok(
      await t.gql(
        `query($id: ID!) { scorecard(id: $id) { summary recommendation ratings { score } revisions { edges { node { summary } } } } }`,
        { id: scorecardId },
        acme.tokens.RECRUITER,
      ),
    ).scorecard;
    expect(card.summary).toBe('');
    expect(card.revisions.edges.map((e: any) => e.node.summary)).toEqual(['', '']);
    expect(card.recommendation).toBe('YES');
    expect(card.ratings.every((r: any) => r.score === 3)).toBe(true);
    const leftovers = await adminQuery(
      `SELECT 1 FROM candidates WHERE name LIKE '%Ada%' OR email LIKE '%ada@%'
       UNION ALL SELECT 1 FROM scorecard_revisions WHERE summary LIKE '%Ada%' OR reason LIKE '%Ada%'
       UNION ALL SELECT 1 FROM scorecards WHERE draft::text LIKE '%Ada%'
       UNION ALL SELECT 1 FROM audit_events WHERE array_to_string(changed_fields, ' ') LIKE '%Ada%'`,
      [],
      t.database,
    );
    expect(leftovers).toEqual([]);
    const events = await adminQuery<{ payload: Record<string, unknown> }>(
      `SELECT payload FROM webhook_events WHERE type = 'candidate.anonymized'`,
      [],
      t.database,
    );
    expect(events.map((e) => e.payload)).toEqual([
      { candidateId: made.id, atsExternalId: 'forget-me' },
    ]);
    // The feed serves them once no older write is in flight on the server (other suites too).
    const readTombstones = async () =>
      ok(
        await t.gql(
          `query($since: DateTime!) { syncTombstones(updatedSince: $since, first: 50) { edges { node { entity entityId kind } } } }`,
          { since },
          key,
        ),
      )
        .syncTombstones.edges.map((e: any) => e.node)
        .filter((n: any) => [p2Card[0].id, made.id].includes(n.entityId));
    let tombstones = await readTombstones();
    for (let i = 0; i < 100 && tombstones.length < 2; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      tombstones = await readTombstones();
    }
    expect(tombstones).toEqual([
      { entity: 'scorecard', entityId: p2Card[0].id, kind: 'DELETED' },
      { entity: 'candidate', entityId: made.id, kind: 'ANONYMIZED' },
    ]);
    // Irreversible: no second erasure, no new personal data through the ATS id.
    expect(
      codeOf(
        await t.gql(
          `mutation($id: ID!) { anonymizeCandidate(id: $id) { id } }`,
          { id: made.id },
          acme.tokens.ADMIN,
        ),
      ),
    ).toBe('CONFLICT');
    const again = await t.gql(
      UPSERT_CANDIDATE,
      { input: { atsExternalId: 'forget-me', name: 'Ada Again' } },
      key,
    );
    expect(again.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      path: 'input.atsExternalId',
    });
    expect(
      codeOf(
        await t.gql(
          `mutation($id: ID!) { anonymizeCandidate(id: $id) { id } }`,
          { id: made.id },
          key,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
