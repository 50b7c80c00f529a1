import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { NotFoundError } from '../common/errors.js';
import {
  cappedCounts,
  keysetPage,
  nestedPages,
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
import { anchorsOf, VERSION_JSON, versionOf, type VersionJson } from './question-rows.js';
import type { ScaleLevel } from './entities/rating-scale.entity.js';

/** A criterion with its competency and the levels of its version's scale. */
interface CriterionRow {
  id: string;
  question_version_id: string;
  title: string;
  description: string;
  weight: string;
  anchors: string[];
  competency_id: string;
  key: string;
  name: string;
  competency_description: string;
  archived: boolean;
  levels: ScaleLevel[];
}

function inOrder<T extends { id: string }>(ids: readonly string[], rows: T[], what: string) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? new NotFoundError(what));
}

function grouped<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

const CATEGORY = defineLoader<string, Category>((ctx) => async (ids) => {
  const em = await ctx.manager();
  const rows = await em.findBy(CategoryEntity, { id: In([...ids]) });
  return inOrder(ids, rows.map(toCategory), 'Category');
});

const VERSION = defineLoader<string, QuestionVersion>((ctx) => async (ids) => {
  const em = await ctx.manager();
  const rows: { version: VersionJson }[] = await em.query(
    `SELECT ${VERSION_JSON} AS version FROM question_versions v WHERE v.id = ANY($1::uuid[])`,
    [ids],
  );
  return inOrder(
    ids,
    rows.map((r) => versionOf(r.version)),
    'Question version',
  );
});

const VERSION_COUNT = defineLoader<string, number>(
  (ctx) => async (ids) =>
    cappedCounts(
      await ctx.manager(),
      ids,
      (parent) => `FROM question_versions v WHERE v.question_id = ${parent}`,
    ),
);

/**
 * A page of versions (newest first) for each question of a level, in one statement; their
 * counts, when selected, in one more.
 */
const VERSIONS_OF_QUESTION = defineLoader<string, Page<QuestionVersion>, PageDirection>(
  (ctx, dir) => {
    const page = keysetPage(dir, 'v.number', 'v.id', 'int', 'DESC');
    return async (ids) => {
      const em = await ctx.manager();
      return nestedPages<{ id: string; number: number; version: VersionJson }, QuestionVersion>(
        em,
        ids,
        page,
        (parent, condition) =>
          `SELECT v.id, v.number, ${VERSION_JSON} AS version FROM question_versions v
            WHERE v.question_id = ${parent} AND ${condition}`,
        {
          node: (r) => versionOf(r.version),
          cursorOf: (r) => ({ key: String(r.number), id: r.id }),
          count: (id) => ctx.loader(VERSION_COUNT).load(id),
        },
      );
    };
  },
);

/**
 * Criteria of many versions in one statement, whole: each with its competency and its
 * anchors labelled by the scale its version was written on.
 */
const CRITERIA_OF_VERSION = defineLoader<string, RubricCriterion[]>((ctx) => async (ids) => {
  const em = await ctx.manager();
  const rows: CriterionRow[] = await em.query(
    `SELECT c.id, c.question_version_id, c.title, c.description, c.weight, c.anchors,
            k.id AS competency_id, k.key, k.name, k.description AS competency_description,
            k.archived_at IS NOT NULL AS archived, r.levels
       FROM rubric_criteria c
       JOIN question_versions v ON v.tenant_id = c.tenant_id AND v.id = c.question_version_id
       JOIN rating_scales r ON r.tenant_id = v.tenant_id AND r.id = v.scale_id
       JOIN competencies k ON k.tenant_id = c.tenant_id AND k.id = c.competency_id
      WHERE c.question_version_id = ANY($1::uuid[]) ORDER BY c.position`,
    [ids],
  );
  const criteria = rows.map((c) => ({
    versionId: c.question_version_id,
    id: c.id,
    title: c.title,
    description: c.description,
    weight: Number(c.weight),
    competency: {
      id: c.competency_id,
      key: c.key,
      name: c.name,
      description: c.competency_description,
      archived: c.archived,
    },
    anchors: anchorsOf(c.anchors, c.levels),
  }));
  return grouped(ids, criteria, (c) => c.versionId);
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
    return ctx.loader(VERSIONS_OF_QUESTION, pageDirection(args, 'integer'));
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
