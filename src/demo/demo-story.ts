import type { INestApplication } from '@nestjs/common';
import { CandidateService } from '../interviews/candidate.service.js';
import { InterviewService } from '../interviews/interview.service.js';
import { StageKind } from '../loops/entities/loop.enums.js';
import { KitService } from '../loops/kit.service.js';
import { LoopPublisher } from '../loops/loop-publisher.service.js';
import { LoopService } from '../loops/loop.service.js';
import { StageQuestionService } from '../loops/stage-question.service.js';
import { Recommendation } from '../scorecards/entities/scorecard.enums.js';
import { ScorecardService } from '../scorecards/scorecard.service.js';
import { QuestionStatus } from '../taxonomy/entities/taxonomy.enums.js';
import { QuestionService } from '../taxonomy/question.service.js';
import { Role } from '../common/role.js';
import { demoActors } from './demo-actors.js';
import { criteriaCompetencies } from './demo.repository.js';
import { DEMO_PANEL, seedDemoDebrief } from './demo-debrief.js';

const HOUR = 3600_000;

/** What the demo story made, for the start-up banner. */
export interface DemoStory {
  loopName: string;
  candidateName: string;
  /** The second candidate, whose debrief has something to talk about. */
  debriefName: string;
}

/**
 * Gives the demo tenant something to look at: a published loop from the library, a candidate
 * interviewed yesterday by the hiring manager (scorecard submitted) and the interviewer (draft
 * still owed, so the debrief shows it overdue), and a second candidate whose debrief has
 * flags to talk about (demo-debrief.ts). Runs through the same services as the API.
 * Returns null when the tenant has no library to build a loop from.
 */
export async function seedDemoStory(
  app: INestApplication,
  tenantId: string,
  people: { recruiter: string; manager: string; interviewer: string },
): Promise<DemoStory | null> {
  const { get, idOf, as } = await demoActors(app, tenantId, [
    ...Object.values(people),
    ...DEMO_PANEL.map((m) => m.email),
  ]);

  const loopName = 'Senior backend engineer';
  const candidateName = 'Sam Rivera';
  const made = await as(people.recruiter, Role.RECRUITER, async (ctx) => {
    const found = await get(QuestionService).list(ctx, {
      first: 3,
      status: QuestionStatus.ACTIVE,
      search: 'index',
    });
    if (found.edges.length < 2) return null;
    const loops = get(LoopService);
    const loop = await loops.create(ctx, {
      name: loopName,
      roleTitle: 'Senior backend engineer',
      hiringManagerIds: [idOf(people.manager)],
      description: 'Demo loop built from the backend-engineering library.',
    });
    const criteria = await criteriaCompetencies(
      await ctx.manager(),
      found.edges[0].node.currentVersionId,
    );
    const stage = await loops.addStage(ctx, {
      loopId: loop.id,
      name: 'Storage and data modelling',
      kind: StageKind.TECHNICAL,
      durationMinutes: 60,
      focusCompetencyIds: [criteria[0].competency_id],
      instructions: 'Start from a real system the candidate built; go deep on one table.',
    });
    for (const edge of found.edges) {
      await get(StageQuestionService).add(ctx, {
        stageId: stage.id,
        questionId: edge.node.id,
        timeBudgetMinutes: 15,
      });
    }
    await get(LoopPublisher).publish(ctx, loop.id);
    const candidate = await get(CandidateService).create(ctx, {
      name: candidateName,
      email: 'sam.rivera@candidates.example',
      atsExternalId: 'demo-candidate-1',
    });
    await get(InterviewService).schedule(ctx, {
      candidateId: candidate.id,
      stageId: stage.id,
      scheduledStart: new Date(Date.now() - 27 * HOUR),
      scheduledEnd: new Date(Date.now() - 26 * HOUR),
      interviewerIds: [idOf(people.manager), idOf(people.interviewer)],
    });
    return { stageId: stage.id, candidateId: candidate.id };
  });
  if (!made) return null;

  await as(people.manager, Role.HIRING_MANAGER, async (ctx) => {
    const kit = await get(KitService).load(ctx, made.stageId);
    const scorecards = get(ScorecardService);
    const [mine] = (
      await scorecards.list(ctx, { first: 1, candidateId: made.candidateId, mine: true })
    ).edges;
    const draft = await scorecards.saveDraft(ctx, {
      id: mine.node.id,
      expectedVersion: mine.node.version,
      ratings: kit.questions.flatMap((q, qi) =>
        q.criteria.map((c, ci) => ({
          stageQuestionId: q.stageQuestionId,
          criterionId: c.id,
          score: qi === 0 || ci > 0 ? 3 : 4,
        })),
      ),
      notes: [
        {
          stageQuestionId: kit.questions[0].stageQuestionId,
          notes: 'Chose a composite index from the query plan, and said why the order matters.',
        },
      ],
      competencyRatings: kit.focusCompetencies.map((c) => ({ competencyId: c.id, score: 3 })),
      recommendation: Recommendation.YES,
      summary: 'Clear reasoning about storage trade-offs; lighter on failure handling.',
    });
    await scorecards.submit(ctx, { id: draft.id, expectedVersion: draft.version });
  });
  const debriefName = await seedDemoDebrief(
    { get, idOf, as },
    { recruiter: people.recruiter, stageId: made.stageId },
  );
  return { loopName, candidateName, debriefName };
}
