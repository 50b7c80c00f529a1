import { expect } from '@jest/globals';
import type { GqlResult, TestApp } from './app.js';
import type { SignedInMember } from './fixtures.js';
import { hoursFromNow } from './clock.js';

export const ok = <T = Record<string, any>>(r: GqlResult<T>): T => {
  expect(r.errors).toBeUndefined();
  return r.data!;
};

export interface SheetCriterion {
  id: string;
  competencyId: string;
  weight: number;
}

export interface SheetQuestion {
  stageQuestionId: string;
  questionVersionId: string;
  criteria: SheetCriterion[];
}

/** A published one-stage loop as a scorecard sees it. */
export interface LoopSheet {
  loopId: string;
  stageId: string;
  questions: SheetQuestion[];
  focusCompetencyIds: string[];
}

export const SCORECARD = `id status version revision amendedAfterReveal submittedAt recommendation summary
  interviewer { id } candidate { id }
  ratings { stageQuestionId criterionId score notAssessed }
  notes { stageQuestionId notes }
  competencyRatings { score competency { id } }`;

/** Imports the built-in library into the tenant (as its admin). */
export async function importLibrary(t: TestApp, adminToken: string): Promise<void> {
  ok(
    await t.gql(
      'mutation { importPack(name: "backend-engineering") { questionsCreated } }',
      {},
      adminToken,
    ),
  );
}

/**
 * Creates and publishes a loop with one stage of `questionCount` library questions (from
 * `offset`), focused on the competency of the first criterion of the first question.
 */
export async function publishedLoop(
  t: TestApp,
  token: string,
  opts: { name: string; questionCount?: number; offset?: number; hiringManagerIds?: string[] },
): Promise<LoopSheet> {
  const count = opts.questionCount ?? 2;
  type Listed = { id: string; packKey: string; currentVersion: any };
  // Every active question (two pages), so the pick below is the same on every run.
  const all: Listed[] = [];
  for (let after: string | null = null; ;) {
    const page: {
      edges: { node: Listed }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    } = ok(
      await t.gql(
        `query($after: String) { questions(first: 100, after: $after, status: ACTIVE) {
             pageInfo { hasNextPage endCursor } edges { node { id packKey
             currentVersion { rubric { criteria { competency { id } } } } } } } }`,
        { after },
        token,
      ),
    ).questions;
    all.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  // One import writes them all at one time, so the API's order among them is their random
  // ids': sort by pack key. Candidate questions (no rubric) are skipped.
  const questions = all
    .filter((q) => q.currentVersion.rubric.criteria.length > 0)
    .sort((a, b) => (a.packKey ?? '').localeCompare(b.packKey ?? ''))
    .slice(opts.offset ?? 0, (opts.offset ?? 0) + count)
    .map((node) => ({ node }));
  if (questions.length < count) throw new Error(`only ${questions.length} rated questions`);
  const loop = ok(
    await t.gql(
      `mutation($input: CreateLoopInput!) { createLoop(input: $input) { id } }`,
      {
        input: {
          name: opts.name,
          roleTitle: 'Backend engineer',
          hiringManagerIds: opts.hiringManagerIds ?? [],
        },
      },
      token,
    ),
  ).createLoop;
  const focus = questions[0].node.currentVersion.rubric.criteria[0].competency.id;
  const stageId = ok(
    await t.gql(
      `mutation($input: AddStageInput!) { addStage(input: $input) { id } }`,
      {
        input: {
          loopId: loop.id,
          name: 'Technical',
          kind: 'TECHNICAL',
          durationMinutes: 15 * count,
          focusCompetencyIds: [focus],
        },
      },
      token,
    ),
  ).addStage.id;
  for (const q of questions) {
    ok(
      await t.gql(
        `mutation($input: AddStageQuestionInput!) { addStageQuestion(input: $input) { id } }`,
        { input: { stageId, questionId: q.node.id, timeBudgetMinutes: 10 } },
        token,
      ),
    );
  }
  ok(
    await t.gql(
      `mutation($id: ID!) { publishLoop(id: $id) { loop { status } } }`,
      { id: loop.id },
      token,
    ),
  );
  const kit = ok(
    await t.gql(
      `query($id: ID!) { interviewKit(stageId: $id) { focusCompetencies { id }
         questions { stageQuestionId questionVersionId criteria { id weight competency { id } } } } }`,
      { id: stageId },
      token,
    ),
  ).interviewKit;
  return {
    loopId: loop.id,
    stageId,
    focusCompetencyIds: kit.focusCompetencies.map((c: { id: string }) => c.id),
    questions: kit.questions.map((q: any) => ({
      stageQuestionId: q.stageQuestionId,
      questionVersionId: q.questionVersionId,
      criteria: q.criteria.map((c: any) => ({
        id: c.id,
        weight: c.weight,
        competencyId: c.competency.id,
      })),
    })),
  };
}

export async function createCandidate(
  t: TestApp,
  token: string,
  name: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  return ok(
    await t.gql(
      `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`,
      {
        input: { name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@mail.example`, ...extra },
      },
      token,
    ),
  ).createCandidate.id;
}

/** Schedules an interview; by default it ended an hour ago. Returns its id. */
export async function scheduleInterview(
  t: TestApp,
  token: string,
  input: {
    candidateId: string;
    stageId: string;
    interviewerIds: string[];
    scheduledStart?: string;
    scheduledEnd?: string;
    revealAt?: string;
  },
): Promise<string> {
  return ok(
    await t.gql(
      `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
      {
        input: {
          scheduledStart: hoursFromNow(-2),
          scheduledEnd: hoursFromNow(-1),
          ...input,
        },
      },
      token,
    ),
  ).scheduleInterview.id;
}

/** The caller's scorecard on an interview: its id and version. */
export async function myScorecard(
  t: TestApp,
  token: string,
  interviewId: string,
): Promise<{ id: string; version: number }> {
  const page = ok(
    await t.gql(
      `query($id: ID!) { scorecards(interviewId: $id, mine: true) { edges { node { id version } } } }`,
      { id: interviewId },
      token,
    ),
  ).scorecards;
  expect(page.edges).toHaveLength(1);
  return page.edges[0].node;
}

/** Ratings for every criterion of the sheet, scored by `score(question, criterion)`. */
export function ratingsFor(
  sheet: LoopSheet,
  score: (qi: number, ci: number) => number | null,
): { stageQuestionId: string; criterionId: string; score?: number; notAssessed?: boolean }[] {
  return sheet.questions.flatMap((q, qi) =>
    q.criteria.map((c, ci) => {
      const s = score(qi, ci);
      return s === null
        ? { stageQuestionId: q.stageQuestionId, criterionId: c.id, notAssessed: true }
        : { stageQuestionId: q.stageQuestionId, criterionId: c.id, score: s };
    }),
  );
}

/** Saves a complete draft and submits it. Returns the submitted scorecard's id. */
export async function fillAndSubmit(
  t: TestApp,
  token: string,
  interviewId: string,
  sheet: LoopSheet,
  content: {
    score: (qi: number, ci: number) => number | null;
    recommendation: string;
    summary?: string;
    competencyRatings?: { competencyId: string; score: number }[];
  },
): Promise<string> {
  const card = await myScorecard(t, token, interviewId);
  const saved = ok(
    await t.gql(
      `mutation($input: SaveScorecardDraftInput!) { saveScorecardDraft(input: $input) { version } }`,
      {
        input: {
          id: card.id,
          expectedVersion: card.version,
          ratings: ratingsFor(sheet, content.score),
          recommendation: content.recommendation,
          summary: content.summary ?? '',
          competencyRatings: content.competencyRatings ?? [],
        },
      },
      token,
    ),
  ).saveScorecardDraft;
  ok(
    await t.gql(
      `mutation($input: SubmitScorecardInput!) { submitScorecard(input: $input) { status } }`,
      { input: { id: card.id, expectedVersion: saved.version } },
      token,
    ),
  );
  return card.id;
}

/**
 * Six interviews on the sheet's stage that ended an hour ago, each with every scorecard
 * submitted: `p1` scores high (4, 3; strong yes), `p2` low (1, 3; no), so they split on the
 * first question and agree on the second; `p3` (3, 3; yes) sat on the first one only.
 */
export async function seedScoredHistory(
  t: TestApp,
  token: string,
  sheet: LoopSheet,
  [p1, p2, p3]: SignedInMember[],
): Promise<void> {
  const scores = { [p1.id]: [4, 3], [p2.id]: [1, 3], [p3.id]: [3, 3] };
  const recommendation = { [p1.id]: 'STRONG_YES', [p2.id]: 'NO', [p3.id]: 'YES' };
  for (let i = 0; i < 6; i++) {
    const candidateId = await createCandidate(t, token, `Past candidate ${i + 1}`);
    const panel = i === 0 ? [p1, p2, p3] : [p1, p2];
    const id = await scheduleInterview(t, token, {
      candidateId,
      stageId: sheet.stageId,
      interviewerIds: panel.map((m) => m.id),
    });
    for (const member of panel) {
      await fillAndSubmit(t, member.token, id, sheet, {
        score: (qi) => scores[member.id][qi],
        recommendation: recommendation[member.id],
      });
    }
  }
}
