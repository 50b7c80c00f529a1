import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { NotFoundError } from '../common/errors.js';
import { nestedPages, type NestedList } from '../common/nested-pages.js';
import { keysetPage, pageDirection, type Page, type TwoWayPageArgs } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
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
import {
  criteriaOf,
  RUBRIC_JSON,
  type RubricJson,
  VERSION_JSON,
  versionOf,
  type VersionJson,
} from './question-rows.js';

const VERSIONS_OF_QUESTION: NestedList = {
  name: 'versionsOfQuestion',
  columns: `v.id, v.number, ${VERSION_JSON} AS version`,
  from: (question) => `FROM question_versions v WHERE v.question_id = ${question}`,
};

function inOrder<T extends { id: string }>(ids: readonly string[], rows: T[], what: string) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? new NotFoundError(what));
}

/** Per-request DataLoaders for the taxonomy's relation fields: one statement per level. */
@Injectable()
export class TaxonomyLoaders {
  constructor(private readonly competencies: CompetencyService) {}

  category(ctx: RequestContext) {
    return ctx.loader<string, Category>('category', async (ids) => {
      const em = await ctx.manager();
      const rows = await em.findBy(CategoryEntity, { id: In([...ids]) });
      return inOrder(ids, rows.map(toCategory), 'Category') as Category[];
    });
  }

  version(ctx: RequestContext) {
    return ctx.loader<string, QuestionVersion>('version', async (ids) => {
      const em = await ctx.manager();
      const rows: { version: VersionJson }[] = await em.query(
        `SELECT ${VERSION_JSON} AS version FROM question_versions v WHERE v.id = ANY($1::uuid[])`,
        [ids],
      );
      return inOrder(
        ids,
        rows.map((r) => versionOf(r.version)),
        'Question version',
      ) as QuestionVersion[];
    });
  }

  /**
   * A page of versions (newest first) for each question of a level, in one statement; their
   * counts, when selected, in one more.
   */
  versionsOfQuestion(ctx: RequestContext, args: TwoWayPageArgs) {
    const dir = pageDirection(args, 'integer');
    const page = keysetPage(dir, 'v.number', 'v.id', 'int', 'DESC');
    return ctx.loader<string, Page<QuestionVersion>>(
      `versionsOfQuestion:${JSON.stringify(dir)}`,
      (ids) =>
        nestedPages<{ id: string; number: number; version: VersionJson }, QuestionVersion>(
          ctx,
          ids,
          page,
          VERSIONS_OF_QUESTION,
          {
            node: (r) => versionOf(r.version),
            cursorOf: (r) => ({ key: String(r.number), id: r.id }),
          },
        ),
    );
  }

  /**
   * Criteria of many versions in one statement, whole: each with its competency and its
   * anchors labelled by the scale its version was written on. A question page that selects the
   * rubric reads it in its own statement instead (QuestionService.list).
   */
  criteriaOfVersion(ctx: RequestContext) {
    return ctx.loader<string, RubricCriterion[]>('criteriaOfVersion', async (ids) => {
      const em = await ctx.manager();
      const rows: { id: string; rubric: RubricJson }[] = await em.query(
        `SELECT v.id, ${RUBRIC_JSON} AS rubric FROM question_versions v WHERE v.id = ANY($1::uuid[])`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.id, criteriaOf(r.rubric)]));
      return ids.map((id) => byId.get(id) ?? []);
    });
  }

  scale(ctx: RequestContext) {
    return ctx.loader<string, RatingScale>('scale', async (ids) => {
      const em = await ctx.manager();
      const rows = await em.findBy(RatingScaleEntity, { id: In([...ids]) });
      return inOrder(ids, rows, 'Rating scale') as RatingScale[];
    });
  }

  competency(ctx: RequestContext) {
    return ctx.loader<string, Competency>(
      'competency',
      (ids) => this.competencies.byIds(ctx, ids) as Promise<Competency[]>,
    );
  }

  user(ctx: RequestContext) {
    return ctx.loader<string, User>('user', async (ids) => {
      const em = await ctx.manager();
      const rows = await em.findBy(UserEntity, { id: In([...ids]) });
      return inOrder(ids, rows, 'User') as User[];
    });
  }
}
