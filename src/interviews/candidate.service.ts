import { Injectable } from '@nestjs/common';
import { ConflictError, conflictOnUnique, NotFoundError } from '../common/errors.js';
import {
  cappedCount,
  decodeCursor,
  syncAfter,
  syncWhere,
  toPage,
  type Page,
} from '../common/pagination.js';
import { defineLoader, type Principal, type RequestContext } from '../common/request-context.js';
import { requireAllowed, Permission } from '../access/access.js';
import { candidateReadableSql, seesEverything } from '../access/access.sql.js';
import { SqlParams } from '../common/sql.js';
import type {
  CandidatesArgs,
  CreateCandidateInput,
  UpdateCandidateInput,
} from './dto/interview.inputs.js';
import { CandidateEntity } from './entities/candidate.entity.js';
import type { Candidate } from './models/interview.models.js';

interface CandidateRow {
  id: string;
  name: string;
  email: string | null;
  ats_external_id: string | null;
  anonymized_at: Date | null;
  created_at: Date;
  updated_at: Date;
  created_key: string;
  change_key: string;
  readable: boolean;
}

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

const COLUMNS = `c.id, c.name, c.email, c.ats_external_id, c.anonymized_at, c.created_at,
                 c.updated_at, c.created_at::text AS created_key`;

/** Candidates: admins and recruiters see all; others only those they interview or manage. */
@Injectable()
export class CandidateService {
  async list(ctx: RequestContext, args: CandidatesArgs): Promise<Page<Candidate>> {
    const em = await ctx.manager();
    const p = new SqlParams();
    const where = [candidateReadableSql('c', ctx.principal, p)];
    if (args.search) {
      const pattern = p.addContains(args.search);
      where.push(`(c.name ILIKE ${pattern} OR c.email ILIKE ${pattern})`);
    }
    const sync = args.updatedSince !== undefined;
    if (sync) where.push(...syncWhere('c', args.updatedSince!, (v) => p.add(v)));
    const filter = where.join(' AND ');
    const countParams = [...p.values];
    if (args.after && sync) {
      where.push(syncAfter('c', args.after, (v) => p.add(v)));
    } else if (args.after) {
      const after = decodeCursor(args.after, 'after', 'time');
      where.push(
        `(c.created_at, c.id) > (${p.add(after.key)}::timestamptz, ${p.add(after.id)}::uuid)`,
      );
    }
    const rows = await em.query<CandidateRow[]>(
      `SELECT ${COLUMNS}, c.change_seq::text AS change_key FROM candidates c
        WHERE ${where.join(' AND ')}
        ORDER BY ${sync ? 'c.change_seq, c.id' : 'c.created_at, c.id'} LIMIT ${args.first + 1}`,
      p.values,
    );
    const count = () => cappedCount(em, `FROM candidates c WHERE ${filter}`, countParams);
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
    const em = await ctx.manager();
    const p = new SqlParams();
    const idsParam = p.add(ids);
    return em.query<CandidateRow[]>(
      `SELECT ${COLUMNS}, ${candidateReadableSql('c', ctx.principal, p)} AS readable
         FROM candidates c WHERE c.id = ANY(${idsParam}::uuid[])`,
      p.values,
    );
  }
}
