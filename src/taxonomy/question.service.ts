import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadInputError, NotFoundError } from '../common/errors.js';
import {
  cappedCount,
  COUNT_CAP,
  decodeCursor,
  encodeCursor,
  forwardPageInfo,
  withTotalCount,
} from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import type { QuestionsArgs } from './dto/question.inputs.js';
import type { SetRubricInput } from './dto/question.inputs.js';
import type { UpdateQuestionInput } from './dto/question.inputs.js';
import type { CreateQuestionInput } from './dto/question.inputs.js';
import type { RubricCriterionInput } from './dto/question.inputs.js';
import { CategoryEntity } from './entities/category.entity.js';
import { CompetencyEntity } from './entities/competency.entity.js';
import { QuestionVersionEntity } from './entities/question-version.entity.js';
import { QuestionEntity } from './entities/question.entity.js';
import { RatingScaleEntity } from './entities/rating-scale.entity.js';
import { QuestionStatus, QuestionType, VersionSource } from './entities/taxonomy.enums.js';
import type {
  FieldChange,
  Question,
  QuestionConnection,
  QuestionVersion,
} from './models/taxonomy.models.js';
import {
  CONTENT_FIELDS,
  type CriterionData,
  pickContent,
  QuestionWriter,
  type VersionContent,
} from './question-writer.js';
import { checkContent, UNRATED } from './question-rules.js';
import { RatingScaleService } from './rating-scale.service.js';

export function toQuestion(row: QuestionEntity): Question {
  return {
    id: row.id,
    categoryId: row.categoryId,
    type: row.type,
    seniority: row.seniority,
    tags: row.tags,
    estimatedMinutes: row.estimatedMinutes,
    status: row.status,
    currentVersionId: row.currentVersionId!,
    packKey: row.packName && row.packKey ? `${row.packName}/${row.packKey}` : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toVersion(row: QuestionVersionEntity): QuestionVersion {
  return {
    ...pickContent(row),
    id: row.id,
    questionId: row.questionId,
    number: row.number,
    type: row.type,
    source: row.source,
    createdAt: row.createdAt,
    scaleId: row.scaleId,
    authorId: row.authorId,
  };
}

interface ListRow {
  id: string;
  sort_key: string;
  rank: number | null;
  highlight: string | null;
}

/** The ids of a category and of every category below it, as an array (read under RLS). */
const categoryTree = (id: string) => `ARRAY(WITH RECURSIVE down(id) AS (
  SELECT id FROM categories WHERE id = ${id}
  UNION ALL SELECT c.id FROM categories c JOIN down ON c.parent_id = down.id)
  SELECT id FROM down)`;

const HEADLINE =
  'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "';

@Injectable()
export class QuestionService {
  constructor(
    private readonly writer: QuestionWriter,
    private readonly scales: RatingScaleService,
  ) {}

  /**
   * One statement for the page and, only when `totalCount` is selected, one for the count
   * (capped at COUNT_CAP + 1), whatever the filters. With `search`,
   * ranked by relevance; otherwise oldest first. Keyset cursors, no OFFSET.
   */
  async list(ctx: RequestContext, args: QuestionsArgs): Promise<QuestionConnection> {
    const search = args.search?.trim();
    return search ? this.search(ctx, args, search) : this.browse(ctx, args);
  }

  private async browse(ctx: RequestContext, args: QuestionsArgs): Promise<QuestionConnection> {
    const em = await ctx.manager();
    const params: unknown[] = [ctx.tenantId];
    const p = (value: unknown) => `$${params.push(value)}`;
    const where = ['q.tenant_id = $1'];
    if (args.categoryId) where.push(`q.category_id = ANY (${categoryTree(p(args.categoryId))})`);
    if (args.competencyId) {
      where.push(`EXISTS (SELECT 1 FROM rubric_criteria rc WHERE rc.tenant_id = q.tenant_id
        AND rc.question_version_id = q.current_version_id AND rc.competency_id = ${p(args.competencyId)})`);
    }
    if (args.type) where.push(`q.type = ${p(args.type)}`);
    if (args.seniority) where.push(`${p(args.seniority)}::seniority = ANY(q.seniority)`);
    if (args.tag) where.push(`${p(args.tag)} = ANY(q.tags)`);
    if (args.status) where.push(`q.status = ${p(args.status)}::question_status`);
    const filter = where.join(' AND ');
    const countParams = [...params];
    const after = args.after ? decodeCursor(args.after) : null;
    let page = filter;
    if (after) {
      page += ` AND (q.created_at, q.id) > (${p(after.key)}::timestamptz, ${p(after.id)}::uuid)`;
    }
    const rows: ListRow[] = await em.query(
      `SELECT q.id, q.created_at::text AS sort_key, NULL AS rank, NULL AS highlight
         FROM questions q JOIN question_versions v
           ON v.tenant_id = q.tenant_id AND v.id = q.current_version_id
        WHERE ${page} ORDER BY q.created_at, q.id LIMIT ${p(args.first + 1)}`,
      params,
    );
    const count = () => cappedCount(em, `FROM questions q WHERE ${filter}`, countParams);
    return this.toConnection(em, rows, args.first, count);
  }

  /**
   * Matching and ranking run in `ik_question_search` (migrations/…-SearchUnderRls.ts), which
   * reaches the `(tenant_id, search)` GIN index that RLS keeps `@@` away from; it answers only
   * ids and ranks of the transaction's tenant, at most one page. The rows and the highlights
   * are then read here, under RLS.
   */
  private async search(
    ctx: RequestContext,
    args: QuestionsArgs,
    search: string,
  ): Promise<QuestionConnection> {
    const em = await ctx.manager();
    const query = `websearch_to_tsquery('english', $1)`;
    /** The function's named arguments for the filters; values go to `params`. */
    const filtersOf = (params: unknown[]) => {
      const p = (value: unknown) => `$${params.push(value)}`;
      return [
        `query => ${query}`,
        ...(args.categoryId ? [`category_ids => ${categoryTree(p(args.categoryId))}`] : []),
        ...(args.competencyId ? [`competency => ${p(args.competencyId)}::uuid`] : []),
        ...(args.type ? [`question_type => ${p(args.type)}::text`] : []),
        ...(args.seniority ? [`level => ${p(args.seniority)}::text`] : []),
        ...(args.tag ? [`tag => ${p(args.tag)}::text`] : []),
        ...(args.status ? [`question_status => ${p(args.status)}::text`] : []),
      ].join(', ');
    };
    const params: unknown[] = [search, ctx.tenantId];
    const p = (value: unknown) => `$${params.push(value)}`;
    const filters = filtersOf(params);
    const after = args.after ? decodeCursor(args.after) : null;
    const keyset = after
      ? `, after_rank => ${p(Number(after.key))}::real, after_id => ${p(after.id)}::uuid`
      : '';
    const rows: ListRow[] = await em.query(
      `SELECT m.id, m.rank::text AS sort_key, m.rank,
              ts_headline('english', v.prompt || ' ' || v.purpose, ${query}, '${HEADLINE}') AS highlight
         FROM ik_question_search(${filters}${keyset}, lim => ${p(args.first + 1)}::int)
              WITH ORDINALITY AS m (id, rank, n)
         JOIN questions q ON q.tenant_id = $2 AND q.id = m.id
         JOIN question_versions v ON v.tenant_id = q.tenant_id AND v.id = q.current_version_id
        ORDER BY m.n`,
      params,
    );
    const countParams: unknown[] = [search];
    const count = () =>
      cappedCount(
        em,
        `FROM ik_question_search(${filtersOf(countParams)}, ranked => false, lim => ${COUNT_CAP + 1})`,
        countParams,
      );
    return this.toConnection(em, rows, args.first, count);
  }

  private async toConnection(
    em: EntityManager,
    rows: ListRow[],
    first: number,
    count: () => Promise<number>,
  ): Promise<QuestionConnection> {
    const pageRows = rows.slice(0, first);
    const entities = pageRows.length
      ? await em.findBy(
          QuestionEntity,
          pageRows.map((r) => ({ id: r.id })),
        )
      : [];
    const byId = new Map(entities.map((e) => [e.id, toQuestion(e)]));
    const edges = pageRows.map((r) => ({
      cursor: encodeCursor({ key: r.sort_key, id: r.id }),
      node: byId.get(r.id)!,
      rank: r.rank,
      highlight: r.highlight,
    }));
    return withTotalCount(
      {
        edges,
        pageInfo: forwardPageInfo(edges, rows.length > first),
      },
      count,
    );
  }

  async get(ctx: RequestContext, id: string): Promise<Question> {
    const em = await ctx.manager();
    return toQuestion(await this.find(em, id));
  }

  async getVersion(ctx: RequestContext, id: string): Promise<QuestionVersion> {
    const em = await ctx.manager();
    const row = await em.findOneBy(QuestionVersionEntity, { id });
    if (!row) throw new NotFoundError('Question version');
    return toVersion(row);
  }

  async create(ctx: RequestContext, input: CreateQuestionInput): Promise<Question> {
    return ctx.write(async (em) => {
      await this.assertCategory(em, input.categoryId, 'input.categoryId');
      const scale = await this.scales.current(em, ctx.tenantId);
      checkContent(input.content, input.seniority, scale, 'input.content');
      if (input.rubric && input.type === QuestionType.CANDIDATE_QUESTION) {
        throw new BadInputError([{ path: 'input.rubric', message: UNRATED }]);
      }
      const rubric = input.rubric ? await this.rubric(em, input.rubric, scale, 'input.rubric') : [];
      const question = await this.writer.create(
        em,
        ctx.tenantId,
        {
          categoryId: input.categoryId,
          type: input.type,
          seniority: [...new Set(input.seniority)],
          tags: [...new Set(input.tags)],
          estimatedMinutes: input.estimatedMinutes,
        },
        input.content,
        rubric,
        scale.id,
        { source: VersionSource.USER, authorId: ctx.principal.actingUserId },
      );
      return toQuestion(await this.find(em, question.id));
    });
  }

  /** Metadata changes in place; content changes append a version that keeps the rubric. */
  async update(ctx: RequestContext, input: UpdateQuestionInput): Promise<Question> {
    return ctx.write(async (em) => {
      const question = await this.find(em, input.id, true);
      const meta = input.metadata ?? {};
      if (meta.categoryId)
        await this.assertCategory(em, meta.categoryId, 'input.metadata.categoryId');
      const changes = {
        ...(meta.categoryId && { categoryId: meta.categoryId }),
        ...(meta.type && { type: meta.type }),
        ...(meta.seniority && { seniority: [...new Set(meta.seniority)] }),
        ...(meta.tags && { tags: [...new Set(meta.tags)] }),
        ...(meta.estimatedMinutes && { estimatedMinutes: meta.estimatedMinutes }),
      };
      if (changes.type && changes.type !== question.type) {
        Object.assign(changes, await this.typeChange(em, question, changes.type));
      }
      if (Object.keys(changes).length) {
        await em.update(QuestionEntity, { tenantId: ctx.tenantId, id: question.id }, changes);
        Object.assign(question, changes);
      }
      const current = await em.findOneByOrFail(QuestionVersionEntity, {
        id: question.currentVersionId!,
      });
      let content: VersionContent = current;
      if (input.content) {
        const scale = await em.findOneByOrFail(RatingScaleEntity, { id: current.scaleId });
        checkContent(input.content, question.seniority, scale, 'input.content');
        const next = pickContent(input.content);
        const changed = CONTENT_FIELDS.some(
          (f) => JSON.stringify(pickContent(current)[f]) !== JSON.stringify(next[f]),
        );
        if (changed) content = input.content;
      }
      // A version keeps the type it was written with (what pinned kits show), so a new type
      // is a new version, like new content.
      if (content !== current || current.type !== question.type) {
        const rubric = await this.writer.criteriaOf(em, current.id);
        await this.writer.addVersion(em, question, content, rubric, current.scaleId, {
          source: VersionSource.USER,
          authorId: ctx.principal.actingUserId,
        });
      }
      if (meta.tags) await this.writer.refreshSearch(em, [question.id]);
      return toQuestion(await this.find(em, question.id));
    });
  }

  /** A new rubric is a new version (same content), written against the current scale. */
  async setRubric(ctx: RequestContext, input: SetRubricInput): Promise<Question> {
    return ctx.write(async (em) => {
      const question = await this.find(em, input.questionId, true);
      if (question.type === QuestionType.CANDIDATE_QUESTION) {
        throw new BadInputError([{ path: 'input.questionId', message: UNRATED }]);
      }
      const scale = await this.scales.current(em, ctx.tenantId);
      const rubric = await this.rubric(em, input.criteria, scale, 'input.criteria');
      const current = await em.findOneByOrFail(QuestionVersionEntity, {
        id: question.currentVersionId!,
      });
      await this.writer.addVersion(em, question, current, rubric, scale.id, {
        source: VersionSource.USER,
        authorId: ctx.principal.actingUserId,
      });
      return toQuestion(await this.find(em, question.id));
    });
  }

  async activate(ctx: RequestContext, id: string): Promise<Question> {
    return ctx.write(async (em) => {
      const question = await this.find(em, id, true);
      const n = await this.criterionCount(em, question);
      // A candidate question is interviewer preparation: it is usable without a rubric.
      if (n === 0 && question.type !== QuestionType.CANDIDATE_QUESTION) {
        throw new BadInputError(
          [{ path: 'id', message: 'the current version has no rubric; set one with setRubric' }],
          'Only a question with a complete rubric can be active.',
        );
      }
      await em.update(
        QuestionEntity,
        { tenantId: ctx.tenantId, id },
        { status: QuestionStatus.ACTIVE },
      );
      return toQuestion(await this.find(em, id));
    });
  }

  async archive(ctx: RequestContext, id: string): Promise<Question> {
    return ctx.write(async (em) => {
      await this.find(em, id, true);
      await em.update(
        QuestionEntity,
        { tenantId: ctx.tenantId, id },
        { status: QuestionStatus.ARCHIVED },
      );
      return toQuestion(await this.find(em, id));
    });
  }

  /** Field-by-field differences between two versions of one question, rubric included. */
  async diff(ctx: RequestContext, fromId: string, toId: string) {
    const em = await ctx.manager();
    const from = await em.findOneBy(QuestionVersionEntity, { id: fromId });
    const to = await em.findOneBy(QuestionVersionEntity, { id: toId });
    if (!from) throw new NotFoundError('Question version');
    if (!to) throw new NotFoundError('Question version');
    if (from.questionId !== to.questionId) {
      throw new BadInputError([{ path: 'to', message: 'is a version of another question' }]);
    }
    const text = (v: unknown) =>
      v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v);
    const changes: FieldChange[] = [];
    for (const field of CONTENT_FIELDS) {
      if (text(from[field]) !== text(to[field])) {
        changes.push({ field, before: text(from[field]), after: text(to[field]) });
      }
    }
    const [a, b] = [
      await this.writer.criteriaOf(em, from.id),
      await this.writer.criteriaOf(em, to.id),
    ];
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
      for (const key of ['title', 'description', 'competencyId', 'weight', 'anchors'] as const) {
        const before = a[i] ? text(a[i][key]) : null;
        const after = b[i] ? text(b[i][key]) : null;
        if (before !== after)
          changes.push({ field: `rubric.criteria[${i}].${key}`, before, after });
      }
    }
    if (from.scaleId !== to.scaleId)
      changes.push({ field: 'scale', before: from.scaleId, after: to.scaleId });
    return { from: toVersion(from), to: toVersion(to), changes };
  }

  private async criterionCount(em: EntityManager, question: QuestionEntity): Promise<number> {
    const [{ n }] = await em.query(
      'SELECT count(*)::int AS n FROM rubric_criteria WHERE question_version_id = $1',
      [question.currentVersionId],
    );
    return n as number;
  }

  /**
   * A question becomes a candidate question only without a rubric (it is never rated); one that
   * stops being a candidate question has no rubric yet, so an active one goes back to draft.
   */
  private async typeChange(
    em: EntityManager,
    question: QuestionEntity,
    type: QuestionType,
  ): Promise<Partial<QuestionEntity>> {
    const n = await this.criterionCount(em, question);
    if (type === QuestionType.CANDIDATE_QUESTION && n > 0) {
      throw new BadInputError([
        {
          path: 'input.metadata.type',
          message: 'a candidate question has no rubric; this question has one',
        },
      ]);
    }
    if (n === 0 && question.status === QuestionStatus.ACTIVE) {
      return { status: QuestionStatus.DRAFT };
    }
    return {};
  }

  /** With `lock`, concurrent writes to one question run one after the other on fresh rows. */
  private async find(em: EntityManager, id: string, lock = false): Promise<QuestionEntity> {
    const row = await em.findOne(QuestionEntity, {
      where: { id },
      ...(lock && { lock: { mode: 'pessimistic_write' as const } }),
    });
    if (!row) throw new NotFoundError('Question');
    return row;
  }

  private async assertCategory(em: EntityManager, id: string, path: string): Promise<void> {
    const category = await em.findOneBy(CategoryEntity, { id });
    if (!category) throw new BadInputError([{ path, message: 'is not a category of this tenant' }]);
    if (category.archivedAt) throw new BadInputError([{ path, message: 'is archived' }]);
  }

  /** Checks a rubric against the scale and the tenant's competencies; all problems at once. */
  private async rubric(
    em: EntityManager,
    criteria: RubricCriterionInput[],
    scale: RatingScaleEntity,
    path: string,
  ): Promise<CriterionData[]> {
    const ids = [...new Set(criteria.map((c) => c.competencyId))];
    const found = await em.findBy(
      CompetencyEntity,
      ids.map((id) => ({ id })),
    );
    const live = new Set(found.filter((c) => !c.archivedAt).map((c) => c.id));
    const problems = criteria.flatMap((c, i) => [
      ...(live.has(c.competencyId)
        ? []
        : [
            {
              path: `${path}[${i}].competencyId`,
              message: 'is not an active competency of this tenant',
            },
          ]),
      ...(c.anchors.length === scale.levels.length
        ? []
        : [
            {
              path: `${path}[${i}].anchors`,
              message: `needs one anchor for each of the ${scale.levels.length} levels of the scale`,
            },
          ]),
    ]);
    if (problems.length) throw new BadInputError(problems);
    return criteria.map((c) => ({
      title: c.title,
      description: c.description,
      competencyId: c.competencyId,
      weight: c.weight,
      anchors: c.anchors,
    }));
  }
}
