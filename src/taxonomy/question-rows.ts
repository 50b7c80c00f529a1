import type { QuestionVersionEntity } from './entities/question-version.entity.js';
import type { QuestionEntity } from './entities/question.entity.js';
import type { Anchor, Question, QuestionVersion } from './models/taxonomy.models.js';
import { pickContent } from './question-writer.js';

/**
 * Questions and versions as the hot reads select them with hand-written SQL (the page of a
 * list with its current versions in one statement, the loaders): the same objects the
 * entities give, without TypeORM's query building and hydration on every request.
 */

export type QuestionRow = Pick<
  QuestionEntity,
  | 'id'
  | 'categoryId'
  | 'type'
  | 'seniority'
  | 'tags'
  | 'estimatedMinutes'
  | 'status'
  | 'currentVersionId'
  | 'packName'
  | 'packKey'
  | 'createdAt'
  | 'updatedAt'
>;

type VersionRow = Omit<QuestionVersionEntity, 'tenantId'>;

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

/** The columns toQuestion reads, of the questions row aliased `q`, named as its properties. */
export const QUESTION_COLUMNS = `q.id, q.category_id AS "categoryId", q.type,
  q.seniority::text[] AS seniority, q.tags, q.estimated_minutes AS "estimatedMinutes", q.status,
  q.current_version_id AS "currentVersionId", q.pack_name AS "packName", q.pack_key AS "packKey",
  q.created_at AS "createdAt", q.updated_at AS "updatedAt"`;

/** The question_versions row aliased `v` as one json value that versionOf reads. */
export const VERSION_JSON = `json_build_object('id', v.id, 'questionId', v.question_id,
  'number', v.number, 'prompt', v.prompt, 'purpose', v.purpose, 'guidance', v.guidance,
  'followUps', v.follow_ups, 'strongSignals', v.strong_signals, 'redFlags', v.red_flags,
  'answerFormat', v.answer_format, 'type', v.type, 'levelExpectations', v.level_expectations,
  'exampleAnswers', v.example_answers, 'scaleId', v.scale_id, 'authorId', v.author_id,
  'source', v.source, 'createdAt', v.created_at)`;

/** What VERSION_JSON gives: its time arrives as text. */
export type VersionJson = Omit<VersionRow, 'createdAt'> & { createdAt: string };

/** A version from VERSION_JSON: the object toVersion makes, keyed alike. */
export function versionOf(json: VersionJson): QuestionVersion {
  return Object.assign(json, { createdAt: new Date(json.createdAt) }) as QuestionVersion;
}

/** A criterion's anchors: its texts with the labels of the scale it was written on. */
export function anchorsOf(texts: string[], levels: { label: string }[]): Anchor[] {
  return texts.map((text, i) => ({
    level: i + 1,
    label: levels[i]?.label ?? `Level ${i + 1}`,
    text,
  }));
}
