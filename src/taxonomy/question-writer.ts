import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  QuestionVersionEntity,
  type ExampleAnswer,
  type LevelExpectation,
} from './entities/question-version.entity.js';
import { QuestionEntity } from './entities/question.entity.js';
import { nextVersionNumber, refreshSearch } from './question.repository.js';
import { RubricCriterionEntity } from './entities/rubric-criterion.entity.js';
import {
  AnswerFormat,
  QuestionStatus,
  QuestionType,
  Seniority,
  VersionSource,
} from './entities/taxonomy.enums.js';

export interface VersionContent {
  prompt: string;
  purpose: string;
  guidance: string;
  followUps: string[];
  strongSignals: string[];
  redFlags: string[];
  answerFormat: AnswerFormat;
  levelExpectations: LevelExpectation[];
  exampleAnswers: ExampleAnswer[];
}

export interface CriterionData {
  title: string;
  description: string;
  competencyId: string;
  weight: number;
  anchors: string[];
}

export interface QuestionMeta {
  categoryId: string;
  type: QuestionType;
  seniority: Seniority[];
  tags: string[];
  estimatedMinutes: number;
}

export interface VersionOrigin {
  source: VersionSource;
  authorId: string | null;
}

export const CONTENT_FIELDS = [
  'prompt',
  'purpose',
  'guidance',
  'followUps',
  'strongSignals',
  'redFlags',
  'answerFormat',
  'levelExpectations',
  'exampleAnswers',
] as const;

/**
 * Writes questions and their immutable versions; used by the API and by pack import. Every
 * write keeps `questions.search` in step with the current version and the tags.
 */
@Injectable()
export class QuestionWriter {
  async create(
    em: EntityManager,
    tenantId: string,
    meta: QuestionMeta,
    content: VersionContent,
    rubric: CriterionData[],
    scaleId: string,
    origin: VersionOrigin,
    pack: { name: string; key: string; hash: string } | null = null,
    status = QuestionStatus.DRAFT,
  ): Promise<QuestionEntity> {
    const question = await em.save(
      em.create(QuestionEntity, {
        tenantId,
        ...meta,
        status,
        packName: pack?.name ?? null,
        packKey: pack?.key ?? null,
        packHash: pack?.hash ?? null,
      }),
    );
    await this.addVersion(em, question, content, rubric, scaleId, origin);
    return question;
  }

  /** Appends version n+1 and makes it current. */
  async addVersion(
    em: EntityManager,
    question: QuestionEntity,
    content: VersionContent,
    rubric: CriterionData[],
    scaleId: string,
    origin: VersionOrigin,
  ): Promise<QuestionVersionEntity> {
    // Lock the question so that two concurrent edits get versions n+1 and n+2, not n+1 twice.
    const next = await nextVersionNumber(em, question.id);
    const version = await em.save(
      em.create(QuestionVersionEntity, {
        tenantId: question.tenantId,
        questionId: question.id,
        number: next,
        ...pickContent(content),
        type: question.type,
        scaleId,
        authorId: origin.authorId,
        source: origin.source,
      }),
    );
    if (rubric.length) {
      await em.insert(
        RubricCriterionEntity,
        rubric.map((c, position) => ({
          tenantId: question.tenantId,
          questionVersionId: version.id,
          position,
          ...c,
        })),
      );
    }
    question.currentVersionId = version.id;
    await em.update(
      QuestionEntity,
      { tenantId: question.tenantId, id: question.id },
      { currentVersionId: version.id },
    );
    await refreshSearch(em, [question.id]);
    return version;
  }

  async criteriaOf(em: EntityManager, versionId: string): Promise<CriterionData[]> {
    const rows = await em.find(RubricCriterionEntity, {
      where: { questionVersionId: versionId },
      order: { position: 'ASC' },
    });
    return rows.map((r) => ({
      title: r.title,
      description: r.description,
      competencyId: r.competencyId,
      weight: r.weight,
      anchors: r.anchors,
    }));
  }
}

export function pickContent(content: VersionContent): VersionContent {
  return {
    prompt: content.prompt,
    purpose: content.purpose,
    guidance: content.guidance,
    followUps: content.followUps,
    strongSignals: content.strongSignals,
    redFlags: content.redFlags,
    answerFormat: content.answerFormat,
    // Plain objects in a fixed key order, so that comparing stored and new content by JSON
    // sees only real changes.
    levelExpectations: (content.levelExpectations ?? []).map((e) => ({
      seniority: e.seniority,
      expectation: e.expectation,
    })),
    exampleAnswers: (content.exampleAnswers ?? []).map((e) => ({
      score: e.score,
      answer: e.answer,
    })),
  };
}
