import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  isUniqueViolation,
  NotFoundError,
} from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import type {
  CreateCategoryInput,
  MoveCategoryInput,
  UpdateCategoryInput,
} from './dto/taxonomy.inputs.js';
import { CategoryEntity } from './entities/category.entity.js';
import type { Category } from './models/taxonomy.models.js';
import { isAncestorOrSelf } from './category.repository.js';
import { slugify } from './slug.js';

export function toCategory(row: CategoryEntity): Category {
  return {
    id: row.id,
    parentId: row.parentId,
    slug: row.slug,
    name: row.name,
    description: row.description,
    archived: row.archivedAt !== null,
    children: [],
  };
}

@Injectable()
export class CategoryService {
  /** The whole tree from one query: roots with their children nested, by name. */
  async tree(ctx: RequestContext, includeArchived: boolean): Promise<Category[]> {
    const em = await ctx.manager();
    const rows = await em.find(CategoryEntity, { order: { name: 'ASC', id: 'ASC' } });
    const nodes = new Map(rows.map((r) => [r.id, toCategory(r)]));
    const roots: Category[] = [];
    for (const node of nodes.values()) {
      if (node.archived && !includeArchived) continue;
      const parent = node.parentId ? nodes.get(node.parentId) : undefined;
      if (parent) parent.children.push(node);
      else roots.push(node);
    }
    return roots;
  }

  async get(ctx: RequestContext, id: string): Promise<Category> {
    const em = await ctx.manager();
    return toCategory(await this.find(em, id));
  }

  private async find(em: EntityManager, id: string, path?: string): Promise<CategoryEntity> {
    const row = await em.findOneBy(CategoryEntity, { id });
    if (row) return row;
    if (path) throw new BadInputError([{ path, message: 'is not a category of this tenant' }]);
    throw new NotFoundError('Category');
  }

  async create(ctx: RequestContext, input: CreateCategoryInput): Promise<Category> {
    return this.unique(() =>
      ctx.write(async (em) => {
        if (input.parentId) {
          const parent = await this.find(em, input.parentId, 'input.parentId');
          if (parent.archivedAt) {
            throw new BadInputError([{ path: 'input.parentId', message: 'is archived' }]);
          }
        }
        const row = await em.save(
          em.create(CategoryEntity, {
            tenantId: ctx.tenantId,
            parentId: input.parentId ?? null,
            slug: input.slug ?? slugify(input.name),
            name: input.name,
            description: input.description ?? '',
          }),
        );
        return toCategory(row);
      }),
    );
  }

  async update(ctx: RequestContext, input: UpdateCategoryInput): Promise<Category> {
    return this.unique(() =>
      ctx.write(async (em) => {
        const row = await this.find(em, input.id);
        if (input.name !== undefined) row.name = input.name;
        if (input.slug !== undefined) row.slug = input.slug;
        if (input.description !== undefined) row.description = input.description;
        return toCategory(await em.save(row));
      }),
    );
  }

  /** Moves a category under another; a move under itself or its own subtree is refused. */
  async move(ctx: RequestContext, input: MoveCategoryInput): Promise<Category> {
    return this.unique(() =>
      ctx.write(async (em) => {
        const row = await this.find(em, input.id);
        const parentId = input.parentId ?? null;
        if (parentId) {
          await this.find(em, parentId, 'input.parentId');
          if (await isAncestorOrSelf(em, row.id, parentId)) {
            throw new BadInputError([
              { path: 'input.parentId', message: 'would put the category inside itself' },
            ]);
          }
        }
        row.parentId = parentId;
        return toCategory(await em.save(row));
      }),
    );
  }

  /** Archived categories stay readable and keep their questions; they take no new ones. */
  async archive(ctx: RequestContext, id: string): Promise<Category> {
    return ctx.write(async (em) => {
      const row = await this.find(em, id);
      row.archivedAt ??= new Date();
      return toCategory(await em.save(row));
    });
  }

  private async unique<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError('A sibling category already has this slug.', {
          path: 'input.slug',
        });
      }
      throw error;
    }
  }
}
