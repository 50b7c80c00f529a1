import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { draftOf30, seedKitLoop, upsertInterviewInput } from '../bench/kit-seed.js';
import { randomUUID } from 'node:crypto';
import { codeOf, startTestApp, type TestApp } from './helpers/app.js';
import { hoursFromNow } from './helpers/clock.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import { ok } from './helpers/interviews.js';

/**
 * The statements a mutation sends through the real server, counted by the app's statement
 * counter (authentication, the tenant transaction, the audit event, the outbox and the read of
 * the answer included): one unit of work in the request's transaction, batched writes, each
 * row read once. The same operations and data as `npm run bench:kit` prints.
 */
const SUBMIT = `mutation($input: SubmitScorecardInput!) { submitScorecard(input: $input) { status } }`;
const UPSERT = `mutation($input: UpsertInterviewInput!) { upsertInterview(input: $input) { created interview { id } } }`;

describe('statements per mutation', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let seeded: Awaited<ReturnType<typeof seedKitLoop>>;
  const gql = async (query: string, variables: object = {}, token?: string) =>
    ok(await t.gql(query, variables as Record<string, unknown>, token));

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedTenant(t, 'acme', 1);
    seeded = await seedKitLoop(gql, acme.tokens.ADMIN, acme.panel[0].id);
  });
  afterAll(() => t.close());

  /** The statements of one request; the request must succeed. */
  async function statementsOf(query: string, variables: object, token: string) {
    const recorded: { query: string }[] = [];
    t.statements.recording = recorded;
    let data: Record<string, any>;
    try {
      data = await gql(query, variables, token);
    } finally {
      t.statements.recording = undefined;
    }
    if (process.env.PRINT_SQL === '1') {
      process.stdout.write(
        `${recorded.map((s, i) => `${i + 1}: ${s.query.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n')}\n\n`,
      );
    }
    return { data, count: recorded.length };
  }

  it('submitScorecard with 30 ratings sends at most 8 statements', async () => {
    const draft = await draftOf30(gql, acme.panel[0].token, seeded);
    expect(draft.ratings).toBe(30);
    const { data, count } = await statementsOf(
      SUBMIT,
      { input: { id: draft.id, expectedVersion: draft.version } },
      acme.panel[0].token,
    );
    expect(data.submitScorecard.status).toBe('SUBMITTED');
    expect(count).toBeLessThanOrEqual(8);
  });

  // Creating: BEGIN with the key's prefix; the key, setting its tenant; its creator with
  // last-used; the checks and the lock in one read; the interview with its panel; the panel's
  // mail and its jobs; the event with its live events; the audit row; COMMIT. Updating: the
  // same, with the move and the panel in one statement.
  it('upsertInterview through an API key: at most 10 statements creating, 10 updating', async () => {
    const key = (
      await gql(
        `mutation { createApiKey(input: { name: "ATS", scopes: [INTERVIEWS_READ, INTERVIEWS_WRITE, CANDIDATES_READ] }) { secret } }`,
        {},
        acme.tokens.ADMIN,
      )
    ).createApiKey.secret as string;
    const email = acme.panel[0].email;
    const created = await statementsOf(
      UPSERT,
      { input: upsertInterviewInput(seeded, email, 24) },
      key,
    );
    expect(created.data.upsertInterview.created).toBe(true);
    const updated = await statementsOf(
      UPSERT,
      { input: upsertInterviewInput(seeded, email, 48) },
      key,
    );
    expect(updated.data.upsertInterview).toEqual({
      created: false,
      interview: created.data.upsertInterview.interview,
    });
    process.stdout.write(`upsertInterview: ${created.count} creating, ${updated.count} updating\n`);
    expect(created.count).toBeLessThanOrEqual(10);
    expect(updated.count).toBeLessThanOrEqual(10);
  });

  /**
   * A mutation runs in a savepoint only when its operation runs others: then a failed one leaves
   * nothing behind while the others' work is kept. Alone, a failure rolls the whole request back.
   */
  it('a failed mutation leaves nothing behind; the other mutations of its operation are kept', async () => {
    const rec = acme.tokens.RECRUITER;
    const schedule = (atsExternalId: string, interviewerIds: string[]) => ({
      candidateId: seeded.candidate,
      stageId: seeded.kitStageId,
      scheduledStart: hoursFromNow(5),
      scheduledEnd: hoursFromNow(6),
      atsExternalId,
      interviewerIds,
    });
    // The interview row is written before the unknown interviewer is found.
    const both = await t.gql(
      `mutation($c: CreateCandidateInput!, $i: ScheduleInterviewInput!) {
         a: createCandidate(input: $c) { id } b: scheduleInterview(input: $i) { id } }`,
      { c: { name: 'Kept Candidate' }, i: schedule('gone-1', [randomUUID()]) },
      rec,
    );
    // b is non-null: its error nulls the whole answer, but a's candidate is kept.
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    expect(both.data).toBeNull();
    const found = await gql(
      `query { candidates(search: "Kept Candidate") { edges { node { name } } } }`,
      {},
      rec,
    );
    expect(found.candidates.edges).toEqual([{ node: { name: 'Kept Candidate' } }]);

    const MUTATION = `mutation($i: ScheduleInterviewInput!) { scheduleInterview(input: $i) { id } }`;
    const alone = () =>
      t.gql(MUTATION, { i: schedule('gone-2', [randomUUID()]) }, rec, {
        'idempotency-key': 'alone-1',
      });
    expect(codeOf(await alone())).toBe('BAD_USER_INPUT');
    // Not a replay: the failed answer released the key, and it runs (and fails) again.
    const again = await alone();
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    // Neither failed interview was left behind: their ATS ids are free.
    for (const id of ['gone-1', 'gone-2']) {
      expect(
        (await gql(MUTATION, { i: schedule(id, [acme.panel[0].id]) }, rec)).scheduleInterview.id,
      ).toBeTruthy();
    }
  });
});
