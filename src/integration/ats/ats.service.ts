import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  conflictOnUnique,
  NotFoundError,
} from '../../common/errors.js';
import { cappedCount, syncAfter, syncWhere, toPage, type Page } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { SqlParams } from '../../common/sql.js';
import { CandidateService } from '../../interviews/candidate.service.js';
import { InterviewService } from '../../interviews/interview.service.js';
import type { Candidate } from '../../interviews/models/interview.models.js';
import type { InterviewLoop } from '../../loops/models/loop.models.js';
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

/** Serialises writes that share one ATS id, for the rest of the transaction. */
const lockAtsId = (em: EntityManager, kind: string, atsId: string) =>
  em.query(`SELECT pg_advisory_xact_lock(hashtext(current_setting('app.tenant_id') || $1))`, [
    `:${kind}:${atsId}`,
  ]);

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
      const [existing] = await em.query(
        `SELECT id, anonymized_at FROM candidates WHERE ats_external_id = $1`,
        [input.atsExternalId],
      );
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
          const [rows]: [InterviewLoop[], number] = await em.query(
            `UPDATE interview_loops SET ats_job_id = $2, updated_at = now() WHERE id = $1
             RETURNING id`,
            [loopId, atsJobId],
          );
          if (!rows.length) throw new NotFoundError('Loop');
          return rows[0].id;
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
      const [row] = await em.query(
        `SELECT anonymized_at, ats_external_id, name, email FROM candidates WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) throw new NotFoundError('Candidate');
      if (row.anonymized_at) throw new ConflictError('The candidate is already anonymised.');
      await em.query(
        `UPDATE candidates SET name = '', email = NULL, anonymized_at = now() WHERE id = $1`,
        [id],
      );
      await em.query(
        `UPDATE scorecards SET draft = draft - 'summary' - 'notes' WHERE candidate_id = $1`,
        [id],
      );
      await em.query(`SELECT ik_erase_scorecard_text($1)`, [id]);
      await em.query(`UPDATE interviews SET cancel_reason = NULL WHERE candidate_id = $1`, [id]);
      // Stored answers of idempotent requests that showed this candidate go too.
      await em.query(
        `DELETE FROM idempotency_keys
          WHERE response_body LIKE '%' || $1 || '%'
             OR ($2::text IS NOT NULL AND response_body ILIKE '%' || $2 || '%')
             OR ($3::text <> '' AND response_body ILIKE '%' || $3 || '%')`,
        [id, row.email, row.name],
      );
      await em.query(
        `INSERT INTO sync_tombstones (tenant_id, entity, entity_id, kind) VALUES ($1, 'candidate', $2, $3)`,
        [ctx.tenantId, id, TombstoneKind.ANONYMIZED],
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
    const p = new SqlParams();
    const add = (v: unknown) => p.add(v);
    const where = syncWhere('t', args.updatedSince, add, 'occurred_at');
    if (args.entity) where.push(`t.entity = ${p.add(args.entity)}`);
    const filter = where.join(' AND ');
    const countParams = [...p.values];
    if (args.after) where.push(syncAfter('t', args.after, add));
    const rows: (Tombstone & { key: string })[] = await em.query(
      `SELECT t.id, t.entity, t.entity_id AS "entityId", t.kind, t.occurred_at AS "occurredAt",
              t.change_seq::text AS key
         FROM sync_tombstones t WHERE ${where.join(' AND ')}
        ORDER BY t.change_seq, t.id LIMIT ${args.first + 1}`,
      p.values,
    );
    const count = () => cappedCount(em, `FROM sync_tombstones t WHERE ${filter}`, countParams);
    return toPage(rows, args.first, count, (t) => ({ key: t.key, id: t.id }));
  }
}
