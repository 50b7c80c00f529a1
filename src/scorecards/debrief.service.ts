import { Injectable } from '@nestjs/common';
import { ForbiddenError, NotFoundError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { CandidateService } from '../interviews/candidate.service.js';
import { InterviewService } from '../interviews/interview.service.js';
import { Role } from '../common/role.js';
import { Recommendation } from './entities/scorecard.enums.js';
import type {
  CandidateDebrief,
  CompetencySummary,
  DebriefFlag,
  MissingScorecard,
} from './models/debrief.models.js';
import { ScorecardService } from './scorecard.service.js';
import {
  competencyRows,
  loopExists,
  missingScorecardRows,
  sealedScorecardCount,
} from './debrief.repository.js';
import { accessibleIds, Permission } from '../access/access.js';

/** A spread of this many levels or more on a competency is a disagreement. */
export const DISAGREEMENT_SPREAD = 2;

/**
 * The debrief of one candidate: five statements whatever the number of interviews and
 * scorecards (candidate, interviews, scorecards, competency aggregates, missing scorecards),
 * and one more when the caller asks how many scorecards are sealed.
 */
@Injectable()
export class DebriefService {
  constructor(
    private readonly candidates: CandidateService,
    private readonly interviews: InterviewService,
    private readonly scorecards: ScorecardService,
  ) {}

  async debrief(
    ctx: RequestContext,
    candidateId: string,
    loopId?: string,
  ): Promise<CandidateDebrief> {
    const candidate = await this.candidates.get(ctx, candidateId);
    if (loopId) {
      if (!(await loopExists(await ctx.manager(), loopId))) throw new NotFoundError('Loop');
    }
    let interviews = (await this.interviews.ofCandidateLoader(ctx).load(candidateId)).filter(
      (i) => !loopId || i.loopId === loopId,
    );
    if (ctx.principal.role === Role.HIRING_MANAGER) {
      // A hiring manager's debrief covers the loops they manage, not interviews they sat in.
      const managed = await accessibleIds(
        ctx,
        Permission.LOOP_READ,
        interviews.map((i) => i.loopId),
      );
      interviews = interviews.filter((i) => managed.has(i.loopId));
    }
    if (!interviews.length && ctx.principal.role === Role.HIRING_MANAGER) {
      throw new ForbiddenError("Hiring managers read the debriefs of their loops' candidates.");
    }
    const interviewIds = interviews.map((i) => i.id);
    const scorecards = await this.scorecards.submittedOf(ctx, candidateId, interviewIds);
    const competencies = await this.competencies(ctx, candidateId, interviewIds);
    const missing = await this.missing(ctx, candidateId, interviewIds);

    const tally = { strongNo: 0, no: 0, yes: 0, strongYes: 0 };
    for (const s of scorecards) {
      if (s.recommendation === Recommendation.STRONG_NO) tally.strongNo++;
      if (s.recommendation === Recommendation.NO) tally.no++;
      if (s.recommendation === Recommendation.YES) tally.yes++;
      if (s.recommendation === Recommendation.STRONG_YES) tally.strongYes++;
    }
    const flags: DebriefFlag[] = [];
    for (const c of competencies.filter((x) => x.disagreement)) {
      flags.push({
        code: 'COMPETENCY_SPREAD',
        message: `Scores on this competency range from ${c.min} to ${c.max}.`,
        competencyId: c.competencyId,
        scorecardId: null,
      });
    }
    if (tally.strongNo + tally.no > 0 && tally.yes + tally.strongYes > 0) {
      flags.push({
        code: 'SPLIT_RECOMMENDATION',
        message: `${tally.yes + tally.strongYes} recommend hiring and ${tally.no + tally.strongNo} do not.`,
        competencyId: null,
        scorecardId: null,
      });
    }
    for (const s of scorecards.filter((x) => x.amendedAfterReveal)) {
      flags.push({
        code: 'AMENDED_AFTER_REVEAL',
        message: "Amended after its author could read other interviewers' feedback.",
        competencyId: null,
        scorecardId: s.id,
      });
    }
    return {
      candidate,
      interviews,
      scorecards,
      competencies,
      recommendations: tally,
      flags,
      missing,
      scope: { candidateId, interviewIds },
    };
  }

  /**
   * How many submitted scorecards in the debrief's scope the sealed-feedback rule hides from
   * the caller (a count, never their content).
   */
  async sealedCount(ctx: RequestContext, debrief: CandidateDebrief): Promise<number> {
    const { candidateId, interviewIds } = debrief.scope;
    return sealedScorecardCount(await ctx.manager(), ctx.principal, candidateId, interviewIds);
  }

  private async competencies(
    ctx: RequestContext,
    candidateId: string,
    interviewIds: string[],
  ): Promise<CompetencySummary[]> {
    const em = await ctx.manager();
    const rows = await competencyRows(em, ctx.principal, candidateId, interviewIds);
    return rows.map((r) => ({ ...r, disagreement: r.spread >= DISAGREEMENT_SPREAD }));
  }

  private async missing(
    ctx: RequestContext,
    candidateId: string,
    interviewIds: string[],
  ): Promise<MissingScorecard[]> {
    const em = await ctx.manager();
    const rows = await missingScorecardRows(em, candidateId, interviewIds);
    return rows.map((r) => ({
      scorecardId: r.id,
      interviewId: r.interview_id,
      interviewerId: r.interviewer_id,
      dueAt: r.due_at,
      overdueSeconds: r.overdue,
    }));
  }
}
