import { Injectable } from '@nestjs/common';
import { ConflictError, isUniqueViolation, NotFoundError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import type { CreateCompetencyInput, UpdateCompetencyInput } from './dto/taxonomy.inputs.js';
import { CompetencyEntity } from './entities/competency.entity.js';
import type { Competency } from './models/taxonomy.models.js';
import { slugify } from './slug.js';

export function toCompetency(row: CompetencyEntity): Competency {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    description: row.description,
    archived: row.archivedAt !== null,
  };
}

@Injectable()
export class CompetencyService {
  async list(ctx: RequestContext, includeArchived: boolean): Promise<Competency[]> {
    const em = await ctx.manager();
    const rows = await em.find(CompetencyEntity, { order: { name: 'ASC', id: 'ASC' } });
    return rows.filter((r) => includeArchived || !r.archivedAt).map(toCompetency);
  }

  /** Batch look-up for DataLoaders: results in the order of `ids`. */
  async byIds(ctx: RequestContext, ids: readonly string[]): Promise<(Competency | Error)[]> {
    const em = await ctx.manager();
    const rows = await em.findBy(
      CompetencyEntity,
      ids.map((id) => ({ id })),
    );
    const byId = new Map(rows.map((r) => [r.id, toCompetency(r)]));
    return ids.map((id) => byId.get(id) ?? new NotFoundError('Competency'));
  }

  async create(ctx: RequestContext, input: CreateCompetencyInput): Promise<Competency> {
    try {
      return await ctx.write(async (em) =>
        toCompetency(
          await em.save(
            em.create(CompetencyEntity, {
              tenantId: ctx.tenantId,
              key: input.key ?? slugify(input.name),
              name: input.name,
              description: input.description ?? '',
            }),
          ),
        ),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError('A competency with this key exists.', { path: 'input.key' });
      }
      throw error;
    }
  }

  async update(ctx: RequestContext, input: UpdateCompetencyInput): Promise<Competency> {
    return ctx.write(async (em) => {
      const row = await em.findOneBy(CompetencyEntity, { id: input.id });
      if (!row) throw new NotFoundError('Competency');
      if (input.name !== undefined) row.name = input.name;
      if (input.description !== undefined) row.description = input.description;
      return toCompetency(await em.save(row));
    });
  }

  async archive(ctx: RequestContext, id: string): Promise<Competency> {
    return ctx.write(async (em) => {
      const row = await em.findOneBy(CompetencyEntity, { id });
      if (!row) throw new NotFoundError('Competency');
      row.archivedAt ??= new Date();
      return toCompetency(await em.save(row));
    });
  }
}
