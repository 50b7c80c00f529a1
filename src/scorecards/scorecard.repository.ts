import type { EntityManager } from 'typeorm';
import { ConflictError } from '../common/errors.js';
import type { Principal } from '../common/request-context.js';
import { SqlParams } from '../common/sql.js';
import type { recommendationInEverySystem } from '../integration/ats-scale/ats-scale.js';
import { InterviewStatus } from '../interviews/entities/interview.enums.js';
import {
  type ContentCompetencyRating,
  type ContentNote,
  type ContentRating,
  type Recommendation,
  type ScorecardContent,
  ScorecardStatus,
} from './entities/scorecard.enums.js';
import type { Scorecard } from './models/scorecard.models.js';
import type { Sheet } from './sheet.js';
import { sheetColumnsSql, sheetOf, type SheetColumns } from './sheet.repository.js';
import { scorecardWritableSql } from '../access/access.sql.js';
import { requireAllowed, Permission } from '../access/access.js';

/*
 * The SQL of scorecards: reads and their row types, and the statements of a write (the locked
 * target with everything its rules need, and the update with its revision). ScorecardService
 * holds the rules.
 */

/** The content of revision `r`, as JSON columns; ratings in sheet order (stored on write). */
export const revisionContentSql = (r: string) => `
  ${r}.recommendation, ${r}.summary, ${r}.notes,
  (SELECT coalesce(json_agg(json_build_object('stageQuestionId', x.stage_question_id,
            'criterionId', x.criterion_id, 'score', x.score) ORDER BY x.position), '[]')
     FROM scorecard_scores x
    WHERE x.tenant_id = ${r}.tenant_id AND x.revision_id = ${r}.id) AS ratings,
  (SELECT coalesce(json_agg(json_build_object('competencyId', y.competency_id, 'score', y.score)
            ORDER BY y.competency_id), '[]')
     FROM scorecard_competency_ratings y
    WHERE y.tenant_id = ${r}.tenant_id AND y.revision_id = ${r}.id) AS competency_ratings`;

export interface ContentColumns {
  recommendation: Recommendation | null;
  summary: string | null;
  notes: ContentNote[] | null;
  ratings: ContentRating[] | null;
  competency_ratings: ContentCompetencyRating[] | null;
}

export interface ScorecardRow extends ContentColumns {
  id: string;
  interview_id: string;
  candidate_id: string;
  interviewer_id: string;
  status: ScorecardStatus;
  version: number;
  draft: Partial<ScorecardContent> | null;
  revision: number | null;
  amended_after_reveal: boolean;
  submitted_at: Date | null;
  created_at: Date;
  updated_at: Date;
  updated_key: string;
  change_key: string;
  visible: boolean;
}

export function toContent(c: ContentColumns | Partial<ScorecardContent>): ScorecardContent {
  const raw = c as ContentColumns & Partial<ScorecardContent>;
  return {
    recommendation: raw.recommendation ?? null,
    summary: raw.summary ?? '',
    notes: raw.notes ?? [],
    ratings: raw.ratings ?? [],
    competencyRatings: raw.competencyRatings ?? raw.competency_ratings ?? [],
  };
}

/** Content as the API shows it. */
export function contentFields(content: ScorecardContent) {
  return {
    recommendation: content.recommendation,
    summary: content.summary,
    notes: content.notes,
    ratings: content.ratings.map((r) => ({ ...r, notAssessed: r.score === null })),
    competencyRatings: content.competencyRatings,
  };
}

export const toScorecard = (row: ScorecardRow): Scorecard => ({
  id: row.id,
  interviewId: row.interview_id,
  candidateId: row.candidate_id,
  interviewerId: row.interviewer_id,
  status: row.status,
  version: row.version,
  revision: row.revision,
  amendedAfterReveal: row.amended_after_reveal,
  submittedAt: row.submitted_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  updatedKey: row.updated_key,
  ...contentFields(toContent(row.status === ScorecardStatus.DRAFT ? (row.draft ?? {}) : row)),
});

export interface WriteTarget {
  id: string;
  interview_id: string;
  candidate_id: string;
  interviewer_id: string;
  status: ScorecardStatus;
  version: number;
  draft: Partial<ScorecardContent>;
  current_revision_id: string | null;
  interview_status: InterviewStatus;
  /** The tenant's ATS scale mappings (events carry the recommendation in every system). */
  atsScale: Parameters<typeof recommendationInEverySystem>[0];
  sheet: Sheet;
}

/**
 * The scorecard to write, with its sheet and the tenant's ATS mappings, in one statement:
 * missing is NOT_FOUND, someone else's FORBIDDEN, stale CONFLICT. Locks its interview row, as
 * assignment, cancellation and moves do: a submit never races a change of the panel, and the
 * interview's status is computed from a settled panel.
 */
export async function lockTarget(
  em: EntityManager,
  principal: Principal,
  id: string,
  expectedVersion: number,
): Promise<WriteTarget> {
  const p = new SqlParams();
  const idParam = p.add(id);
  const [found]: (Omit<WriteTarget, 'atsScale' | 'sheet'> &
    SheetColumns & {
      ats_scale_mappings: WriteTarget['atsScale'] | null;
      writable: boolean;
    })[] = await em.query(
    `SELECT s.id, s.interview_id, s.candidate_id, s.interviewer_id, s.status, s.version, s.draft,
            s.current_revision_id, i.status AS interview_status, ${sheetColumnsSql('i')},
            (SELECT ts.ats_scale_mappings FROM tenant_settings ts
              WHERE ts.tenant_id = s.tenant_id) AS ats_scale_mappings,
            ${scorecardWritableSql('s', principal, p)} AS writable
       FROM scorecards s JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id
      WHERE s.id = ${idParam}
        FOR UPDATE OF i`,
    p.values,
  );
  const row = requireAllowed(Permission.SCORECARD_WRITE, principal, found, (r) => r.writable);
  if (row.interview_status === InterviewStatus.CANCELLED) {
    throw new ConflictError('The interview is cancelled.');
  }
  if (row.version !== expectedVersion) {
    throw new ConflictError('The scorecard has changed since you read it.', {
      currentVersion: row.version,
    });
  }
  const {
    sheet_questions,
    sheet_focus,
    sheet_levels,
    ats_scale_mappings,
    writable: _,
    ...target
  } = row;
  return {
    ...target,
    atsScale: ats_scale_mappings ?? {},
    sheet: sheetOf({ sheet_questions, sheet_focus, sheet_levels }),
  };
}

/** A conditional UPDATE matched nothing: another write got there first. */
export async function lostRace(em: EntityManager, id: string): Promise<never> {
  const [row] = await em.query(`SELECT version, status FROM scorecards WHERE id = $1`, [id]);
  throw new ConflictError('The scorecard has changed since you read it.', {
    currentVersion: row?.version ?? null,
  });
}

/** A new revision of a scorecard. */
export interface RevisionWrite {
  tenantId: string;
  revisionId: string;
  number: number;
  content: ScorecardContent;
  sheet: Sheet;
  reason: string | null;
  afterReveal: boolean;
}

/**
 * The sheet lists questions and their criteria in order: a rating's place there is its
 * position, stored so that reads order ratings without looking either up.
 */
const ratingOrder = (sheet: Sheet) =>
  sheet.questions.flatMap((q) => q.criteria.map((c) => `${q.stageQuestionId}/${c.id}`));

/** What updateWithRevision answers: the scorecard's columns after the update. */
export interface UpdatedScorecard {
  status: ScorecardStatus;
  version: number;
  submitted_at: Date | null;
  created_at: Date;
  updated_at: Date;
  updated_key: string;
  amended_after_reveal: boolean;
}

/**
 * Runs `update` (an UPDATE of one scorecard, its values in `p`, with no RETURNING) and, when
 * it matched, inserts the revision with its ratings and competency ratings, all in one
 * statement. Returns the updated columns, or undefined when the UPDATE matched nothing.
 */
export async function updateWithRevision(
  em: EntityManager,
  update: string,
  p: SqlParams,
  rev: RevisionWrite,
): Promise<UpdatedScorecard | undefined> {
  const { content, sheet } = rev;
  const order = ratingOrder(sheet);
  const scores = content.ratings.map((r) => {
    const question = sheet.questions.find((q) => q.stageQuestionId === r.stageQuestionId)!;
    const criterion = question.criteria.find((c) => c.id === r.criterionId)!;
    return [
      r.stageQuestionId,
      r.criterionId,
      question.questionVersionId,
      criterion.competencyId,
      r.score,
      order.indexOf(`${r.stageQuestionId}/${r.criterionId}`) + 1,
    ];
  });
  const t = p.add(rev.tenantId);
  const r = p.add(rev.revisionId);
  const [sq, c, v, k, score, n] = [0, 1, 2, 3, 4, 5].map((i) => p.add(scores.map((s) => s[i])));
  const [row]: UpdatedScorecard[] = await em.query(
    `WITH u AS (${update}
                RETURNING id, status, version, submitted_at, created_at, updated_at,
                          updated_at::text AS updated_key, amended_after_reveal),
          r AS (INSERT INTO scorecard_revisions (tenant_id, id, scorecard_id, number, recommendation,
                                                 summary, notes, reason, after_reveal)
                SELECT ${t}, ${r}, u.id, ${p.add(rev.number)}, ${p.add(content.recommendation)},
                       ${p.add(content.summary)}, ${p.add(JSON.stringify(content.notes))},
                       ${p.add(rev.reason)}, ${p.add(rev.afterReveal)}
                  FROM u RETURNING id),
          x AS (INSERT INTO scorecard_scores (tenant_id, revision_id, stage_question_id, criterion_id,
                                              question_version_id, competency_id, score, position)
                SELECT ${t}, r.id, x.sq, x.c, x.v, x.k, x.score, x.n
                  FROM r, unnest(${sq}::uuid[], ${c}::uuid[], ${v}::uuid[], ${k}::uuid[],
                                 ${score}::smallint[], ${n}::smallint[]) AS x(sq, c, v, k, score, n)),
          y AS (INSERT INTO scorecard_competency_ratings (tenant_id, revision_id, competency_id, score)
                SELECT ${t}, r.id, y.k, y.score
                  FROM r, unnest(${p.add(content.competencyRatings.map((x) => x.competencyId))}::uuid[],
                                 ${p.add(content.competencyRatings.map((x) => x.score))}::smallint[]) AS y(k, score))
     SELECT status, version, submitted_at, created_at, updated_at, updated_key, amended_after_reveal
       FROM u`,
    p.values,
  );
  return row;
}

/**
 * The scorecard as a read would show it right after a write with a revision: the updated
 * columns and the revision's content, ratings in sheet order and competency ratings by id (as
 * revisionContentSql orders them), without reading it back.
 */
export function writtenScorecard(
  target: WriteTarget,
  row: UpdatedScorecard,
  revision: number,
  content: ScorecardContent,
): Scorecard {
  const order = ratingOrder(target.sheet);
  const at = (r: ContentRating) => order.indexOf(`${r.stageQuestionId}/${r.criterionId}`);
  return {
    id: target.id,
    interviewId: target.interview_id,
    candidateId: target.candidate_id,
    interviewerId: target.interviewer_id,
    status: row.status,
    version: row.version,
    revision,
    amendedAfterReveal: row.amended_after_reveal,
    submittedAt: row.submitted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedKey: row.updated_key,
    ...contentFields({
      ...content,
      ratings: content.ratings
        .map((r) => ({
          stageQuestionId: r.stageQuestionId,
          criterionId: r.criterionId,
          score: r.score,
        }))
        .sort((a, b) => at(a) - at(b)),
      competencyRatings: [...content.competencyRatings]
        .map((r) => ({ competencyId: r.competencyId, score: r.score }))
        .sort((a, b) =>
          a.competencyId < b.competencyId ? -1 : a.competencyId > b.competencyId ? 1 : 0,
        ),
    }),
  };
}

/**
 * Saves the draft content if the scorecard is still a draft at `expectedVersion`; false when
 * it is not (the version moved on, or it was submitted).
 */
export async function saveDraftContent(
  em: EntityManager,
  id: string,
  expectedVersion: number,
  draft: ScorecardContent,
): Promise<boolean> {
  const updated = await em.query(
    `UPDATE scorecards SET draft = $3, version = version + 1, updated_at = now()
      WHERE id = $1 AND version = $2 AND status = 'DRAFT' RETURNING version`,
    [id, expectedVersion, JSON.stringify(draft)],
  );
  return !!updated[0]?.length;
}

/**
 * Submits the draft at `expectedVersion` with revision `rev` (updateWithRevision). The version
 * check and the state change are one statement: of concurrent submits, the first to lock the
 * row wins and the others find the version moved on.
 */
export function submitWithRevision(
  em: EntityManager,
  id: string,
  expectedVersion: number,
  rev: RevisionWrite,
): Promise<UpdatedScorecard | undefined> {
  const p = new SqlParams();
  return updateWithRevision(
    em,
    `UPDATE scorecards
        SET status = 'SUBMITTED', version = version + 1, submitted_at = now(),
            updated_at = now(), current_revision_id = ${p.add(rev.revisionId)}
      WHERE id = ${p.add(id)} AND version = ${p.add(expectedVersion)}
        AND status = 'DRAFT'`,
    p,
    rev,
  );
}

/** Amends the submitted scorecard at `expectedVersion` with revision `rev`. */
export function amendWithRevision(
  em: EntityManager,
  id: string,
  expectedVersion: number,
  rev: RevisionWrite,
): Promise<UpdatedScorecard | undefined> {
  const u = new SqlParams();
  return updateWithRevision(
    em,
    `UPDATE scorecards SET version = version + 1, updated_at = now(),
            current_revision_id = ${u.add(rev.revisionId)},
            amended_after_reveal = amended_after_reveal OR ${u.add(rev.afterReveal)}
      WHERE id = ${u.add(id)} AND version = ${u.add(expectedVersion)}
        AND status = 'SUBMITTED'`,
    u,
    rev,
  );
}
