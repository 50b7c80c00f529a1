import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadInputError, NotFoundError } from '../common/errors.js';
import { encodeCursor, forwardPageInfo, withTotalCount } from '../common/pagination.js';
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
import { criteriaOf, toQuestion, toRubric, toVersion, versionOf } from './question-rows.js';
import { criterionCount, refreshSearch } from './question.repository.js';
import { checkContent, UNRATED } from './question-rules.js';
import {
  browseQuestions,
  type QuestionPageReads,
  searchQuestions,
} from './question-search.repository.js';
import { RatingScaleService } from './rating-scale.service.js';

@Injectable()
export class QuestionService {
  constructor(
    private readonly writer: QuestionWriter,
    private readonly scales: RatingScaleService,
  ) {}

  /**
   * One statement for the page: its questions with their current versions (on the question,
   * where `currentVersion` reads it) and, when `rubric` is selected, their rubrics (on the
   * version, where `rubric` reads it); only the version fields `reads` names, all when it names
   * none. Only when `totalCount` is selected, one more for the count (capped at COUNT_CAP + 1),
   * whatever the filters. With `search`, ranked by relevance (question-search.repository.ts);
   * otherwise oldest first. Keyset cursors, no OFFSET.
   */
  async list(
    ctx: RequestContext,
    args: QuestionsArgs,
    reads: QuestionPageReads = {},
  ): Promise<QuestionConnection> {
    const em = await ctx.manager();
    const search = args.search?.trim();
    const { rows, count } = search
      ? await searchQuestions(em, ctx.tenantId, args, search, reads)
      : await browseQuestions(em, ctx.tenantId, args, reads);
    const pageRows = rows.slice(0, args.first);
    const edges = pageRows.map((r) => {
      const version = versionOf(r.version);
      if (r.rubric) version.rubric = toRubric(criteriaOf(r.rubric), version.scaleId);
      return {
        cursor: encodeCursor({ key: r.sort_key, id: r.id }),
        node: { ...toQuestion(r), currentVersion: version },
        rank: r.rank,
        highlight: r.highlight,
      };
    });
    return withTotalCount(
      { edges, pageInfo: forwardPageInfo(edges, rows.length > args.first) },
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
      if (meta.tags) await refreshSearch(em, [question.id]);
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
      const n = await criterionCount(em, question.currentVersionId);
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

  /**
   * A question becomes a candidate question only without a rubric (it is never rated); one that
   * stops being a candidate question has no rubric yet, so an active one goes back to draft.
   */
  private async typeChange(
    em: EntityManager,
    question: QuestionEntity,
    type: QuestionType,
  ): Promise<Partial<QuestionEntity>> {
    const n = await criterionCount(em, question.currentVersionId);
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
