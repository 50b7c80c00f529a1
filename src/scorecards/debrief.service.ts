import { Injectable } from '@nestjs/common';
import { ForbiddenError, NotFoundError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { SqlParams } from '../common/sql.js';
import { CandidateService } from '../interviews/candidate.service.js';
import { InterviewService } from '../interviews/interview.service.js';
import { Role } from '../common/role.js';
import { DUE_HOURS_SQL } from '../tenancy/tenancy.sql.js';
import { Recommendation } from './entities/scorecard.enums.js';
import type {
  CandidateDebrief,
  CompetencySummary,
  DebriefFlag,
  MissingScorecard,
} from './models/debrief.models.js';
import { ScorecardService } from './scorecard.service.js';
import { scorecardVisibleSql } from '../access/access.sql.js';
import { accessibleIds, Permission } from '../access/access.js';

/** A spread of this many levels or more on a competency is a disagreement. */
export const DISAGREEMENT_SPREAD = 2;

/**
 * Decimal places the spread is rounded to before it is compared. A scorecard's competency
 * score is a weighted mean (8/3, 2/3...) that numeric division cuts after about 16 digits, so
 * an exact spread of 2 came out as 1.99999999999999993 and the flag depended on which weights
 * the picked questions had. Weights have at most two decimals, so two different spreads differ
 * far above 1e-12 while the cut is far below it.
 */
const SPREAD_PLACES = 12;

/**
 * The debrief of one candidate: five statements whatever the number of interviews and
 * scorecards (candidate, interviews, scorecards, competency aggregates, missing scorecards).
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
      const em = await ctx.manager();
      const [loop] = await em.query(`SELECT 1 FROM interview_loops WHERE id = $1`, [loopId]);
      if (!loop) throw new NotFoundError('Loop');
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
    };
  }

  private async competencies(
    ctx: RequestContext,
    candidateId: string,
    interviewIds: string[],
  ): Promise<CompetencySummary[]> {
    const em = await ctx.manager();
    const p = new SqlParams();
    const rows: Omit<CompetencySummary, 'disagreement'>[] = await em.query(
      `WITH vis AS (
         SELECT s.tenant_id, s.id, s.current_revision_id AS rev
           FROM scorecards s JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id
          WHERE s.candidate_id = ${p.add(candidateId)} AND i.id = ANY(${p.add(interviewIds)}::uuid[])
            AND s.status = 'SUBMITTED' AND ${scorecardVisibleSql('s', 'i', ctx.principal, p)}
       ), from_criteria AS (
         SELECT v.id AS sid, x.competency_id, sum(x.score * c.weight) / sum(c.weight) AS score
           FROM vis v
           JOIN scorecard_scores x ON x.tenant_id = v.tenant_id AND x.revision_id = v.rev
           JOIN rubric_criteria c ON c.tenant_id = x.tenant_id AND c.id = x.criterion_id
          WHERE x.score IS NOT NULL
          GROUP BY v.id, x.competency_id
       ), rated AS (
         SELECT v.id AS sid, y.competency_id, y.score::numeric AS score
           FROM vis v JOIN scorecard_competency_ratings y
             ON y.tenant_id = v.tenant_id AND y.revision_id = v.rev
       ), per_scorecard AS (
         SELECT coalesce(r.competency_id, k.competency_id) AS competency_id,
                coalesce(r.score, k.score) AS score
           FROM rated r FULL JOIN from_criteria k ON k.sid = r.sid AND k.competency_id = r.competency_id
       )
       SELECT competency_id AS "competencyId", avg(score)::float8 AS mean, min(score)::float8 AS min,
              max(score)::float8 AS max, count(*)::int AS count,
              round(max(score) - min(score), ${SPREAD_PLACES})::float8 AS spread
         FROM per_scorecard GROUP BY competency_id ORDER BY competency_id`,
      p.values,
    );
    return rows.map((r) => ({ ...r, disagreement: r.spread >= DISAGREEMENT_SPREAD }));
  }

  private async missing(
    ctx: RequestContext,
    candidateId: string,
    interviewIds: string[],
  ): Promise<MissingScorecard[]> {
    const em = await ctx.manager();
    const rows: {
      id: string;
      interview_id: string;
      interviewer_id: string;
      due_at: Date;
      overdue: number;
    }[] = await em.query(
      `SELECT s.id, s.interview_id, s.interviewer_id, d.due_at,
                greatest(0, floor(extract(epoch FROM now() - d.due_at)))::int AS overdue
           FROM scorecards s
           JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id
           CROSS JOIN LATERAL (SELECT i.scheduled_end
                    + make_interval(hours => ${DUE_HOURS_SQL('i.tenant_id')}) AS due_at) d
          WHERE s.candidate_id = $1 AND i.id = ANY($2::uuid[]) AND s.status = 'DRAFT'
            AND i.status <> 'CANCELLED'
          ORDER BY d.due_at, s.id`,
      [candidateId, interviewIds],
    );
    return rows.map((r) => ({
      scorecardId: r.id,
      interviewId: r.interview_id,
      interviewerId: r.interviewer_id,
      dueAt: r.due_at,
      overdueSeconds: r.overdue,
    }));
  }
}
