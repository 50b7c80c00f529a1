import { Injectable } from '@nestjs/common';
import {
  BadInputError,
  ConflictError,
  conflictOnUnique,
  NotFoundError,
} from '../../common/errors.js';
import { toPage, type Page } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { CandidateService } from '../../interviews/candidate.service.js';
import { InterviewService } from '../../interviews/interview.service.js';
import type { Candidate } from '../../interviews/models/interview.models.js';
import { TombstoneKind } from '../entities/tombstone.entity.js';
import { WebhookEventType } from '../webhooks/webhook-event-type.js';
import { WebhookOutbox } from '../webhooks/webhook-outbox.service.js';
import type {
  Tombstone,
  TombstonesArgs,
  UpsertCandidateInput,
  UpsertCandidatePayload,
  UpsertInterviewInput,
  UpsertInterviewPayload,
} from './ats.models.js';
import {
  candidateByAtsId,
  eraseCandidate,
  listTombstones,
  lockAtsId,
  lockCandidateForErasure,
  setLoopJob,
} from './ats.repository.js';

/**
 * What an applicant tracking system needs: writes keyed by its own ids (safe to repeat),
 * candidate erasure, and the tombstones of the sync feeds.
 */
@Injectable()
export class AtsService {
  constructor(
    private readonly candidates: CandidateService,
    private readonly interviews: InterviewService,
    private readonly outbox: WebhookOutbox,
  ) {}

  async upsertCandidate(
    ctx: RequestContext,
    input: UpsertCandidateInput,
  ): Promise<UpsertCandidatePayload> {
    return ctx.write(async (em) => {
      await lockAtsId(em, 'candidate', input.atsExternalId);
      const existing = await candidateByAtsId(em, input.atsExternalId);
      if (existing?.anonymized_at) {
        throw new ConflictError('This candidate was anonymised; their data cannot be set again.', {
          path: 'input.atsExternalId',
        });
      }
      const candidate = existing
        ? await this.candidates.update(ctx, {
            id: existing.id,
            name: input.name,
            ...(input.email !== undefined && { email: input.email as string }),
          })
        : await this.candidates.create(ctx, {
            name: input.name,
            email: input.email ?? undefined,
            atsExternalId: input.atsExternalId,
          });
      return { candidate, created: !existing };
    });
  }

  async upsertInterview(
    ctx: RequestContext,
    input: UpsertInterviewInput,
  ): Promise<UpsertInterviewPayload> {
    if ((input.candidateId === undefined) === (input.candidateAtsId === undefined)) {
      throw new BadInputError([
        {
          path: 'input.candidateId',
          message: 'give exactly one of candidateId and candidateAtsId',
        },
      ]);
    }
    return this.interviews.upsert(ctx, input);
  }

  async linkLoopToJob(ctx: RequestContext, loopId: string, atsJobId: string | null) {
    return conflictOnUnique(
      () =>
        ctx.write(async (em) => {
          const id = await setLoopJob(em, loopId, atsJobId);
          if (!id) throw new NotFoundError('Loop');
          return id;
        }),
      'Another loop has this ATS job id.',
      'atsJobId',
    );
  }

  /**
   * Erases a candidate's personal data for good: name, e-mail and the free text of their
   * scorecards (drafts and every revision). Scores, recommendations and aggregates stay. The
   * sync feeds get a tombstone; the audit event names fields only.
   */
  async anonymizeCandidate(ctx: RequestContext, id: string): Promise<Candidate> {
    await ctx.write(async (em) => {
      const row = await lockCandidateForErasure(em, id);
      if (!row) throw new NotFoundError('Candidate');
      if (row.anonymized_at) throw new ConflictError('The candidate is already anonymised.');
      // Stored answers of idempotent requests that showed this candidate go too (see eraseCandidate).
      await eraseCandidate(
        em,
        ctx.tenantId,
        { id, email: row.email, name: row.name },
        TombstoneKind.ANONYMIZED,
      );
      await this.outbox.emit(em, ctx.tenantId, WebhookEventType.CANDIDATE_ANONYMIZED, {
        candidateId: id,
        atsExternalId: row.ats_external_id,
      });
    });
    return this.candidates.get(ctx, id);
  }

  async tombstones(ctx: RequestContext, args: TombstonesArgs): Promise<Page<Tombstone>> {
    const em = await ctx.manager();
    const { rows, count } = await listTombstones(em, args);
    return toPage(rows, args.first, count, (t) => ({ key: t.key, id: t.id }));
  }
}
