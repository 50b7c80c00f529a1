import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BadInputError, ConflictError } from '../common/errors.js';
import {
  cappedCount,
  decodeCursor,
  syncAfter,
  syncWhere,
  toPage,
  type Page,
} from '../common/pagination.js';
import { defineLoader, type Principal, type RequestContext } from '../common/request-context.js';
import { SqlParams } from '../common/sql.js';
import { InterviewNotifier } from '../interviews/interview-notifier.js';
import { refreshInterviewStatus } from '../interviews/interview-status.js';
import { WebhookEventType } from '../integration/webhooks/webhook-event-type.js';
import { WebhookOutbox } from '../integration/webhooks/webhook-outbox.service.js';
import { recommendationInEverySystem } from '../integration/ats-scale/ats-scale.js';
import type {
  AmendScorecardInput,
  SaveScorecardDraftInput,
  ScorecardsArgs,
  SubmitScorecardInput,
} from './dto/scorecard.inputs.js';
import { type ScorecardContent, ScorecardStatus } from './entities/scorecard.enums.js';
import type { Scorecard } from './models/scorecard.models.js';
import {
  loadScorecards,
  lockTarget,
  lostRace,
  revisionContentSql,
  SELECT,
  toContent,
  toScorecard,
  updateWithRevision,
  writtenScorecard,
  type ContentColumns,
  type ScorecardRow,
  type WriteTarget,
} from './scorecard.repository.js';
import { applyPatch, checkPatch, missingForSubmit, type ContentPatch } from './sheet.js';
import { scorecardVisibleSql } from '../access/access.sql.js';
import { requireAllowed, Permission } from '../access/access.js';

/**
 * Scorecards: the author's draft with an optimistic version checked by the UPDATE itself,
 * submission into an immutable revision, and amendments as further revisions.
 */
@Injectable()
export class ScorecardService {
  constructor(
    private readonly outbox: WebhookOutbox,
    private readonly notifier: InterviewNotifier,
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
    const [row] = await loadScorecards(await ctx.manager(), ctx.principal, [id]);
    requireAllowed(
      Permission.SCORECARD_READ,
      ctx.principal,
      row,
      (r) => r.visible,
      (r) => r.status,
    );
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
    return ctx.loader(SCORECARDS_OF_INTERVIEW);
  }

  /** The scorecards of each candidate that the caller may read. */
  ofCandidateLoader(ctx: RequestContext) {
    return ctx.loader(SCORECARDS_OF_CANDIDATE);
  }

  async saveDraft(ctx: RequestContext, input: SaveScorecardDraftInput): Promise<Scorecard> {
    await ctx.write(async (em) => {
      const target = await lockTarget(em, ctx.principal, input.id, input.expectedVersion);
      if (target.status !== ScorecardStatus.DRAFT) {
        throw new ConflictError('The scorecard is submitted; amend it instead.', {
          currentVersion: target.version,
        });
      }
      const problems = checkPatch(target.sheet, input as ContentPatch);
      if (problems.length) throw new BadInputError(problems);
      const next = applyPatch(toContent(target.draft), input as ContentPatch);
      const updated = await em.query(
        `UPDATE scorecards SET draft = $3, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND status = 'DRAFT' RETURNING version`,
        [target.id, input.expectedVersion, JSON.stringify(next)],
      );
      if (!updated[0]?.length) await lostRace(em, target.id);
    });
    return this.get(ctx, input.id);
  }

  /**
   * Submits the draft as revision 1: the target (locked, with its sheet), the update with the
   * revision and its ratings, the interview's status with the outbox's events, in three
   * statements; the answer is built from what they returned.
   */
  async submit(ctx: RequestContext, input: SubmitScorecardInput): Promise<Scorecard> {
    return ctx.write(async (em) => {
      const target = await lockTarget(em, ctx.principal, input.id, input.expectedVersion);
      if (target.status !== ScorecardStatus.DRAFT) {
        throw new ConflictError('The scorecard is already submitted.', {
          currentVersion: target.version,
        });
      }
      const content = toContent(target.draft);
      const missing = missingForSubmit(target.sheet, content);
      if (missing.length) {
        throw new BadInputError(missing, 'The scorecard is not complete.');
      }
      const revisionId = randomUUID();
      // The version check and the state change are one statement: of concurrent submits,
      // the first to lock the row wins and the others find the version moved on.
      const p = new SqlParams();
      const updated = await updateWithRevision(
        em,
        `UPDATE scorecards
            SET status = 'SUBMITTED', version = version + 1, submitted_at = now(),
                updated_at = now(), current_revision_id = ${p.add(revisionId)}
          WHERE id = ${p.add(target.id)} AND version = ${p.add(input.expectedVersion)}
            AND status = 'DRAFT'`,
        p,
        { ...revisionOf(ctx, target, revisionId, 1, content), reason: null, afterReveal: false },
      );
      if (!updated) return lostRace(em, target.id);
      // The submission's event, then (when it completed the interview) the interview's.
      await refreshInterviewStatus(em, target.interview_id, this.outbox, this.notifier, [
        {
          type: WebhookEventType.SCORECARD_SUBMITTED,
          payload: {
            scorecardId: target.id,
            interviewId: target.interview_id,
            candidateId: target.candidate_id,
            interviewerId: target.interviewer_id,
            recommendation: content.recommendation,
            atsValues: recommendationInEverySystem(target.atsScale, content.recommendation),
            revision: 1,
          },
        },
      ]);
      return writtenScorecard(target, updated, 1, content);
    });
  }

  async amend(ctx: RequestContext, input: AmendScorecardInput): Promise<Scorecard> {
    return ctx.write(async (em) => {
      const target = await lockTarget(em, ctx.principal, input.id, input.expectedVersion);
      if (target.status !== ScorecardStatus.SUBMITTED) {
        throw new ConflictError(
          'A draft is changed with saveScorecardDraft; only submitted scorecards are amended.',
          {
            currentVersion: target.version,
          },
        );
      }
      const sheet = target.sheet;
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
      const number = current.number + 1;
      const u = new SqlParams();
      const updated = await updateWithRevision(
        em,
        `UPDATE scorecards SET version = version + 1, updated_at = now(),
                current_revision_id = ${u.add(revisionId)},
                amended_after_reveal = amended_after_reveal OR ${u.add(revealed)}
          WHERE id = ${u.add(target.id)} AND version = ${u.add(input.expectedVersion)}
            AND status = 'SUBMITTED'`,
        u,
        {
          ...revisionOf(ctx, target, revisionId, number, content),
          reason: input.reason,
          afterReveal: revealed,
        },
      );
      if (!updated) return lostRace(em, target.id);
      await this.outbox.emit(em, ctx.tenantId, WebhookEventType.SCORECARD_AMENDED, {
        scorecardId: target.id,
        interviewId: target.interview_id,
        candidateId: target.candidate_id,
        interviewerId: target.interviewer_id,
        recommendation: content.recommendation,
        atsValues: recommendationInEverySystem(target.atsScale, content.recommendation),
        revision: number,
        afterReveal: revealed,
      });
      return writtenScorecard(target, updated, number, content);
    });
  }
}

const revisionOf = (
  ctx: RequestContext,
  target: WriteTarget,
  revisionId: string,
  number: number,
  content: ScorecardContent,
) => ({ tenantId: ctx.tenantId, revisionId, number, content, sheet: target.sheet });

/** The scorecards the caller may read of each key of `column`, oldest first. */
const scorecardsBy = (column: string, keyOf: (row: ScorecardRow) => string) =>
  defineLoader<string, Scorecard[]>((ctx) => async (ids) => {
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
const SCORECARDS_OF_INTERVIEW = scorecardsBy('s.interview_id', (r) => r.interview_id);
const SCORECARDS_OF_CANDIDATE = scorecardsBy('s.candidate_id', (r) => r.candidate_id);
