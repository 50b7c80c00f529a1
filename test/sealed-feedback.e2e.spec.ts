import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import {
  createCandidate,
  fillAndSubmit,
  importLibrary,
  myScorecard,
  ok,
  publishedLoop,
  scheduleInterview,
  type LoopSheet,
} from './helpers/interviews.js';

const POLICIES = ['AFTER_OWN_SUBMIT', 'AFTER_PANEL', 'ALWAYS', 'NEVER'] as const;
type Policy = (typeof POLICIES)[number];

/**
 * Every path that reaches a scorecard, as seen by one caller: the ids each one returns, for
 * the scorecards of one candidate.
 */
async function seenBy(
  t: TestApp,
  token: string,
  ids: { candidateId: string; interviewIds: string[]; scorecardIds: string[]; word: string },
  readsDebrief: boolean,
): Promise<Record<string, string[]>> {
  const sorted = (list: string[]) => [...list].sort();
  const paths: Record<string, string[]> = {};
  const direct: string[] = [];
  for (const id of ids.scorecardIds) {
    const r = await t.gql(`query($id: ID!) { scorecard(id: $id) { id } }`, { id }, token);
    if (r.errors) expect(codeOf(r)).toBe('FORBIDDEN');
    else direct.push(r.data!.scorecard.id);
  }
  paths.direct = sorted(direct);
  const list = ok(
    await t.gql(
      `query($c: ID!) { scorecards(candidateId: $c, first: 100) { totalCount edges { node { id } } } }`,
      { c: ids.candidateId },
      token,
    ),
  ).scorecards;
  paths.list = sorted(list.edges.map((e: any) => e.node.id));
  paths.count = Array.from({ length: list.totalCount }, () => 'n');
  const search = ok(
    await t.gql(
      `query($w: String!) { scorecards(search: $w, first: 100) { totalCount edges { node { id } } } }`,
      { w: ids.word },
      token,
    ),
  ).scorecards;
  paths.search = sorted(search.edges.map((e: any) => e.node.id));
  const viaInterviews: string[] = [];
  let submittedCount = 0;
  for (const id of ids.interviewIds) {
    const r = await t.gql(
      `query($id: ID!) { interview(id: $id) { submittedCount scorecards { id status revisions { totalCount edges { node { number } } } } } }`,
      { id },
      token,
    );
    if (r.errors) {
      expect(codeOf(r)).toBe('FORBIDDEN');
      continue;
    }
    const cards = r.data!.interview.scorecards;
    viaInterviews.push(...cards.map((s: any) => s.id));
    submittedCount += r.data!.interview.submittedCount;
    // Revisions hang off readable scorecards only: one per submitted card, none on drafts.
    for (const card of cards) {
      expect(card.revisions.edges.length).toBe(card.status === 'SUBMITTED' ? 1 : 0);
      expect(card.revisions.totalCount).toBe(card.revisions.edges.length);
    }
  }
  paths.interview = sorted(viaInterviews);
  paths.submittedCount = Array.from({ length: submittedCount }, () => 'n');
  const candidate = await t.gql(
    `query($id: ID!) { candidate(id: $id) { scorecards { id } interviews { scorecards { id } } } }`,
    { id: ids.candidateId },
    token,
  );
  if (candidate.errors) {
    expect(codeOf(candidate)).toBe('FORBIDDEN');
    paths.candidate = [];
    paths.nested = [];
  } else {
    paths.candidate = sorted(candidate.data!.candidate.scorecards.map((s: any) => s.id));
    paths.nested = sorted(
      candidate.data!.candidate.interviews.flatMap((i: any) => i.scorecards.map((s: any) => s.id)),
    );
  }
  if (readsDebrief) {
    const debrief = ok(
      await t.gql(
        `query($id: ID!) { candidateDebrief(candidateId: $id) { scorecards { id status }
           recommendations { strongNo no yes strongYes } competencies { count } sealedScorecards } }`,
        { id: ids.candidateId },
        token,
      ),
    ).candidateDebrief;
    paths.debrief = sorted(debrief.scorecards.map((s: any) => s.id));
    paths.debriefSealed = Array.from({ length: debrief.sealedScorecards }, () => 'n');
    const tally = debrief.recommendations;
    paths.debriefTally = Array.from(
      { length: tally.strongNo + tally.no + tally.yes + tally.strongYes },
      () => 'n',
    );
    // Every readable scorecard scores every competency of the stage: each count is theirs.
    const counts = [...new Set(debrief.competencies.map((c: any) => c.count))];
    paths.debriefCompetencyCounts = counts.flatMap((c: any) =>
      Array.from({ length: c }, () => 'n'),
    );
  }
  return paths;
}

describe('sealed feedback', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let sheet: LoopSheet;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedTenant(t, 'acme', 3);
    await importLibrary(t, acme.tokens.ADMIN);
    sheet = await publishedLoop(t, acme.tokens.RECRUITER, {
      name: 'Sealed',
      hiringManagerIds: [acme.userIds.HIRING_MANAGER],
    });
  });
  afterAll(() => t.close());

  it.each(POLICIES)('holds %s on every path, for every role', async (policy: Policy) => {
    ok(
      await t.gql(
        `mutation($p: FeedbackVisibility!) { updateTenantSettings(input: { feedbackVisibility: $p }) { feedbackVisibility } }`,
        { p: policy },
        acme.tokens.ADMIN,
      ),
    );
    const [a, b, c] = acme.panel;
    const rec = acme.tokens.RECRUITER;
    const candidateId = await createCandidate(t, rec, `Candidate ${policy}`);
    // I1 has the panel A and B; I2, the same candidate's next interview, has C alone.
    const i1 = await scheduleInterview(t, rec, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [a.id, b.id],
    });
    const i2 = await scheduleInterview(t, rec, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [c.id],
    });
    const word = `zebra${policy.toLowerCase().replace(/_/g, '')}`;
    const sa = await fillAndSubmit(t, a.token, i1, sheet, {
      score: () => 3,
      recommendation: 'YES',
      summary: `A thinks ${word}`,
    });
    const sb = (await myScorecard(t, b.token, i1)).id;
    const sc = (await myScorecard(t, c.token, i2)).id;
    for (const [token, id] of [
      [b.token, sb],
      [c.token, sc],
    ] as const) {
      ok(
        await t.gql(
          `mutation($input: SaveScorecardDraftInput!) { saveScorecardDraft(input: $input) { id } }`,
          { input: { id, expectedVersion: 1, summary: `draft ${word}` } },
          token,
        ),
      );
    }
    const ids = { candidateId, interviewIds: [i1, i2], scorecardIds: [sa, sb, sc], word };
    const viewers = {
      A: [a.token, false],
      B: [b.token, false],
      C: [c.token, false],
      outsider: [acme.tokens.INTERVIEWER, false],
      manager: [acme.tokens.HIRING_MANAGER, true],
      recruiter: [rec, true],
      admin: [acme.tokens.ADMIN, true],
    } as const;
    const submitted = new Set([sa]);
    const check = async (expected: Record<keyof typeof viewers, string[]>, phase: string) => {
      for (const [name, [token, readsDebrief]] of Object.entries(viewers)) {
        const want = [...expected[name as keyof typeof viewers]].sort();
        const seen = await seenBy(t, token, ids, readsDebrief);
        const n = want.map(() => 'n');
        const wantSubmitted = want.filter((id) => submitted.has(id));
        // Interview paths only reach the interviews the caller may read: C is not on I1.
        const viaInterviews = name === 'C' ? want.filter((id) => id === sc) : want;
        expect({ phase, name, ...seen }).toEqual({
          phase,
          name,
          direct: want,
          list: want,
          count: n,
          search: want,
          submittedCount: viaInterviews.filter((id) => submitted.has(id)).map(() => 'n'),
          interview: viaInterviews,
          candidate: name === 'outsider' ? [] : want,
          nested: name === 'outsider' ? [] : viaInterviews,
          ...(readsDebrief && {
            debrief: wantSubmitted,
            // None of these debrief readers owes a scorecard on the candidate: nothing sealed.
            debriefSealed: [],
            debriefTally: wantSubmitted.map(() => 'n'),
            debriefCompetencyCounts: wantSubmitted.map(() => 'n'),
          }),
        });
      }
    };
    const sees = (own: string, others: boolean, all: string[]) =>
      others ? all : all.filter((id) => id === own);

    // Phase 1: A has submitted; B and C have drafts.
    const seal1 = {
      AFTER_OWN_SUBMIT: { B: false, C: false },
      AFTER_PANEL: { B: false, C: false },
      ALWAYS: { B: true, C: true },
      NEVER: { B: false, C: false },
    }[policy];
    await check(
      {
        A: [sa],
        B: seal1.B ? [sa, sb] : [sb],
        C: seal1.C ? [sa, sc] : [sc],
        outsider: [],
        manager: [sa],
        recruiter: [sa],
        admin: [sa],
      },
      'after A submitted',
    );

    if (policy === 'AFTER_PANEL') {
      // A reveal time in the past opens I1's submitted scorecards to the panels.
      ok(
        await t.gql(
          `mutation($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { id } }`,
          {
            input: {
              id: i1,
              scheduledStart: new Date(Date.now() - 3 * 3600_000).toISOString(),
              scheduledEnd: new Date(Date.now() - 2 * 3600_000).toISOString(),
              revealAt: new Date(Date.now() - 60_000).toISOString(),
            },
          },
          rec,
        ),
      );
      await check(
        {
          A: [sa],
          B: [sa, sb],
          C: [sa, sc],
          outsider: [],
          manager: [sa],
          recruiter: [sa],
          admin: [sa],
        },
        'after the reveal time',
      );
    }

    // Phase 2: B submits; I1's panel is complete, C still owes a scorecard.
    const bCard = await myScorecard(t, b.token, i1);
    ok(
      await t.gql(
        `mutation($input: SaveScorecardDraftInput!) { saveScorecardDraft(input: $input) { id } }`,
        {
          input: {
            id: bCard.id,
            expectedVersion: bCard.version,
            recommendation: 'NO',
            ratings: sheet.questions.flatMap((q) =>
              q.criteria.map((cr) => ({
                stageQuestionId: q.stageQuestionId,
                criterionId: cr.id,
                score: 2,
              })),
            ),
          },
        },
        b.token,
      ),
    );
    ok(
      await t.gql(
        `mutation($input: SubmitScorecardInput!) { submitScorecard(input: $input) { id } }`,
        { input: { id: bCard.id, expectedVersion: bCard.version + 1 } },
        b.token,
      ),
    );
    submitted.add(sb);
    const open = policy !== 'NEVER';
    const cSees = { AFTER_OWN_SUBMIT: false, AFTER_PANEL: true, ALWAYS: true, NEVER: false }[
      policy
    ];
    await check(
      {
        A: sees(sa, open, [sa, sb]),
        B: sees(sb, open, [sa, sb]),
        C: cSees ? [sa, sb, sc] : [sc],
        outsider: [],
        manager: [sa, sb],
        recruiter: [sa, sb],
        admin: [sa, sb],
      },
      'after B submitted',
    );
  });

  it.each(['AFTER_OWN_SUBMIT', 'ALWAYS'] as const)(
    'does not unseal feedback for an interviewer whose interview was cancelled (%s)',
    async (policy) => {
      ok(
        await t.gql(
          `mutation($p: FeedbackVisibility!) { updateTenantSettings(input: { feedbackVisibility: $p }) { feedbackVisibility } }`,
          { p: policy },
          acme.tokens.ADMIN,
        ),
      );
      const [a, , c] = acme.panel;
      const rec = acme.tokens.RECRUITER;
      const candidateId = await createCandidate(t, rec, `Cancelled ${policy}`);
      const mine = await scheduleInterview(t, rec, {
        candidateId,
        stageId: sheet.stageId,
        interviewerIds: [c.id],
      });
      const theirs = await scheduleInterview(t, rec, {
        candidateId,
        stageId: sheet.stageId,
        interviewerIds: [a.id],
      });
      const sa = await fillAndSubmit(t, a.token, theirs, sheet, {
        score: () => 3,
        recommendation: 'YES',
      });
      const read = () =>
        t.gql(`query($id: ID!) { scorecard(id: $id) { id } }`, { id: sa }, c.token);
      if (policy === 'ALWAYS') expect((await read()).data!.scorecard.id).toBe(sa);
      else expect(codeOf(await read())).toBe('FORBIDDEN');
      ok(
        await t.gql(
          `mutation($id: ID!) { cancelInterview(input: { id: $id }) { status } }`,
          { id: mine },
          rec,
        ),
      );
      expect(codeOf(await read())).toBe('FORBIDDEN');
      const listed = ok(
        await t.gql(
          `query($c: ID!) { scorecards(candidateId: $c, first: 10) { totalCount edges { node { id } } } }`,
          { c: candidateId },
          c.token,
        ),
      ).scorecards;
      expect(listed.edges.map((e: any) => e.node.id)).not.toContain(sa);
    },
  );

  it('applies the interviewer rule to a hiring manager who still owes a scorecard, and counts what it seals', async () => {
    ok(
      await t.gql(
        `mutation { updateTenantSettings(input: { feedbackVisibility: AFTER_OWN_SUBMIT }) { feedbackVisibility } }`,
        {},
        acme.tokens.ADMIN,
      ),
    );
    const [a, b] = acme.panel;
    const hm = { id: acme.userIds.HIRING_MANAGER, token: acme.tokens.HIRING_MANAGER };
    const rec = acme.tokens.RECRUITER;
    const candidateId = await createCandidate(t, rec, 'Manager On Panel');
    const interviewId = await scheduleInterview(t, rec, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [a.id, b.id, hm.id],
    });
    const sa = await fillAndSubmit(t, a.token, interviewId, sheet, {
      score: () => 2,
      recommendation: 'NO',
      summary: 'A wrote quokkasealed',
    });
    const sb = await fillAndSubmit(t, b.token, interviewId, sheet, {
      score: () => 4,
      recommendation: 'STRONG_YES',
      summary: 'B wrote wombatsealed',
    });
    const read = () => t.gql(`query($id: ID!) { scorecard(id: $id) { id } }`, { id: sa }, hm.token);
    expect(codeOf(await read())).toBe('FORBIDDEN');
    const debriefOf = async (token: string) =>
      ok(
        await t.gql(
          `query($id: ID!) { candidateDebrief(candidateId: $id) { sealedScorecards
             scorecards { id summary interviewer { id } } recommendations { strongNo no yes strongYes }
             competencies { count } flags { code scorecardId }
             missing { scorecardId interview { id } interviewer { id } } } }`,
          { id: candidateId },
          token,
        ),
      ).candidateDebrief;
    // The manager owes a scorecard: the two submitted ones are sealed, counted and nothing more.
    const sealed = await debriefOf(hm.token);
    expect(sealed).toEqual({
      sealedScorecards: 2,
      scorecards: [],
      recommendations: { strongNo: 0, no: 0, yes: 0, strongYes: 0 },
      competencies: [],
      flags: [],
      missing: [
        {
          scorecardId: expect.any(String),
          interview: { id: interviewId },
          interviewer: { id: hm.id },
        },
      ],
    });
    const text = JSON.stringify(sealed);
    for (const leak of [sa, sb, a.id, b.id, 'quokkasealed', 'wombatsealed']) {
      expect(text).not.toContain(leak);
    }
    // Readers who see every submitted scorecard have none sealed.
    for (const token of [rec, acme.tokens.ADMIN]) {
      const all = await debriefOf(token);
      expect(all.sealedScorecards).toBe(0);
      expect(all.scorecards.map((s: any) => s.id).sort()).toEqual([sa, sb].sort());
    }
    await fillAndSubmit(t, hm.token, interviewId, sheet, { score: () => 3, recommendation: 'YES' });
    expect(ok(await read()).scorecard.id).toBe(sa);
    const opened = await debriefOf(hm.token);
    expect(opened.sealedScorecards).toBe(0);
    expect(opened.scorecards).toHaveLength(3);
    expect(opened.recommendations).toEqual({ strongNo: 0, no: 1, yes: 1, strongYes: 1 });
    expect(opened.missing).toEqual([]);
  });

  it('does not mark an amendment as after the reveal because of the author’s own scorecards', async () => {
    const [a] = acme.panel;
    const rec = acme.tokens.RECRUITER;
    const candidateId = await createCandidate(t, rec, 'Twice Interviewed');
    const first = await scheduleInterview(t, rec, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [a.id],
    });
    const second = await scheduleInterview(t, rec, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: [a.id],
    });
    const id = await fillAndSubmit(t, a.token, first, sheet, {
      score: () => 3,
      recommendation: 'YES',
    });
    await fillAndSubmit(t, a.token, second, sheet, { score: () => 3, recommendation: 'YES' });
    const card = ok(
      await t.gql(`query($id: ID!) { scorecard(id: $id) { version } }`, { id }, a.token),
    ).scorecard;
    const amended = ok(
      await t.gql(
        `mutation($input: AmendScorecardInput!) { amendScorecard(input: $input) { amendedAfterReveal } }`,
        {
          input: {
            id,
            expectedVersion: card.version,
            reason: 'Typo in the summary.',
            summary: 'Fixed.',
          },
        },
        a.token,
      ),
    ).amendScorecard;
    expect(amended.amendedAfterReveal).toBe(false);
  });

  it("keeps hiring managers to their own loops' candidates", async () => {
    const [a] = acme.panel;
    const rec = acme.tokens.RECRUITER;
    const unmanaged = await publishedLoop(t, rec, { name: 'Unmanaged' });
    const candidateId = await createCandidate(t, rec, 'Elsewhere');
    const interviewId = await scheduleInterview(t, rec, {
      candidateId,
      stageId: unmanaged.stageId,
      interviewerIds: [a.id],
    });
    const id = await fillAndSubmit(t, a.token, interviewId, unmanaged, {
      score: () => 4,
      recommendation: 'STRONG_YES',
    });
    const hm = acme.tokens.HIRING_MANAGER;
    expect(codeOf(await t.gql(`query($id: ID!) { scorecard(id: $id) { id } }`, { id }, hm))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(
        await t.gql(
          `query($id: ID!) { candidateDebrief(candidateId: $id) { scorecards { id } } }`,
          { id: candidateId },
          hm,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await t.gql(`query($id: ID!) { interview(id: $id) { id } }`, { id: interviewId }, hm)),
    ).toBe('FORBIDDEN');
    const listed = ok(
      await t.gql(
        `query($c: ID!) { scorecards(candidateId: $c, first: 10) { totalCount } }`,
        { c: candidateId },
        hm,
      ),
    );
    expect(listed.scorecards.totalCount).toBe(0);
    expect(
      codeOf(
        await t.gql(
          `query($id: ID!) { candidateDebrief(candidateId: $id) { scorecards { id } } }`,
          { id: candidateId },
          acme.tokens.INTERVIEWER,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
