import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { NotFoundError } from '../common/errors.js';
import { nestedPages } from '../common/nested-pages.js';
import {
  keysetPage,
  pageDirection,
  type Page,
  type PageDirection,
  type TwoWayPageArgs,
} from '../common/pagination.js';
import { defineLoader, type RequestContext } from '../common/request-context.js';
import { UserEntity } from '../tenancy/entities/user.entity.js';
import type { User } from '../tenancy/models/tenancy.models.js';
import { toCategory } from './category.service.js';
import { CompetencyService } from './competency.service.js';
import { CategoryEntity } from './entities/category.entity.js';
import { RatingScaleEntity } from './entities/rating-scale.entity.js';
import type {
  Category,
  Competency,
  QuestionVersion,
  RatingScale,
  RubricCriterion,
} from './models/taxonomy.models.js';
import { criteriaOf, versionOf } from './question-rows.js';
import {
  rubricsOf,
  versionsByIds,
  VERSIONS_OF_QUESTION,
  type VersionJson,
} from './question.repository.js';

function inOrder<T extends { id: string }>(ids: readonly string[], rows: T[], what: string) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? new NotFoundError(what));
}

const CATEGORY = defineLoader<string, Category>((ctx) => async (ids) => {
  const em = await ctx.manager();
  const rows = await em.findBy(CategoryEntity, { id: In([...ids]) });
  return inOrder(ids, rows.map(toCategory), 'Category');
});

const VERSION = defineLoader<string, QuestionVersion>((ctx) => async (ids) => {
  const rows = await versionsByIds(await ctx.manager(), ids);
  return inOrder(
    ids,
    rows.map((r) => versionOf(r.version)),
    'Question version',
  );
});

/**
 * A page of versions (newest first) for each question of a level, in one statement; their
 * counts, when selected, in one more.
 */
const VERSION_PAGES = defineLoader<string, Page<QuestionVersion>, PageDirection>((ctx, dir) => {
  const page = keysetPage(dir, 'v.number', 'v.id', 'int', 'DESC');
  return (ids) =>
    nestedPages<{ id: string; number: number; version: VersionJson }, QuestionVersion>(
      ctx,
      ids,
      page,
      VERSIONS_OF_QUESTION,
      {
        node: (r) => versionOf(r.version),
        cursorOf: (r) => ({ key: String(r.number), id: r.id }),
      },
    );
});

/**
 * Criteria of many versions in one statement, whole: each with its competency and its
 * anchors labelled by the scale its version was written on. A question page that selects the
 * rubric reads it in its own statement instead (QuestionService.list).
 */
const CRITERIA_OF_VERSION = defineLoader<string, RubricCriterion[]>((ctx) => async (ids) => {
  const rows = await rubricsOf(await ctx.manager(), ids);
  const byId = new Map(rows.map((r) => [r.id, criteriaOf(r.rubric)]));
  return ids.map((id) => byId.get(id) ?? []);
});

const SCALE = defineLoader<string, RatingScale>((ctx) => async (ids) => {
  const em = await ctx.manager();
  const rows = await em.findBy(RatingScaleEntity, { id: In([...ids]) });
  return inOrder(ids, rows, 'Rating scale');
});

const USER = defineLoader<string, User>((ctx) => async (ids) => {
  const em = await ctx.manager();
  const rows = await em.findBy(UserEntity, { id: In([...ids]) });
  return inOrder(ids, rows, 'User');
});

/** Per-request DataLoaders for the taxonomy's relation fields: one statement per level. */
@Injectable()
export class TaxonomyLoaders {
  constructor(private readonly competencies: CompetencyService) {}

  private readonly competencyDef = defineLoader<string, Competency>(
    (ctx) => (ids) => this.competencies.byIds(ctx, ids) as Promise<Competency[]>,
  );

  category(ctx: RequestContext) {
    return ctx.loader(CATEGORY);
  }

  version(ctx: RequestContext) {
    return ctx.loader(VERSION);
  }

  versionsOfQuestion(ctx: RequestContext, args: TwoWayPageArgs) {
    return ctx.loader(VERSION_PAGES, pageDirection(args, 'integer'));
  }

  criteriaOfVersion(ctx: RequestContext) {
    return ctx.loader(CRITERIA_OF_VERSION);
  }

  scale(ctx: RequestContext) {
    return ctx.loader(SCALE);
  }

  competency(ctx: RequestContext) {
    return ctx.loader(this.competencyDef);
  }

  user(ctx: RequestContext) {
    return ctx.loader(USER);
  }
}
