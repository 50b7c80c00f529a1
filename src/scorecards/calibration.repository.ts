import type { EntityManager } from 'typeorm';
import { cappedCount, keysetPage, type Keyset, type PageDirection } from '../common/pagination.js';
import { SqlParams } from '../common/sql.js';
import { DUE_HOURS_SQL } from '../tenancy/tenancy.sql.js';

/*
 * The SQL of calibration: interviewer calibration and question analytics over a window of
 * submitted scorecards, one statement each. CalibrationService holds the rules.
 */

/** The recommendation as a number for correlations: STRONG_NO = 1 ... STRONG_YES = 4. */
const RECOMMENDATION_VALUE_SQL = (r: string) =>
  `(CASE ${r}.recommendation WHEN 'STRONG_NO' THEN 1 WHEN 'NO' THEN 2
                             WHEN 'YES' THEN 3 WHEN 'STRONG_YES' THEN 4 END)`;

/**
 * The scorecards of the window: submitted ones whose submitted_at is in [from, to), with
 * their current (latest) revision as `rev`. Scorecards of cancelled interviews do not count.
 */
const WINDOW_SQL = (from: string, to: string, extraColumns = '') => `
  SELECT s.tenant_id, s.id, s.interviewer_id, s.candidate_id, r.id AS rev, r.recommendation,
         ${RECOMMENDATION_VALUE_SQL('r')} AS rec${extraColumns}
    FROM scorecards s
    JOIN scorecard_revisions r ON r.tenant_id = s.tenant_id AND r.id = s.current_revision_id
    JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id
   WHERE s.status = 'SUBMITTED' AND i.status <> 'CANCELLED'
     AND s.submitted_at >= ${from} AND s.submitted_at < ${to}`;

/** The non-null criterion scores of the window's scorecards. */
const SCORES_SQL = `
  SELECT sc.id AS sid, sc.interviewer_id, sc.candidate_id, sc.rec,
         x.question_version_id AS qv, x.criterion_id, x.score::numeric AS score
    FROM sc JOIN scorecard_scores x ON x.tenant_id = sc.tenant_id AND x.revision_id = sc.rev
   WHERE x.score IS NOT NULL`;

export interface CalibrationRow {
  interviewer_id: string;
  display_name: string;
  scorecards: number;
  mean_score: number | null;
  expected_mean: number | null;
  leniency: number | null;
  yes_share: number;
  on_time_rate: number;
}

export interface AnalyticsRow {
  qv: string;
  order_text: string;
  uses: number;
  mean_score: number;
  stddev: number;
  agreement: number | null;
  agreement_pairs: number;
  correlation: number | null;
}

/** The interviewers' page: by display name, then id. */
export const interviewersKeyset = (dir: PageDirection) =>
  keysetPage(dir, 'u.display_name', 'c.interviewer_id', 'text', 'ASC');

/** The questions' page: agreement ascending (2 when without pairs), then id. */
export const questionsKeyset = (dir: PageDirection) =>
  keysetPage(dir, 'order_key', 'qv', 'float8', 'ASC');

/** One page of the interviewers' calibration over [from, to). */
export async function interviewerCalibrationRows(
  em: EntityManager,
  from: Date,
  to: Date,
  page: Keyset,
): Promise<CalibrationRow[]> {
  const p = new SqlParams();
  const window = WINDOW_SQL(
    p.add(from),
    p.add(to),
    `,
         s.submitted_at <= i.scheduled_end
           + make_interval(hours => ${DUE_HOURS_SQL('i.tenant_id')}) AS on_time`,
  );
  return em.query<CalibrationRow[]>(
    `WITH sc AS (${window}
       ), scores AS (${SCORES_SQL}
       ), cards AS (
         SELECT interviewer_id, count(*)::int AS scorecards,
                (count(*) FILTER (WHERE recommendation IN ('YES', 'STRONG_YES')))::float8
                  / count(*) AS yes_share,
                (count(*) FILTER (WHERE on_time))::float8 / count(*) AS on_time_rate
           FROM sc GROUP BY interviewer_id
       ), centred AS (
         SELECT interviewer_id, qv, score, avg(score) OVER (PARTITION BY qv) AS qv_mean
           FROM scores
       ), own AS (
         SELECT interviewer_id, avg(score) AS mean, avg(qv_mean) AS expected,
                avg(score - qv_mean) AS deviation
           FROM centred GROUP BY interviewer_id
       ), spread AS (
         SELECT v.interviewer_id,
                sqrt(avg((a.score - a.qv_mean) * (a.score - a.qv_mean))) AS sd
           FROM (SELECT DISTINCT interviewer_id, qv FROM scores) v
           JOIN centred a ON a.qv = v.qv
          GROUP BY v.interviewer_id
       )
       SELECT c.interviewer_id, u.display_name, c.scorecards, c.yes_share, c.on_time_rate,
              o.mean::float8 AS mean_score, o.expected::float8 AS expected_mean,
              (o.deviation / nullif(sp.sd, 0))::float8 AS leniency
         FROM cards c
         JOIN users u ON u.id = c.interviewer_id
         LEFT JOIN own o ON o.interviewer_id = c.interviewer_id
         LEFT JOIN spread sp ON sp.interviewer_id = c.interviewer_id
        WHERE ${page.condition((v) => p.add(v))}
        ORDER BY ${page.orderBy} LIMIT ${page.limit}`,
    p.values,
  );
}

/** The number of interviewers with a scorecard in [from, to) (capped). */
export function calibratedInterviewerCount(em: EntityManager, from: Date, to: Date) {
  const count = new SqlParams();
  return cappedCount(
    em,
    `FROM (SELECT DISTINCT interviewer_id FROM (${WINDOW_SQL(count.add(from), count.add(to))}) sc) i`,
    count.values,
  );
}

/** One page of the question versions' analytics over [from, to). */
export async function questionAnalyticsRows(
  em: EntityManager,
  from: Date,
  to: Date,
  page: Keyset,
): Promise<AnalyticsRow[]> {
  const p = new SqlParams();
  return em.query<AnalyticsRow[]>(
    `WITH sc AS (${WINDOW_SQL(p.add(from), p.add(to))}
       ), scores AS (${SCORES_SQL}
       ), stats AS (
         SELECT qv, count(DISTINCT sid)::int AS uses, avg(score)::float8 AS mean_score,
                stddev_pop(score)::float8 AS stddev
           FROM scores GROUP BY qv
       ), pairs AS (
         SELECT a.qv, count(*)::int AS n, count(*) FILTER (WHERE a.score = b.score)::int AS same
           FROM scores a
           JOIN scores b ON b.qv = a.qv AND b.candidate_id = a.candidate_id
                        AND b.criterion_id = a.criterion_id AND b.sid > a.sid
                        AND b.interviewer_id <> a.interviewer_id
          GROUP BY a.qv
       ), per_card AS (
         SELECT qv, sid, avg(score) AS mean, min(rec) AS rec FROM scores GROUP BY qv, sid
       ), correlations AS (
         SELECT qv, CASE WHEN stddev_pop(mean) > 0 AND stddev_pop(rec) > 0
                         THEN corr(mean::float8, rec::float8) END AS correlation
           FROM per_card GROUP BY qv
       ), ranked AS (
         SELECT st.qv, st.uses, st.mean_score, st.stddev, coalesce(pa.n, 0) AS agreement_pairs,
                pa.same::float8 / nullif(pa.n, 0) AS agreement, co.correlation,
                coalesce(pa.same::float8 / nullif(pa.n, 0), 2) AS order_key
           FROM stats st
           LEFT JOIN pairs pa ON pa.qv = st.qv
           LEFT JOIN correlations co ON co.qv = st.qv
       )
       SELECT qv, uses, mean_score, stddev, agreement_pairs, agreement, correlation,
              order_key::text AS order_text
         FROM ranked
        WHERE ${page.condition((v) => p.add(v))}
        ORDER BY ${page.orderBy} LIMIT ${page.limit}`,
    p.values,
  );
}

/** The number of question versions scored in [from, to) (capped). */
export function analysedQuestionCount(em: EntityManager, from: Date, to: Date) {
  const count = new SqlParams();
  return cappedCount(
    em,
    `FROM (SELECT DISTINCT x.question_version_id
                 FROM (${WINDOW_SQL(count.add(from), count.add(to))}) sc
                 JOIN scorecard_scores x ON x.tenant_id = sc.tenant_id AND x.revision_id = sc.rev
                WHERE x.score IS NOT NULL) q`,
    count.values,
  );
}
