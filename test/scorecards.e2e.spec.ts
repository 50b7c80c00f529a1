import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant, type SignedInMember } from './helpers/fixtures.js';
import {
  createCandidate,
  fillAndSubmit,
  importLibrary,
  myScorecard,
  ok,
  publishedLoop,
  ratingsFor,
  SCORECARD,
  scheduleInterview,
  type LoopSheet,
} from './helpers/interviews.js';
import { Client } from 'pg';
import { withDatabase } from '../src/database/data-source-options.js';
import { adminQuery, testServerUrl } from './helpers/server.js';
import { fromNow, hoursFromNow } from './helpers/clock.js';
import { expectHostilePagingRefused } from './helpers/paging.js';

const SAVE = `mutation($input: SaveScorecardDraftInput!) { saveScorecardDraft(input: $input) { ${SCORECARD} } }`;
const SUBMIT = `mutation($input: SubmitScorecardInput!) { submitScorecard(input: $input) { ${SCORECARD} } }`;
const AMEND = `mutation($input: AmendScorecardInput!) { amendScorecard(input: $input) { ${SCORECARD}
  revisions { edges { node { number reason afterReveal recommendation summary ratings { score notAssessed } } } } } }`;
const GET = `query($id: ID!) { scorecard(id: $id) { ${SCORECARD} revisions { edges { node { number reason afterReveal recommendation } } } } }`;
const INTERVIEW = `query($id: ID!) { interview(id: $id) { id status submittedCount interviewers { id }
  candidate { id name } stage { id } loop { id } } }`;
const ASSIGN = `mutation($input: AssignInterviewersInput!) { assignInterviewers(input: $input) { id status interviewers { id } } }`;
const KIT = `query($id: ID!) { interviewKit(stageId: $id) { stageId } }`;

describe('candidates, interviews and scorecards', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let other: SeededTenant;
  let sheet: LoopSheet;
  let a: SignedInMember;
  let b: SignedInMember;
  let c: SignedInMember;
  let d: SignedInMember;
  const rec = () => acme.tokens.RECRUITER;

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: process.env.IK_DEBUG_LOG ?? 'silent' });
    acme = await seedTenant(t, 'acme', 4);
    other = await seedTenant(t, 'other');
    [a, b, c, d] = acme.panel;
    await importLibrary(t, acme.tokens.ADMIN);
    sheet = await publishedLoop(t, rec(), {
      name: 'Backend',
      hiringManagerIds: [acme.userIds.HIRING_MANAGER],
    });
  });
  afterAll(() => t.close());

  it('runs the flow: schedule, assign, draft, stale draft, submit, immutable, amend', async () => {
    const candidateId = await createCandidate(t, rec(), 'Ada Lovelace', { atsExternalId: 'c-1' });
    const interviewId = await scheduleInterview(t, rec(), {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [a.id],
    });
    let interview = ok(await t.gql(INTERVIEW, { id: interviewId }, rec())).interview;
    expect(interview).toMatchObject({
      status: 'AWAITING_FEEDBACK', // its end has passed
      submittedCount: 0,
      interviewers: [{ id: a.id }],
      candidate: { id: candidateId, name: 'Ada Lovelace' },
      stage: { id: sheet.stageId },
      loop: { id: sheet.loopId },
    });
    interview = ok(
      await t.gql(ASSIGN, { input: { interviewId, interviewerIds: [a.id, b.id] } }, rec()),
    ).assignInterviewers;
    expect(interview.interviewers.map((i: { id: string }) => i.id).sort()).toEqual(
      [a.id, b.id].sort(),
    );

    // A draft: partial content, each save moves the version on.
    const card = await myScorecard(t, a.token, interviewId);
    expect(card.version).toBe(1);
    const q0 = sheet.questions[0];
    const first = ok(
      await t.gql(
        SAVE,
        {
          input: {
            id: card.id,
            expectedVersion: 1,
            ratings: [
              { stageQuestionId: q0.stageQuestionId, criterionId: q0.criteria[0].id, score: 3 },
            ],
            notes: [{ stageQuestionId: q0.stageQuestionId, notes: 'Clear about indexes.' }],
          },
        },
        a.token,
      ),
    ).saveScorecardDraft;
    expect(first).toMatchObject({
      status: 'DRAFT',
      version: 2,
      revision: null,
      ratings: [{ criterionId: q0.criteria[0].id, score: 3, notAssessed: false }],
      notes: [{ notes: 'Clear about indexes.' }],
      recommendation: null,
    });

    // A stale version: CONFLICT with the current version, and nothing overwritten.
    const stale = await t.gql(
      SAVE,
      { input: { id: card.id, expectedVersion: 1, summary: 'overwrite?' } },
      a.token,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions.currentVersion).toBe(2);
    expect(ok(await t.gql(GET, { id: card.id }, a.token)).scorecard).toMatchObject({
      version: 2,
      summary: '',
    });

    // Submitting an incomplete scorecard names what is missing.
    const incomplete = await t.gql(SUBMIT, { input: { id: card.id, expectedVersion: 2 } }, a.token);
    expect(codeOf(incomplete)).toBe('BAD_USER_INPUT');
    const paths = incomplete.errors![0].extensions.fields.map((f: { path: string }) => f.path);
    expect(paths).toContain('recommendation');
    const criteriaCount = sheet.questions.reduce((n, q) => n + q.criteria.length, 0);
    expect(paths).toHaveLength(1 + criteriaCount - 1);

    const full = ok(
      await t.gql(
        SAVE,
        {
          input: {
            id: card.id,
            expectedVersion: 2,
            ratings: ratingsFor(sheet, (qi, ci) => (qi === 1 && ci === 0 ? null : 3)),
            recommendation: 'YES',
            summary: 'Solid on storage.',
            competencyRatings: [{ competencyId: sheet.focusCompetencyIds[0], score: 3 }],
          },
        },
        a.token,
      ),
    ).saveScorecardDraft;
    expect(full.version).toBe(3);
    const submitted = ok(
      await t.gql(SUBMIT, { input: { id: card.id, expectedVersion: 3 } }, a.token),
    ).submitScorecard;
    expect(submitted).toMatchObject({
      status: 'SUBMITTED',
      version: 4,
      revision: 1,
      recommendation: 'YES',
    });
    expect(submitted.ratings).toHaveLength(criteriaCount);
    expect(submitted.ratings.filter((r: any) => r.notAssessed)).toHaveLength(1);
    expect(submitted.notes).toEqual([
      { stageQuestionId: q0.stageQuestionId, notes: 'Clear about indexes.' },
    ]);
    expect(submitted.competencyRatings).toEqual([
      { score: 3, competency: { id: sheet.focusCompetencyIds[0] } },
    ]);
    expect(ok(await t.gql(INTERVIEW, { id: interviewId }, rec())).interview.submittedCount).toBe(1);

    // Submitted is immutable: a draft save and a second submit are refused.
    for (const attempt of [
      await t.gql(SAVE, { input: { id: card.id, expectedVersion: 4, summary: 'x' } }, a.token),
      await t.gql(SUBMIT, { input: { id: card.id, expectedVersion: 4 } }, a.token),
    ]) {
      expect(codeOf(attempt)).toBe('CONFLICT');
    }
    const [{ n: revisionsAfterSubmit }] = await adminQuery(
      `SELECT count(*)::int AS n FROM scorecard_revisions WHERE scorecard_id = $1`,
      [card.id],
      t.database,
    );
    expect(revisionsAfterSubmit).toBe(1);
    // The runtime role cannot rewrite a revision, even bypassing the API.
    await expect(
      adminQuery(
        `SET ROLE ik_runtime; UPDATE scorecard_revisions SET summary = 'x' WHERE scorecard_id = '${card.id}'`,
        [],
        t.database,
      ),
    ).rejects.toThrow(/permission denied/);

    // An amendment needs a reason and makes revision 2; revision 1 stays readable.
    const noReason = await t.gql(
      AMEND,
      { input: { id: card.id, expectedVersion: 4, reason: '', recommendation: 'NO' } },
      a.token,
    );
    expect(noReason.errors![0].extensions.fields[0].path).toBe('input.reason');
    const amended = ok(
      await t.gql(
        AMEND,
        {
          input: {
            id: card.id,
            expectedVersion: 4,
            reason: 'Re-read my notes on the second question.',
            recommendation: 'NO',
          },
        },
        a.token,
      ),
    ).amendScorecard;
    expect(amended).toMatchObject({
      version: 5,
      revision: 2,
      recommendation: 'NO',
      summary: 'Solid on storage.',
      amendedAfterReveal: false,
    });
    expect(
      amended.revisions.edges.map(({ node: r }: any) => [
        r.number,
        r.recommendation,
        r.reason,
        r.afterReveal,
      ]),
    ).toEqual([
      [1, 'YES', null, false],
      [2, 'NO', 'Re-read my notes on the second question.', false],
    ]);

    // B submits: the panel is complete. An amendment by A now comes after the reveal.
    await fillAndSubmit(t, b.token, interviewId, sheet, { score: () => 2, recommendation: 'NO' });
    expect(ok(await t.gql(INTERVIEW, { id: interviewId }, rec())).interview.status).toBe(
      'COMPLETE',
    );
    const late = ok(
      await t.gql(
        AMEND,
        {
          input: {
            id: card.id,
            expectedVersion: 5,
            reason: 'After the debrief.',
            summary: 'Changed.',
          },
        },
        a.token,
      ),
    ).amendScorecard;
    expect(late.amendedAfterReveal).toBe(true);
    expect(late.revisions.edges.at(-1).node).toMatchObject({ number: 3, afterReveal: true });

    // Revisions page by keyset, oldest first; `last: 1` is the current one.
    const REVISIONS = (args: string) => `query($id: ID!) { scorecard(id: $id) {
      revisions(${args}) { edges { node { number } } totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
    const revisions = async (args: string) =>
      ok(await t.gql(REVISIONS(args), { id: card.id }, a.token)).scorecard.revisions;
    const numbers = (page: any) => page.edges.map((e: any) => e.node.number);
    const firstTwo = await revisions('first: 2');
    expect(numbers(firstTwo)).toEqual([1, 2]);
    expect(firstTwo.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(firstTwo.totalCount).toBe(3);
    const rest = await revisions(`first: 2, after: "${firstTwo.pageInfo.endCursor}"`);
    expect(numbers(rest)).toEqual([3]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const current = await revisions('last: 1');
    expect(numbers(current)).toEqual([3]);
    expect(current.pageInfo.hasPreviousPage).toBe(true);
    expect(numbers(await revisions(`last: 5, before: "${current.pageInfo.startCursor}"`))).toEqual([
      1, 2,
    ]);
    await expectHostilePagingRefused(
      t,
      a.token,
      (args) => `query($id: ID!) { scorecard(id: $id) { revisions(${args}) { totalCount } } }`,
      ['scorecard', 'revisions'],
      { variables: { id: card.id }, wrongKind: ['1.5', fromNow(0), ''] },
    );
    // A submitted interviewer cannot be unassigned.
    const unassign = await t.gql(ASSIGN, { input: { interviewId, interviewerIds: [b.id] } }, rec());
    expect(codeOf(unassign)).toBe('CONFLICT');
  });

  it('refuses bad input with a code and a field path, and changes nothing', async () => {
    const candidateId = await createCandidate(t, rec(), 'Bad Input');
    const interviewId = await scheduleInterview(t, rec(), {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [c.id],
    });
    const card = await myScorecard(t, c.token, interviewId);
    const q0 = sheet.questions[0];
    const q1 = sheet.questions[1];
    const cases: [Record<string, unknown>, string][] = [
      [
        {
          ratings: [
            { stageQuestionId: q0.stageQuestionId, criterionId: q0.criteria[0].id, score: 9 },
          ],
        },
        'input.ratings[0].score',
      ],
      [
        {
          ratings: [
            { stageQuestionId: q0.stageQuestionId, criterionId: q1.criteria[0].id, score: 2 },
          ],
        },
        'input.ratings[0].criterionId',
      ],
      [
        { ratings: [{ stageQuestionId: sheet.stageId, criterionId: q0.criteria[0].id, score: 2 }] },
        'input.ratings[0].stageQuestionId',
      ],
      [
        {
          ratings: [
            {
              stageQuestionId: q0.stageQuestionId,
              criterionId: q0.criteria[0].id,
              score: 2,
              notAssessed: true,
            },
          ],
        },
        'input.ratings[0]',
      ],
      [
        { ratings: [{ stageQuestionId: 'nope', criterionId: q0.criteria[0].id, score: 2 }] },
        'input.ratings[0].stageQuestionId',
      ],
      [
        {
          competencyRatings: [
            {
              competencyId:
                q1.criteria.at(-1)!.competencyId === sheet.focusCompetencyIds[0]
                  ? q0.criteria.at(-1)!.competencyId
                  : q1.criteria.at(-1)!.competencyId,
              score: 2,
            },
          ],
        },
        'input.competencyRatings[0].competencyId',
      ],
      [
        { competencyRatings: [{ competencyId: sheet.focusCompetencyIds[0], score: 0 }] },
        'input.competencyRatings[0].score',
      ],
      [
        { notes: [{ stageQuestionId: q0.stageQuestionId, notes: 'x'.repeat(20001) }] },
        'input.notes[0].notes',
      ],
      [{ expectedVersion: 0 }, 'input.expectedVersion'],
    ];
    for (const [patch, path] of cases) {
      const result = await t.gql(
        SAVE,
        { input: { id: card.id, expectedVersion: 1, ...patch } },
        c.token,
      );
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.fields.map((f: { path: string }) => f.path)).toContain(
        path,
      );
    }
    expect(ok(await t.gql(GET, { id: card.id }, c.token)).scorecard).toMatchObject({
      version: 1,
      ratings: [],
      notes: [],
      competencyRatings: [],
    });
    const schedule = `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`;
    const when = { scheduledStart: hoursFromNow(24), scheduledEnd: hoursFromNow(23) };
    const backwards = await t.gql(
      schedule,
      { input: { candidateId, stageId: sheet.stageId, ...when } },
      rec(),
    );
    expect(backwards.errors![0].extensions.fields[0].path).toBe('input.scheduledEnd');
    const notMember = await t.gql(
      schedule,
      {
        input: {
          candidateId,
          stageId: sheet.stageId,
          scheduledStart: hoursFromNow(24),
          scheduledEnd: hoursFromNow(25),
          interviewerIds: [other.userIds.INTERVIEWER],
        },
      },
      rec(),
    );
    expect(notMember.errors![0].extensions.fields[0].path).toBe('input.interviewerIds[0]');
    const draftLoop = ok(
      await t.gql(
        `mutation { createLoop(input: { name: "Draft", roleTitle: "x" }) { id } }`,
        {},
        rec(),
      ),
    ).createLoop.id;
    const draftStage = ok(
      await t.gql(
        `mutation($id: ID!) { addStage(input: { loopId: $id, name: "S", kind: SCREEN, durationMinutes: 30 }) { id } }`,
        { id: draftLoop },
        rec(),
      ),
    ).addStage.id;
    const unpublished = await t.gql(
      schedule,
      {
        input: {
          candidateId,
          stageId: draftStage,
          scheduledStart: hoursFromNow(24),
          scheduledEnd: hoursFromNow(25),
        },
      },
      rec(),
    );
    expect(unpublished.errors![0].extensions.fields[0].path).toBe('input.stageId');
    const [{ n }] = await adminQuery(
      `SELECT count(*)::int AS n FROM interviews WHERE candidate_id = $1`,
      [candidateId],
      t.database,
    );
    expect(n).toBe(1);
    const dup = await t.gql(
      `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`,
      { input: { name: 'Twin', atsExternalId: 'c-dup' } },
      rec(),
    );
    expect(dup.errors).toBeUndefined();
    const again = await t.gql(
      `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`,
      { input: { name: 'Twin 2', atsExternalId: 'c-dup' } },
      rec(),
    );
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions.path).toBe('input.atsExternalId');
  });

  it('lets only the assigned interviewer write, and shows interviewers only their interviews and kits', async () => {
    const candidateId = await createCandidate(t, rec(), 'Grace Hopper');
    const interviewId = await scheduleInterview(t, rec(), {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [d.id],
    });
    const card = await myScorecard(t, d.token, interviewId);
    const outsider = acme.tokens.INTERVIEWER;
    for (const token of [b.token, outsider, rec(), acme.tokens.ADMIN, acme.tokens.HIRING_MANAGER]) {
      const result = await t.gql(
        SAVE,
        { input: { id: card.id, expectedVersion: 1, summary: 'mine' } },
        token,
      );
      expect(codeOf(result)).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(INTERVIEW, { id: interviewId }, outsider))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(KIT, { id: sheet.stageId }, outsider))).toBe('FORBIDDEN');
    expect(
      (await t.http().get(`/kits/${sheet.stageId}.md`).set('authorization', `Bearer ${outsider}`))
        .status,
    ).toBe(403);
    expect(
      codeOf(
        await t.gql(`query($id: ID!) { candidate(id: $id) { id } }`, { id: candidateId }, outsider),
      ),
    ).toBe('FORBIDDEN');
    const lists = ok(
      await t.gql(
        `{ interviews(first: 100) { totalCount edges { node { id } } } candidates(first: 100) { totalCount } }`,
        {},
        outsider,
      ),
    );
    expect(lists).toEqual({
      interviews: { totalCount: 0, edges: [] },
      candidates: { totalCount: 0 },
    });
    expect(ok(await t.gql(KIT, { id: sheet.stageId }, d.token)).interviewKit.stageId).toBe(
      sheet.stageId,
    );
    const mine = ok(
      await t.gql(
        `{ interviews(first: 100, assignedToMe: true) { edges { node { id loop { id } kit { stageId } } } } }`,
        {},
        d.token,
      ),
    ).interviews.edges.map((e: any) => e.node);
    expect(mine).toContainEqual({ id: interviewId, loop: null, kit: { stageId: sheet.stageId } });
    // Cancelling ends the assignment's access to the kit and freezes the draft.
    ok(
      await t.gql(
        `mutation($id: ID!) { cancelInterview(input: { id: $id, reason: "Withdrew" }) { status } }`,
        { id: interviewId },
        rec(),
      ),
    );
    // D has no other interview: the kit is closed to them again.
    expect(codeOf(await t.gql(KIT, { id: sheet.stageId }, d.token))).toBe('FORBIDDEN');
    const cancelled = ok(
      await t.gql(
        `{ interviews(first: 100, assignedToMe: true) { edges { node { id status kit { stageId } } } } }`,
        {},
        d.token,
      ),
    ).interviews.edges.map((e: any) => e.node);
    expect(cancelled).toEqual([{ id: interviewId, status: 'CANCELLED', kit: null }]);
    // The stage carries the same questions as the kit: closed too.
    const viaStage = ok(
      await t.gql(
        `query($id: ID!) { interview(id: $id) { stage { questions { questionVersion { prompt } } } } }`,
        { id: interviewId },
        d.token,
      ),
    ).interview;
    expect(viaStage).toEqual({ stage: null });
    expect(
      codeOf(
        await t.gql(SAVE, { input: { id: card.id, expectedVersion: 1, summary: 'x' } }, d.token),
      ),
    ).toBe('CONFLICT');
  });

  it('keeps candidate e-mails to admins and recruiters, and refuses a null name', async () => {
    const candidateId = await createCandidate(t, rec(), 'Mail Private');
    await scheduleInterview(t, rec(), {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [a.id],
    });
    const read = (token: string) =>
      t.gql(`query($id: ID!) { candidate(id: $id) { name email } }`, { id: candidateId }, token);
    expect(ok(await read(rec())).candidate).toEqual({
      name: 'Mail Private',
      email: 'mail.private@mail.example',
    });
    expect(ok(await read(a.token)).candidate).toEqual({ name: 'Mail Private', email: null });
    const nulled = await t.gql(
      `mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { id } }`,
      { input: { id: candidateId, name: null } },
      rec(),
    );
    expect(codeOf(nulled)).toBe('BAD_USER_INPUT');
    expect(nulled.errors![0].extensions.fields[0].path).toBe('input.name');
    expect(ok(await read(rec())).candidate.name).toBe('Mail Private');
  });

  it('loads the kits of many interviews in a constant number of statements', async () => {
    const [, , , d2] = acme.panel;
    const measure = async (stages: number) => {
      const candidateId = await createCandidate(t, rec(), `Kits ${stages}`);
      const ids: string[] = [];
      for (let i = 0; i < stages; i += 1) {
        const loop = await publishedLoop(t, rec(), { name: `Kits ${stages}.${i}`, offset: i });
        ids.push(
          await scheduleInterview(t, rec(), {
            candidateId,
            stageId: loop.stageId,
            interviewerIds: [d2.id],
          }),
        );
      }
      const before = t.statements.count;
      const page = ok(
        await t.gql(
          `query($c: ID!) { interviews(first: 20, candidateId: $c) { edges { node { id
             stage { name questions { id } } kit { questions { prompt criteria { title } } } } } } }`,
          { c: candidateId },
          d2.token,
        ),
      ).interviews.edges;
      expect(page).toHaveLength(stages);
      for (const e of page) expect(e.node.kit.questions.length).toBeGreaterThan(0);
      return t.statements.count - before;
    };
    expect(await measure(3)).toBe(await measure(1));
  });

  it('lets exactly one of 20 parallel submits win, and one of 10 parallel saves', async () => {
    const candidateId = await createCandidate(t, rec(), 'Race');
    const interviewId = await scheduleInterview(t, rec(), {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [c.id],
    });
    const card = await myScorecard(t, c.token, interviewId);
    const saves = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.gql(SAVE, { input: { id: card.id, expectedVersion: 1, summary: `save ${i}` } }, c.token),
      ),
    );
    const savedOk = saves.filter((r) => !r.errors);
    expect(savedOk).toHaveLength(1);
    expect(saves.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(9);
    const stored = ok(await t.gql(GET, { id: card.id }, c.token)).scorecard;
    expect(stored).toMatchObject({
      version: 2,
      summary: savedOk[0].data!.saveScorecardDraft.summary,
    });

    ok(
      await t.gql(
        SAVE,
        {
          input: {
            id: card.id,
            expectedVersion: 2,
            ratings: ratingsFor(sheet, () => 4),
            recommendation: 'STRONG_YES',
          },
        },
        c.token,
      ),
    );
    const submits = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.gql(SUBMIT, { input: { id: card.id, expectedVersion: 3 } }, c.token),
      ),
    );
    expect(submits.filter((r) => !r.errors)).toHaveLength(1);
    expect(submits.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(19);
    const rows = await adminQuery(
      `SELECT r.number, s.version, s.status FROM scorecard_revisions r
         JOIN scorecards s ON s.tenant_id = r.tenant_id AND s.id = r.scorecard_id WHERE s.id = $1`,
      [card.id],
      t.database,
    );
    expect(rows).toEqual([{ number: 1, version: 4, status: 'SUBMITTED' }]);
  });

  it('serialises a submit behind a change of the panel: the interview is not COMPLETE with a draft open', async () => {
    const candidateId = await createCandidate(t, rec(), 'Panel Race');
    const interviewId = await scheduleInterview(t, rec(), {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [c.id],
    });
    const card = await myScorecard(t, c.token, interviewId);
    ok(
      await t.gql(
        SAVE,
        {
          input: {
            id: card.id,
            expectedVersion: 1,
            ratings: ratingsFor(sheet, () => 3),
            recommendation: 'YES',
          },
        },
        c.token,
      ),
    );
    // Another transaction holds the interview, as assignInterviewers does, and adds D.
    const panel = new Client({ connectionString: withDatabase(testServerUrl(), t.database) });
    await panel.connect();
    try {
      await panel.query('BEGIN');
      await panel.query('SELECT 1 FROM interviews WHERE id = $1 FOR UPDATE', [interviewId]);
      const submitting = t.gql(SUBMIT, { input: { id: card.id, expectedVersion: 2 } }, c.token);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await panel.query(
        `INSERT INTO scorecards (tenant_id, interview_id, candidate_id, interviewer_id)
         SELECT tenant_id, id, candidate_id, $2 FROM interviews WHERE id = $1`,
        [interviewId, d.id],
      );
      await panel.query('COMMIT');
      expect(ok(await submitting).submitScorecard.status).toBe('SUBMITTED');
    } finally {
      await panel.end();
    }
    const [row] = await adminQuery(
      `SELECT status, completed_at FROM interviews WHERE id = $1`,
      [interviewId],
      t.database,
    );
    expect(row).toEqual({ status: 'AWAITING_FEEDBACK', completed_at: null });
  });

  it("answers another tenant's ids like missing ones", async () => {
    const candidateId = await createCandidate(t, rec(), 'Private Person');
    const interviewId = await scheduleInterview(t, rec(), {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [a.id],
    });
    const card = await myScorecard(t, a.token, interviewId);
    const stranger = other.tokens.ADMIN;
    const attempts = [
      await t.gql(GET, { id: card.id }, stranger),
      await t.gql(INTERVIEW, { id: interviewId }, stranger),
      await t.gql(`query($id: ID!) { candidate(id: $id) { id } }`, { id: candidateId }, stranger),
      await t.gql(
        `query($id: ID!) { candidateDebrief(candidateId: $id) { scorecards { id } } }`,
        { id: candidateId },
        stranger,
      ),
      await t.gql(SAVE, { input: { id: card.id, expectedVersion: 1 } }, stranger),
      await t.gql(SUBMIT, { input: { id: card.id, expectedVersion: 1 } }, stranger),
      await t.gql(ASSIGN, { input: { interviewId, interviewerIds: [] } }, stranger),
      await t.gql(
        `mutation($id: ID!) { cancelInterview(input: { id: $id }) { id } }`,
        { id: interviewId },
        stranger,
      ),
      await t.gql(
        `mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { id } }`,
        { input: { id: candidateId, name: 'x' } },
        stranger,
      ),
      await t.gql(
        `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
        {
          input: {
            candidateId,
            stageId: sheet.stageId,
            scheduledStart: hoursFromNow(24),
            scheduledEnd: hoursFromNow(25),
          },
        },
        stranger,
      ),
      await t.gql(
        `mutation($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { id } }`,
        {
          input: {
            id: interviewId,
            scheduledStart: hoursFromNow(24),
            scheduledEnd: hoursFromNow(25),
          },
        },
        stranger,
      ),
      await t.gql(AMEND, { input: { id: card.id, expectedVersion: 1, reason: 'x' } }, stranger),
      await t.gql(
        `mutation($id: ID!) { anonymizeCandidate(id: $id) { id } }`,
        { id: candidateId },
        stranger,
      ),
      await t.gql(
        `mutation($id: ID!) { linkLoopToJob(loopId: $id, atsJobId: "stolen") { id } }`,
        { id: sheet.loopId },
        stranger,
      ),
      await t.gql(
        `mutation($input: UpsertInterviewInput!) { upsertInterview(input: $input) { created } }`,
        {
          input: {
            atsExternalId: 'stranger-1',
            candidateId,
            stageId: sheet.stageId,
            scheduledStart: hoursFromNow(24),
            scheduledEnd: hoursFromNow(25),
            interviewerEmails: [],
          },
        },
        stranger,
      ),
    ];
    for (const attempt of attempts) expect(codeOf(attempt)).toBe('NOT_FOUND');
    const lists = ok(
      await t.gql(
        `{ scorecards(first: 100) { totalCount } interviews(first: 100) { totalCount } candidates(first: 100) { totalCount } }`,
        {},
        stranger,
      ),
    );
    expect(lists).toEqual({
      scorecards: { totalCount: 0 },
      interviews: { totalCount: 0 },
      candidates: { totalCount: 0 },
    });
  });

  it('lists the panel in the order it was given, not by id, when scheduled and when reassigned', async () => {
    const candidateId = await createCandidate(t, rec(), 'Ada Byron');
    // Orders that id order can never give: descending, then the middle one first.
    const [low, mid, high] = [b.id, c.id, d.id].sort();
    const given = [high, mid, low];
    const interviewId = await scheduleInterview(t, rec(), {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: given,
    });
    const ids = (i: { interviewers: { id: string }[] }) => i.interviewers.map((m) => m.id);
    expect(ids(ok(await t.gql(INTERVIEW, { id: interviewId }, rec())).interview)).toEqual(given);
    const reassigned = [mid, a.id, high];
    const after = ok(
      await t.gql(ASSIGN, { input: { interviewId, interviewerIds: reassigned } }, rec()),
    ).assignInterviewers;
    expect(ids(after)).toEqual(reassigned);
    expect(ids(ok(await t.gql(INTERVIEW, { id: interviewId }, rec())).interview)).toEqual(
      reassigned,
    );
  });
});
