import type { EntityManager } from 'typeorm';
import type { Principal } from '../common/request-context.js';
import { SqlParams } from '../common/sql.js';
import { DUE_HOURS_SQL } from '../tenancy/tenancy.sql.js';
import type { CompetencySummary } from './models/debrief.models.js';
import { scorecardVisibleSql } from '../access/access.sql.js';

/*
 * The SQL of a candidate's debrief: the competency aggregates, the missing scorecards and the
 * count of sealed scorecards. DebriefService holds the rules.
 */

/**
 * Decimal places the spread is rounded to before it is compared. A scorecard's competency
 * score is a weighted mean (8/3, 2/3...) that numeric division cuts after about 16 digits, so
 * an exact spread of 2 came out as 1.99999999999999993 and the flag depended on which weights
 * the picked questions had. Weights have at most two decimals, so two different spreads differ
 * far above 1e-12 while the cut is far below it.
 */
const SPREAD_PLACES = 12;

/** Whether the loop exists (and is readable in the tenant). */
export async function loopExists(em: EntityManager, loopId: string): Promise<boolean> {
  const [loop] = await em.query(`SELECT 1 FROM interview_loops WHERE id = $1`, [loopId]);
  return !!loop;
}

export type CompetencyRow = Omit<CompetencySummary, 'disagreement'>;

/**
 * Per competency, the aggregates of the scores of the candidate's submitted scorecards of
 * these interviews that `principal` may read.
 */
export async function competencyRows(
  em: EntityManager,
  principal: Principal,
  candidateId: string,
  interviewIds: string[],
): Promise<CompetencyRow[]> {
  const p = new SqlParams();
  return em.query<CompetencyRow[]>(
    `WITH vis AS (
         SELECT s.tenant_id, s.id, s.current_revision_id AS rev
           FROM scorecards s JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id
          WHERE s.candidate_id = ${p.add(candidateId)} AND i.id = ANY(${p.add(interviewIds)}::uuid[])
            AND s.status = 'SUBMITTED' AND ${scorecardVisibleSql('s', 'i', principal, p)}
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
}

/**
 * How many of the candidate's submitted scorecards of these interviews `principal` may not
 * read: the sealed-feedback rule (scorecardVisibleSql) negated, counted and nothing else, so no
 * part of a hidden scorecard leaves the database. `IS NOT TRUE` counts a rule that comes out
 * unknown (a null reveal time) as hidden, as WHERE does when it filters with it.
 */
export async function sealedScorecardCount(
  em: EntityManager,
  principal: Principal,
  candidateId: string,
  interviewIds: string[],
): Promise<number> {
  const p = new SqlParams();
  const [row] = await em.query<{ sealed: number }[]>(
    `SELECT count(*)::int AS sealed
       FROM scorecards s JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id
      WHERE s.candidate_id = ${p.add(candidateId)} AND i.id = ANY(${p.add(interviewIds)}::uuid[])
        AND s.status = 'SUBMITTED' AND (${scorecardVisibleSql('s', 'i', principal, p)}) IS NOT TRUE`,
    p.values,
  );
  return row.sealed;
}

export interface MissingScorecardRow {
  id: string;
  interview_id: string;
  interviewer_id: string;
  due_at: Date;
  overdue: number;
}

/** The drafts of these interviews of the candidate (not cancelled), by due time. */
export async function missingScorecardRows(
  em: EntityManager,
  candidateId: string,
  interviewIds: string[],
): Promise<MissingScorecardRow[]> {
  return em.query<MissingScorecardRow[]>(
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
}
