import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BadInputError, ConflictError } from '../common/errors.js';
import { toPage, type Page } from '../common/pagination.js';
import { defineLoader, type Principal, type RequestContext } from '../common/request-context.js';
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
  amendWithRevision,
  lockTarget,
  lostRace,
  saveDraftContent,
  submitWithRevision,
  toContent,
  toScorecard,
  writtenScorecard,
  type ScorecardRow,
  type WriteTarget,
} from './scorecard.repository.js';
import {
  currentRevision,
  listScorecards,
  loadScorecards,
  othersRevealedTo,
  scorecardsOf,
  submittedScorecards,
  type ScorecardKey,
} from './scorecard-read.repository.js';
import { applyPatch, checkPatch, missingForSubmit, type ContentPatch } from './sheet.js';
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
    const sync = args.updatedSince !== undefined;
    const { rows, count } = await listScorecards(await ctx.manager(), ctx.principal, args);
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
    const rows = await submittedScorecards(em, ctx.principal, candidateId, interviewIds);
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
      const saved = await saveDraftContent(em, target.id, input.expectedVersion, next);
      if (!saved) await lostRace(em, target.id);
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
      const updated = await submitWithRevision(em, target.id, input.expectedVersion, {
        ...revisionOf(ctx, target, revisionId, 1, content),
        reason: null,
        afterReveal: false,
      });
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
      const current = await currentRevision(em, target.current_revision_id!);
      const content = applyPatch(toContent(current), input as ContentPatch);
      const missing = missingForSubmit(sheet, content);
      if (missing.length)
        throw new BadInputError(missing, 'The amended scorecard is not complete.');
      // Could the author read other interviewers' feedback on this candidate at this moment?
      const author: Principal = { ...ctx.principal, userId: target.interviewer_id };
      const revealed = await othersRevealedTo(em, author, target.candidate_id);
      const revisionId = randomUUID();
      const number = current.number + 1;
      const updated = await amendWithRevision(em, target.id, input.expectedVersion, {
        ...revisionOf(ctx, target, revisionId, number, content),
        reason: input.reason,
        afterReveal: revealed,
      });
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

/** The scorecards the caller may read of each interview or candidate, oldest first. */
const scorecardsBy = (key: ScorecardKey, keyOf: (row: ScorecardRow) => string) =>
  defineLoader<string, Scorecard[]>((ctx) => async (ids) => {
    const rows = await scorecardsOf(await ctx.manager(), ctx.principal, key, ids);
    return ids.map((id) => rows.filter((r) => keyOf(r) === id).map(toScorecard));
  });
const SCORECARDS_OF_INTERVIEW = scorecardsBy('interview', (r) => r.interview_id);
const SCORECARDS_OF_CANDIDATE = scorecardsBy('candidate', (r) => r.candidate_id);
