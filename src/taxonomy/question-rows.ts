import type {
  Anchor,
  Question,
  QuestionVersion,
  Rubric,
  RubricCriterion,
} from './models/taxonomy.models.js';
import type { QuestionRow, RubricJson, VersionJson, VersionRow } from './question.repository.js';
import { pickContent } from './question-writer.js';

/**
 * Questions and versions from the rows the hot reads select with hand-written SQL
 * (question.repository.ts): the same objects the entities give, without TypeORM's query
 * building and hydration on every request.
 */

export function toQuestion(row: QuestionRow): Question {
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

export function toVersion(row: VersionRow): QuestionVersion {
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

/** A version from VERSION_JSON (or versionJson's part of it): the object toVersion makes, keyed alike. */
export function versionOf(json: VersionJson): QuestionVersion {
  if (json.createdAt === undefined) return json as unknown as QuestionVersion;
  return Object.assign(json, { createdAt: new Date(json.createdAt) }) as QuestionVersion;
}

/** A version's criteria from RUBRIC_JSON, anchors labelled by its scale. */
export function criteriaOf(rubric: RubricJson): RubricCriterion[] {
  return rubric.criteria.map((c) => ({
    ...c,
    weight: Number(c.weight),
    anchors: anchorsOf(c.anchors, rubric.levels),
  }));
}

/** A version's rubric from its criteria. */
export function toRubric(criteria: RubricCriterion[], scaleId: string): Rubric {
  return { criteria, complete: criteria.length > 0, scaleId };
}

/** A criterion's anchors: its texts with the labels of the scale it was written on. */
export function anchorsOf(texts: string[], levels: { label: string }[]): Anchor[] {
  return texts.map((text, i) => ({
    level: i + 1,
    label: levels[i]?.label ?? `Level ${i + 1}`,
    text,
  }));
}
