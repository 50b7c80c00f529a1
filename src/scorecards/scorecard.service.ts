import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors.js';
import {
  cappedCount,
  decodeCursor,
  syncAfter,
  syncWhere,
  toPage,
  type Page,
} from '../common/pagination.js';
import type { Principal, RequestContext } from '../common/request-context.js';
import { SqlParams } from '../common/sql.js';
import { InterviewStatus } from '../interviews/entities/interview.enums.js';
import { InterviewNotifier } from '../interviews/interview-notifier.js';
import { refreshInterviewStatus } from '../interviews/interview-status.js';
import { WebhookEventType } from '../integration/webhooks/webhook-event-type.js';
import { WebhookOutbox } from '../integration/webhooks/webhook-outbox.service.js';
import { recommendationInEverySystem } from '../integration/ats-scale/ats-scale.js';
import { AtsScaleService } from '../integration/ats-scale/ats-scale.service.js';
import type {
  AmendScorecardInput,
  SaveScorecardDraftInput,
  ScorecardsArgs,
  SubmitScorecardInput,
} from './dto/scorecard.inputs.js';
import {
  type ContentCompetencyRating,
  type ContentNote,
  type ContentRating,
  type Recommendation,
  type ScorecardContent,
  ScorecardStatus,
} from './entities/scorecard.enums.js';
import type { Scorecard } from './models/scorecard.models.js';
import { applyPatch, checkPatch, loadSheet, missingForSubmit, type ContentPatch } from './sheet.js';
import { scorecardVisibleSql } from './visibility.js';

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

interface ScorecardRow extends ContentColumns {
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

const SELECT = (visible: string) => `
  SELECT s.id, s.interview_id, s.candidate_id, s.interviewer_id, s.status, s.version,
         s.submitted_at, s.created_at, s.updated_at, s.updated_at::text AS updated_key,
         s.change_seq::text AS change_key,
         CASE WHEN s.status = 'DRAFT' THEN s.draft END AS draft, r.number AS revision,
         ${revisionContentSql('r')},
         s.amended_after_reveal,
         ${visible} AS visible
    FROM scorecards s
    JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id
    LEFT JOIN scorecard_revisions r ON r.tenant_id = s.tenant_id AND r.id = s.current_revision_id`;

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

const toScorecard = (row: ScorecardRow): Scorecard => ({
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

interface WriteTarget {
  id: string;
  interview_id: string;
  candidate_id: string;
  interviewer_id: string;
  status: ScorecardStatus;
  version: number;
  draft: Partial<ScorecardContent>;
  current_revision_id: string | null;
  interview_status: InterviewStatus;
}

/**
 * Scorecards: the author's draft with an optimistic version checked by the UPDATE itself,
 * submission into an immutable revision, and amendments as further revisions.
 */
@Injectable()
export class ScorecardService {
  constructor(
    private readonly outbox: WebhookOutbox,
    private readonly notifier: InterviewNotifier,
    private readonly scale: AtsScaleService,
  ) {}

  async list(ctx: RequestContext, args: ScorecardsArgs): Promise<Page<Scorecard>> {
    const em = await ctx.manager();
    const p = new SqlParams();
    const where = [scorecardVisibleSql('s', 'i', ctx.principal, p)];
    if (args.interviewId) where.push(`s.interview_id = ${p.add(args.interviewId)}`);
    if (args.candidateId) where.push(`s.candidate_id = ${p.add(args.candidateId)}`);
    if (args.status) where.push(`s.status = ${p.add(args.status)}`);
    if (args.mine) where.push(`s.interviewer_id = ${p.add(ctx.principal.userId)}`);
    if (args.search) {
      const pattern = p.addContains(args.search);
      where.push(`(CASE WHEN s.status = 'DRAFT'
                        THEN concat_ws(' ', s.draft->>'summary', jsonb_path_query_array(s.draft, '$.notes[*].notes')::text)
                        ELSE concat_ws(' ', r.summary, jsonb_path_query_array(r.notes, '$[*].notes')::text)
                   END) ILIKE ${pattern}`);
    }
    const sync = args.updatedSince !== undefined;
    if (sync) where.push(...syncWhere('s', args.updatedSince!, (v) => p.add(v)));
    const filter = where.join(' AND ');
    const countParams = [...p.values];
    if (args.after && sync) {
      where.push(syncAfter('s', args.after, (v) => p.add(v)));
    } else if (args.after) {
      const after = decodeCursor(args.after, 'after', 'time');
      where.push(
        `(s.updated_at, s.id) > (${p.add(after.key)}::timestamptz, ${p.add(after.id)}::uuid)`,
      );
    }
    const rows = await em.query<ScorecardRow[]>(
      `${SELECT('true')} WHERE ${where.join(' AND ')}
        ORDER BY ${sync ? 's.change_seq, s.id' : 's.updated_at, s.id'} LIMIT ${args.first + 1}`,
      p.values,
    );
    const count = () =>
      cappedCount(
        em,
        `FROM scorecards s
           JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id
           LEFT JOIN scorecard_revisions r ON r.tenant_id = s.tenant_id AND r.id = s.current_revision_id
          WHERE ${filter}`,
        countParams,
      );
    const changeKeys = new Map(rows.map((r) => [r.id, r.change_key]));
    return toPage(rows.map(toScorecard), args.first, count, (s) => ({
      key: sync ? changeKeys.get(s.id)! : s.updatedKey,
      id: s.id,
    }));
  }

  async get(ctx: RequestContext, id: string): Promise<Scorecard> {
    const [row] = await this.load(ctx, [id]);
    if (!row) throw new NotFoundError('Scorecard');
    if (!row.visible) throw new ForbiddenError(sealedMessage(row.status));
    return toScorecard(row);
  }

  /** Submitted scorecards of a candidate's interviews that the caller may read. */
  async submittedOf(
    ctx: RequestContext,
    candidateId: string,
    interviewIds: string[],
  ): Promise<Scorecard[]> {
    const em = await ctx.manager();
    const p = new SqlParams();
    const rows = await em.query<ScorecardRow[]>(
      `${SELECT('true')} WHERE s.candidate_id = ${p.add(candidateId)}
          AND s.interview_id = ANY(${p.add(interviewIds)}::uuid[]) AND s.status = 'SUBMITTED'
          AND ${scorecardVisibleSql('s', 'i', ctx.principal, p)}
        ORDER BY s.submitted_at, s.id`,
      p.values,
    );
    return rows.map(toScorecard);
  }

  /** The scorecards of each interview that the caller may read. */
  ofInterviewLoader(ctx: RequestContext) {
    return this.groupLoader(ctx, 'scorecardsOfInterview', 's.interview_id', (r) => r.interview_id);
  }

  /** The scorecards of each candidate that the caller may read. */
  ofCandidateLoader(ctx: RequestContext) {
    return this.groupLoader(ctx, 'scorecardsOfCandidate', 's.candidate_id', (r) => r.candidate_id);
  }

  async saveDraft(ctx: RequestContext, input: SaveScorecardDraftInput): Promise<Scorecard> {
    await ctx.write(async (em) => {
      const target = await this.target(em, ctx.principal, input.id, input.expectedVersion);
      if (target.status !== ScorecardStatus.DRAFT) {
        throw new ConflictError('The scorecard is submitted; amend it instead.', {
          currentVersion: target.version,
        });
      }
      const sheet = await loadSheet(em, target.interview_id);
      const problems = checkPatch(sheet, input as ContentPatch);
      if (problems.length) throw new BadInputError(problems);
      const next = applyPatch(toContent(target.draft), input as ContentPatch);
      const updated = await em.query(
        `UPDATE scorecards SET draft = $3, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND status = 'DRAFT' RETURNING version`,
        [target.id, input.expectedVersion, JSON.stringify(next)],
      );
      if (!updated[0]?.length) await this.lostRace(em, target.id);
    });
    return this.get(ctx, input.id);
  }

  async submit(ctx: RequestContext, input: SubmitScorecardInput): Promise<Scorecard> {
    await ctx.write(async (em) => {
      const target = await this.target(em, ctx.principal, input.id, input.expectedVersion);
      if (target.status !== ScorecardStatus.DRAFT) {
        throw new ConflictError('The scorecard is already submitted.', {
          currentVersion: target.version,
        });
      }
      const sheet = await loadSheet(em, target.interview_id);
      const content = toContent(target.draft);
      const missing = missingForSubmit(sheet, content);
      if (missing.length) {
        throw new BadInputError(missing, 'The scorecard is not complete.');
      }
      const revisionId = randomUUID();
      // The version check and the state change are one statement: of concurrent submits,
      // the first to lock the row wins and the others find the version moved on.
      const updated = await em.query(
        `UPDATE scorecards
            SET status = 'SUBMITTED', version = version + 1, submitted_at = now(),
                updated_at = now(), current_revision_id = $3
          WHERE id = $1 AND version = $2 AND status = 'DRAFT' RETURNING version`,
        [target.id, input.expectedVersion, revisionId],
      );
      if (!updated[0]?.length) await this.lostRace(em, target.id);
      await this.insertRevision(
        em,
        ctx.tenantId,
        target.id,
        revisionId,
        1,
        content,
        sheet,
        null,
        false,
      );
      await this.outbox.emit(em, ctx.tenantId, WebhookEventType.SCORECARD_SUBMITTED, {
        scorecardId: target.id,
        interviewId: target.interview_id,
        candidateId: target.candidate_id,
        interviewerId: target.interviewer_id,
        recommendation: content.recommendation,
        atsValues: recommendationInEverySystem(await this.scale.stored(em), content.recommendation),
        revision: 1,
      });
      await refreshInterviewStatus(em, target.interview_id, this.outbox, this.notifier);
    });
    return this.get(ctx, input.id);
  }

  async amend(ctx: RequestContext, input: AmendScorecardInput): Promise<Scorecard> {
    await ctx.write(async (em) => {
      const target = await this.target(em, ctx.principal, input.id, input.expectedVersion);
      if (target.status !== ScorecardStatus.SUBMITTED) {
        throw new ConflictError(
          'A draft is changed with saveScorecardDraft; only submitted scorecards are amended.',
          {
            currentVersion: target.version,
          },
        );
      }
      const sheet = await loadSheet(em, target.interview_id);
      const problems = checkPatch(sheet, input as ContentPatch);
      if (problems.length) throw new BadInputError(problems);
      const [current]: (ContentColumns & { number: number })[] = await em.query(
        `SELECT r.number, ${revisionContentSql('r')} FROM scorecard_revisions r WHERE r.id = $1`,
        [target.current_revision_id],
      );
      const content = applyPatch(toContent(current), input as ContentPatch);
      const missing = missingForSubmit(sheet, content);
      if (missing.length)
        throw new BadInputError(missing, 'The amended scorecard is not complete.');
      // Could the author read other interviewers' feedback on this candidate at this moment?
      const p = new SqlParams();
      const author: Principal = { ...ctx.principal, userId: target.interviewer_id };
      const [{ revealed }] = await em.query(
        `SELECT EXISTS (SELECT 1 FROM scorecards s
                   JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id
                  WHERE s.candidate_id = ${p.add(target.candidate_id)}
                    AND s.interviewer_id <> ${p.add(target.interviewer_id)}
                    AND s.status = 'SUBMITTED' AND ${scorecardVisibleSql('s', 'i', author, p)}) AS revealed`,
        p.values,
      );
      const revisionId = randomUUID();
      const updated = await em.query(
        `UPDATE scorecards SET version = version + 1, updated_at = now(), current_revision_id = $3,
                amended_after_reveal = amended_after_reveal OR $4
          WHERE id = $1 AND version = $2 AND status = 'SUBMITTED' RETURNING version`,
        [target.id, input.expectedVersion, revisionId, revealed],
      );
      if (!updated[0]?.length) await this.lostRace(em, target.id);
      await this.insertRevision(
        em,
        ctx.tenantId,
        target.id,
        revisionId,
        current.number + 1,
        content,
        sheet,
        input.reason,
        revealed,
      );
      await this.outbox.emit(em, ctx.tenantId, WebhookEventType.SCORECARD_AMENDED, {
        scorecardId: target.id,
        interviewId: target.interview_id,
        candidateId: target.candidate_id,
        interviewerId: target.interviewer_id,
        recommendation: content.recommendation,
        atsValues: recommendationInEverySystem(await this.scale.stored(em), content.recommendation),
        revision: current.number + 1,
        afterReveal: revealed,
      });
    });
    return this.get(ctx, input.id);
  }

  /**
   * The scorecard to write: missing is NOT_FOUND, someone else's FORBIDDEN, stale CONFLICT.
   * Locks its interview row, as assignment, cancellation and moves do: a submit never races
   * a change of the panel, and the interview's status is computed from a settled panel.
   */
  private async target(
    em: EntityManager,
    principal: Principal,
    id: string,
    expectedVersion: number,
  ): Promise<WriteTarget> {
    const [row]: WriteTarget[] = await em.query(
      `SELECT s.id, s.interview_id, s.candidate_id, s.interviewer_id, s.status, s.version, s.draft,
              s.current_revision_id, i.status AS interview_status
         FROM scorecards s JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id
        WHERE s.id = $1
          FOR UPDATE OF i`,
      [id],
    );
    if (!row) throw new NotFoundError('Scorecard');
    if (row.interviewer_id !== principal.userId) {
      throw new ForbiddenError(
        principal.onBehalfOf
          ? 'The member named in On-Behalf-Of is not the interviewer of this scorecard: only its interviewer writes it.'
          : 'Only the assigned interviewer writes this scorecard.',
      );
    }
    if (row.interview_status === InterviewStatus.CANCELLED) {
      throw new ConflictError('The interview is cancelled.');
    }
    if (row.version !== expectedVersion) {
      throw new ConflictError('The scorecard has changed since you read it.', {
        currentVersion: row.version,
      });
    }
    return row;
  }

  /** The conditional UPDATE matched nothing: another write got there first. */
  private async lostRace(em: EntityManager, id: string): Promise<never> {
    const [row] = await em.query(`SELECT version, status FROM scorecards WHERE id = $1`, [id]);
    throw new ConflictError('The scorecard has changed since you read it.', {
      currentVersion: row?.version ?? null,
    });
  }

  private async insertRevision(
    em: EntityManager,
    tenantId: string,
    scorecardId: string,
    revisionId: string,
    number: number,
    content: ScorecardContent,
    sheet: Awaited<ReturnType<typeof loadSheet>>,
    reason: string | null,
    afterReveal: boolean,
  ): Promise<void> {
    await em.query(
      `INSERT INTO scorecard_revisions (tenant_id, id, scorecard_id, number, recommendation, summary,
                                        notes, reason, after_reveal)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        tenantId,
        revisionId,
        scorecardId,
        number,
        content.recommendation,
        content.summary,
        JSON.stringify(content.notes),
        reason,
        afterReveal,
      ],
    );
    // The sheet lists questions and their criteria in order: a rating's place there is its
    // position, stored so that reads order ratings without looking either up.
    const order = sheet.questions.flatMap((q) =>
      q.criteria.map((c) => `${q.stageQuestionId}/${c.id}`),
    );
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
    if (scores.length) {
      await em.query(
        `INSERT INTO scorecard_scores (tenant_id, revision_id, stage_question_id, criterion_id,
                                       question_version_id, competency_id, score, position)
         SELECT $1, $2, x.sq, x.c, x.v, x.k, x.score, x.n
           FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::smallint[],
                       $8::smallint[]) AS x(sq, c, v, k, score, n)`,
        [tenantId, revisionId, ...[0, 1, 2, 3, 4, 5].map((i) => scores.map((s) => s[i]))],
      );
    }
    if (content.competencyRatings.length) {
      await em.query(
        `INSERT INTO scorecard_competency_ratings (tenant_id, revision_id, competency_id, score)
         SELECT $1, $2, x.k, x.score FROM unnest($3::uuid[], $4::smallint[]) AS x(k, score)`,
        [
          tenantId,
          revisionId,
          content.competencyRatings.map((c) => c.competencyId),
          content.competencyRatings.map((c) => c.score),
        ],
      );
    }
  }

  private async load(ctx: RequestContext, ids: readonly string[]): Promise<ScorecardRow[]> {
    const em = await ctx.manager();
    const p = new SqlParams();
    const idsParam = p.add(ids);
    const visible = scorecardVisibleSql('s', 'i', ctx.principal, p);
    return em.query<ScorecardRow[]>(
      `${SELECT(visible)} WHERE s.id = ANY(${idsParam}::uuid[])`,
      p.values,
    );
  }

  private groupLoader(
    ctx: RequestContext,
    name: string,
    column: string,
    keyOf: (row: ScorecardRow) => string,
  ) {
    return ctx.loader<string, Scorecard[]>(name, async (ids) => {
      const em = await ctx.manager();
      const p = new SqlParams();
      const idsParam = p.add(ids);
      const rows = await em.query<ScorecardRow[]>(
        `${SELECT('true')} WHERE ${column} = ANY(${idsParam}::uuid[])
            AND ${scorecardVisibleSql('s', 'i', ctx.principal, p)}
          ORDER BY s.created_at, s.id`,
        p.values,
      );
      return ids.map((id) => rows.filter((r) => keyOf(r) === id).map(toScorecard));
    });
  }
}

function sealedMessage(status: ScorecardStatus): string {
  return status === ScorecardStatus.DRAFT
    ? 'A draft is read by its author only.'
    : "This scorecard is sealed under the tenant's feedback policy.";
}
