import { InterviewService } from '../interviews/interview.service.js';
import { CandidateService } from '../interviews/candidate.service.js';
import { KitService } from '../loops/kit.service.js';
import { Recommendation } from '../scorecards/entities/scorecard.enums.js';
import { ScorecardService } from '../scorecards/scorecard.service.js';
import { Role } from '../common/role.js';
import type { DemoActors } from './demo-actors.js';

const HOUR = 3600_000;

/** The panel of the second demo candidate: interviewers who sign in like the others. */
export const DEMO_PANEL = [
  { email: 'priya@acme.example', displayName: 'Priya Patel', role: Role.INTERVIEWER },
  { email: 'omar@acme.example', displayName: 'Omar Haddad', role: Role.INTERVIEWER },
  { email: 'jonas@acme.example', displayName: 'Jonas Berg', role: Role.INTERVIEWER },
];

/**
 * A debrief worth a hiring manager's look: Alex Morgan, interviewed three days ago by a panel
 * of three. Priya says strong yes, Omar no (their scores on the focus competency two levels
 * apart: COMPETENCY_SPREAD and SPLIT_RECOMMENDATION), and Omar amends after reading Priya's
 * (AMENDED_AFTER_REVEAL); Jonas still owes his, two days late. The demo manager sits on no
 * panel here, so nothing is sealed from them.
 */
export async function seedDemoDebrief(
  { get, idOf, as }: DemoActors,
  given: { recruiter: string; stageId: string },
): Promise<string> {
  const name = 'Alex Morgan';
  const [priya, omar, jonas] = DEMO_PANEL.map((m) => m.email);
  const candidateId = await as(given.recruiter, Role.RECRUITER, async (ctx) => {
    const candidate = await get(CandidateService).create(ctx, {
      name,
      email: 'alex.morgan@candidates.example',
      atsExternalId: 'demo-candidate-2',
    });
    await get(InterviewService).schedule(ctx, {
      candidateId: candidate.id,
      stageId: given.stageId,
      scheduledStart: new Date(Date.now() - 75 * HOUR),
      scheduledEnd: new Date(Date.now() - 74 * HOUR),
      interviewerIds: [idOf(priya), idOf(omar), idOf(jonas)],
    });
    return candidate.id;
  });

  const submit = (
    email: string,
    score: { criteria: number; focus: number },
    recommendation: Recommendation,
    summary: string,
  ) =>
    as(email, Role.INTERVIEWER, async (ctx) => {
      const kit = await get(KitService).load(ctx, given.stageId);
      const scorecards = get(ScorecardService);
      const [mine] = (await scorecards.list(ctx, { first: 1, candidateId, mine: true })).edges;
      const draft = await scorecards.saveDraft(ctx, {
        id: mine.node.id,
        expectedVersion: mine.node.version,
        ratings: kit.questions.flatMap((q) =>
          q.criteria.map((c) => ({
            stageQuestionId: q.stageQuestionId,
            criterionId: c.id,
            score: score.criteria,
          })),
        ),
        notes: [],
        competencyRatings: kit.focusCompetencies.map((c) => ({
          competencyId: c.id,
          score: score.focus,
        })),
        recommendation,
        summary,
      });
      const done = await scorecards.submit(ctx, { id: draft.id, expectedVersion: draft.version });
      return { done, focus: kit.focusCompetencies };
    });

  await submit(
    priya,
    { criteria: 4, focus: 4 },
    Recommendation.STRONG_YES,
    'Designed the schema from the access patterns and defended every index with a query plan.',
  );
  const omars = await submit(
    omar,
    { criteria: 3, focus: 1 },
    Recommendation.NO,
    'Solid on indexes, but the data model fell apart once orders could be split.',
  );
  // Omar reads Priya's scorecard (allowed once his own is in), then softens his rating.
  await as(omar, Role.INTERVIEWER, (ctx) =>
    get(ScorecardService).amend(ctx, {
      id: omars.done.id,
      expectedVersion: omars.done.version,
      competencyRatings: omars.focus.map((c) => ({ competencyId: c.id, score: 2 })),
      reason: 'Re-read my notes after the panel: the split-order model was half right.',
    }),
  );
  return name;
}
