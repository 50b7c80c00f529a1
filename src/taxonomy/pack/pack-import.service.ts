import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadInputError } from '../../common/errors.js';
import type { RequestContext } from '../../common/request-context.js';
import { CategoryEntity } from '../entities/category.entity.js';
import { CompetencyEntity } from '../entities/competency.entity.js';
import { QuestionEntity } from '../entities/question.entity.js';
import {
  AnswerFormat,
  QuestionStatus,
  QuestionType,
  Seniority,
  VersionSource,
} from '../entities/taxonomy.enums.js';
import type { PackImportResult } from '../models/taxonomy.models.js';
import { InterviewGuideService } from '../interview-guide.service.js';
import { QuestionWriter } from '../question-writer.js';
import { RatingScaleService } from '../rating-scale.service.js';
import {
  currentVersionsOfPack,
  lockPackImports,
  questionsOfPack,
} from './pack-import.repository.js';
import { listPacks, loadPack, packQuestionHash } from './pack-loader.js';
import type { LoadedPack, PackCategory, PackQuestion } from './pack.types.js';

export type ImportProgress = (done: number, total: number) => void;

/** What a later import step needs from the questions and competencies just imported. */
export interface ImportedRefs {
  /** Pack question key to the tenant's current version id of that question. */
  versionIds: Map<string, string>;
  /** Pack competency key to the tenant's competency id. */
  competencyIds: Map<string, string>;
  /** Who imports: the owner of anything created for a person (null from the CLI). */
  actorId: string | null;
}

/**
 * A step that other modules add to every import (loop templates live in the loops module,
 * which depends on this one, not the other way round). Returns how many things it created.
 */
export interface PackImportStep {
  run(em: EntityManager, tenantId: string, pack: LoadedPack, refs: ImportedRefs): Promise<number>;
}

const PACK_ORIGIN = { source: VersionSource.PACK, authorId: null };

/** Parents before children, so each category's parent id is known when it is created. */
function byDepth(categories: PackCategory[]): PackCategory[] {
  const bySlug = new Map(categories.map((c) => [c.slug, c]));
  const depth = (c: PackCategory): number => (c.parent ? 1 + depth(bySlug.get(c.parent)!) : 0);
  return [...categories].sort((a, b) => depth(a) - depth(b));
}

/**
 * Imports a pack into a tenant, idempotently: categories and competencies are matched by slug
 * and key, questions by pack key. A question whose pack content changed gets a new version,
 * unless the tenant edited it (its current version is theirs): then it is reported as diverged
 * and left alone. The tenant owns its copy.
 */
@Injectable()
export class PackImportService {
  private readonly steps: PackImportStep[] = [];

  constructor(
    private readonly writer: QuestionWriter,
    private readonly scales: RatingScaleService,
    private readonly guides: InterviewGuideService,
  ) {}

  addStep(step: PackImportStep): void {
    if (!this.steps.includes(step)) this.steps.push(step);
  }

  available(): string[] {
    return listPacks();
  }

  async importForRequest(ctx: RequestContext, name: string): Promise<PackImportResult> {
    if (!listPacks().includes(name)) {
      throw new BadInputError([
        { path: 'name', message: `is not a pack; known: ${listPacks().join(', ')}` },
      ]);
    }
    const pack = loadPack(name);
    return ctx.write((em) =>
      this.import(em, ctx.tenantId, pack, undefined, ctx.principal.actingUserId),
    );
  }

  async import(
    em: EntityManager,
    tenantId: string,
    pack: LoadedPack,
    progress: ImportProgress = () => undefined,
    actorId: string | null = null,
  ): Promise<PackImportResult> {
    // One import per tenant at a time: a double-submitted import waits, then finds it all done.
    await lockPackImports(em, tenantId);
    const scale = await this.scales.current(em, tenantId);
    if (scale.levels.length !== pack.manifest.ratingScale.length) {
      throw new BadInputError([
        {
          path: 'name',
          message: `the pack's rubrics have ${pack.manifest.ratingScale.length} levels; the tenant scale has ${scale.levels.length}`,
        },
      ]);
    }
    const result: PackImportResult = {
      pack: pack.manifest.name,
      version: pack.manifest.version,
      categoriesCreated: 0,
      competenciesCreated: 0,
      questionsCreated: 0,
      questionsUpdated: 0,
      questionsUnchanged: 0,
      diverged: [],
      templatesCreated: 0,
    };

    const categoryIds = new Map<string, string>();
    const existingCategories = await em.find(CategoryEntity);
    const byPlace = new Map(existingCategories.map((c) => [`${c.parentId ?? ''}/${c.slug}`, c.id]));
    for (const category of byDepth(pack.manifest.categories)) {
      const parentId = category.parent ? categoryIds.get(category.parent)! : null;
      let id = byPlace.get(`${parentId ?? ''}/${category.slug}`);
      if (!id) {
        const row = await em.save(
          em.create(CategoryEntity, {
            tenantId,
            parentId,
            slug: category.slug,
            name: category.name,
            description: category.description,
          }),
        );
        id = row.id;
        result.categoriesCreated += 1;
      }
      categoryIds.set(category.slug, id);
    }

    const competencyIds = new Map((await em.find(CompetencyEntity)).map((c) => [c.key, c.id]));
    for (const competency of pack.manifest.competencies) {
      if (competencyIds.has(competency.key)) continue;
      const row = await em.save(
        em.create(CompetencyEntity, {
          tenantId,
          key: competency.key,
          name: competency.name,
          description: competency.description,
        }),
      );
      competencyIds.set(competency.key, row.id);
      result.competenciesCreated += 1;
    }

    const existing = await questionsOfPack(em, pack.manifest.name);
    const byKey = new Map(existing.map((q) => [q.packKey!, q]));

    await this.guides.adopt(em, tenantId, pack.manifest);

    let done = 0;
    for (const question of pack.questions) {
      const hash = packQuestionHash(question);
      const rubric = (question.rubric?.criteria ?? []).map((c) => ({
        title: c.title,
        description: c.description,
        competencyId: competencyIds.get(c.competency)!,
        weight: c.weight,
        anchors: c.anchors,
      }));
      const found = byKey.get(question.key);
      if (!found) {
        await this.writer.create(
          em,
          tenantId,
          {
            categoryId: categoryIds.get(question.category)!,
            type: question.type as QuestionType,
            seniority: question.seniority as Seniority[],
            tags: question.tags,
            estimatedMinutes: question.estimatedMinutes,
          },
          content(question),
          rubric,
          scale.id,
          PACK_ORIGIN,
          { name: pack.manifest.name, key: question.key, hash },
          QuestionStatus.ACTIVE,
        );
        result.questionsCreated += 1;
      } else if (found.packHash === hash) {
        result.questionsUnchanged += 1;
      } else if (found.current.source !== VersionSource.PACK) {
        result.diverged.push(question.key);
      } else {
        // The pack may change a question's type (a tenant's own type change makes a version of
        // theirs, so it is diverged above); the new version records the type it was written with.
        found.type = question.type as QuestionType;
        await this.writer.addVersion(em, found, content(question), rubric, scale.id, PACK_ORIGIN);
        await em.update(
          QuestionEntity,
          { tenantId, id: found.id },
          { packHash: hash, type: found.type },
        );
        result.questionsUpdated += 1;
      }
      progress((done += 1), pack.questions.length);
    }
    const versionIds = await currentVersionsOfPack(em, pack.manifest.name);
    for (const step of this.steps) {
      result.templatesCreated += await step.run(em, tenantId, pack, {
        versionIds,
        competencyIds,
        actorId,
      });
    }
    return result;
  }
}

function content(question: PackQuestion) {
  return {
    prompt: question.prompt,
    purpose: question.purpose,
    guidance: question.guidance,
    followUps: question.followUps,
    strongSignals: question.strongSignals,
    redFlags: question.redFlags,
    answerFormat: question.answerFormat as AnswerFormat,
    levelExpectations: (question.levelExpectations ?? []).map((e) => ({
      seniority: e.seniority as Seniority,
      expectation: e.expectation,
    })),
    exampleAnswers: question.exampleAnswers ?? [],
  };
}
