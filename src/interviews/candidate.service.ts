import { Injectable } from '@nestjs/common';
import { ConflictError, conflictOnUnique, NotFoundError } from '../common/errors.js';
import { toPage, type Page } from '../common/pagination.js';
import { defineLoader, type Principal, type RequestContext } from '../common/request-context.js';
import { requireAllowed, Permission } from '../access/access.js';
import { seesEverything } from '../access/access.sql.js';
import { listCandidates, loadCandidates, type CandidateRow } from './candidate.repository.js';
import type {
  CandidatesArgs,
  CreateCandidateInput,
  UpdateCandidateInput,
} from './dto/interview.inputs.js';
import { CandidateEntity } from './entities/candidate.entity.js';
import type { Candidate } from './models/interview.models.js';

/** The e-mail is personal data that only admins and recruiters need. */
const toCandidate = (r: CandidateRow, principal: Principal): Candidate => ({
  id: r.id,
  name: r.name,
  email: seesEverything(principal) ? r.email : null,
  atsExternalId: r.ats_external_id,
  anonymizedAt: r.anonymized_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Candidates: admins and recruiters see all; others only those they interview or manage. */
@Injectable()
export class CandidateService {
  async list(ctx: RequestContext, args: CandidatesArgs): Promise<Page<Candidate>> {
    const sync = args.updatedSince !== undefined;
    const { rows, count } = await listCandidates(await ctx.manager(), ctx.principal, args);
    const keys = new Map(rows.map((r) => [r.id, sync ? r.change_key : r.created_key]));
    return toPage(
      rows.map((r) => toCandidate(r, ctx.principal)),
      args.first,
      count,
      (c) => ({ key: keys.get(c.id)!, id: c.id }),
    );
  }

  async get(ctx: RequestContext, id: string): Promise<Candidate> {
    const [row] = await this.load(ctx, [id]);
    requireAllowed(Permission.CANDIDATE_READ, ctx.principal, row, (r) => r.readable);
    return toCandidate(row, ctx.principal);
  }

  /** Batched by id for nested fields; unreadable candidates come back as null. */
  loader(ctx: RequestContext) {
    return ctx.loader(this.byId);
  }

  private readonly byId = defineLoader<string, Candidate | null>((ctx) => async (ids) => {
    const rows = await this.load(ctx, ids);
    return ids.map((id) => {
      const row = rows.find((r) => r.id === id);
      return row?.readable ? toCandidate(row, ctx.principal) : null;
    });
  });

  async create(ctx: RequestContext, input: CreateCandidateInput): Promise<Candidate> {
    return conflictOnUnique(
      () =>
        ctx.write(async (em) => {
          const row = await em.save(
            em.create(CandidateEntity, {
              tenantId: ctx.tenantId,
              name: input.name,
              email: input.email ?? null,
              atsExternalId: input.atsExternalId ?? null,
            }),
          );
          return { ...row };
        }),
      'Another candidate has this ATS id.',
      'input.atsExternalId',
    );
  }

  async update(ctx: RequestContext, input: UpdateCandidateInput): Promise<Candidate> {
    return conflictOnUnique(
      () =>
        ctx.write(async (em) => {
          const row = await em.findOne(CandidateEntity, {
            where: { id: input.id },
            lock: { mode: 'pessimistic_write' },
          });
          if (!row) throw new NotFoundError('Candidate');
          if (row.anonymizedAt) {
            throw new ConflictError('The candidate is anonymised; their data cannot be set again.');
          }
          if (input.name !== undefined) row.name = input.name;
          if (input.email !== undefined) row.email = input.email;
          if (input.atsExternalId !== undefined) row.atsExternalId = input.atsExternalId;
          return { ...(await em.save(row)) };
        }),
      'Another candidate has this ATS id.',
      'input.atsExternalId',
    );
  }

  private async load(ctx: RequestContext, ids: readonly string[]): Promise<CandidateRow[]> {
    return loadCandidates(await ctx.manager(), ctx.principal, ids);
  }
}
