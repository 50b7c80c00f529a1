import type { QuestionVersionEntity } from './entities/question-version.entity.js';
import type { QuestionEntity } from './entities/question.entity.js';
import type { ScaleLevel } from './entities/rating-scale.entity.js';
import type {
  Anchor,
  Competency,
  Question,
  QuestionVersion,
  Rubric,
  RubricCriterion,
} from './models/taxonomy.models.js';
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

/**
 * The columns toQuestion reads, of the questions row aliased `q`, named as its properties (the
 * arrays as json, which the driver parses natively, not character by character).
 */
export const QUESTION_COLUMNS = `q.id, q.category_id AS "categoryId", q.type,
  to_json(q.seniority) AS seniority, to_json(q.tags) AS tags, q.estimated_minutes AS "estimatedMinutes", q.status,
  q.current_version_id AS "currentVersionId", q.pack_name AS "packName", q.pack_key AS "packKey",
  q.created_at AS "createdAt", q.updated_at AS "updatedAt"`;

/** Each property of a version (QuestionVersion's and its resolvers' keys): its column of `v`. */
const VERSION_COLUMNS = {
  id: 'v.id',
  questionId: 'v.question_id',
  number: 'v.number',
  prompt: 'v.prompt',
  purpose: 'v.purpose',
  guidance: 'v.guidance',
  followUps: 'v.follow_ups',
  strongSignals: 'v.strong_signals',
  redFlags: 'v.red_flags',
  answerFormat: 'v.answer_format',
  type: 'v.type',
  levelExpectations: 'v.level_expectations',
  exampleAnswers: 'v.example_answers',
  scaleId: 'v.scale_id',
  authorId: 'v.author_id',
  source: 'v.source',
  createdAt: 'v.created_at',
} satisfies Record<keyof VersionRow, string>;

/** What the field resolvers of a version read besides the fields: always selected. */
const VERSION_KEYS = ['id', 'scaleId', 'authorId'];

/**
 * The question_versions row aliased `v` as one json value that versionOf reads: every property,
 * or (`fields`, GraphQL field names) only those a query selects, with the keys its resolvers
 * need. A partial version goes only where it was selected, never to a loader.
 */
export function versionJson(fields?: Set<string>): string {
  const keys = Object.keys(VERSION_COLUMNS).filter(
    (key) => !fields || fields.has(key) || VERSION_KEYS.includes(key),
  ) as (keyof typeof VERSION_COLUMNS)[];
  return `json_build_object(${keys.map((key) => `'${key}', ${VERSION_COLUMNS[key]}`).join(', ')})`;
}

/** The whole question_versions row aliased `v` as one json value (versionJson). */
export const VERSION_JSON = versionJson();

/** What VERSION_JSON gives: its time arrives as text. */
export type VersionJson = Omit<VersionRow, 'createdAt'> & { createdAt: string };

/** A version from VERSION_JSON (or versionJson's part of it): the object toVersion makes, keyed alike. */
export function versionOf(json: VersionJson): QuestionVersion {
  if (json.createdAt === undefined) return json as unknown as QuestionVersion;
  return Object.assign(json, { createdAt: new Date(json.createdAt) }) as QuestionVersion;
}

/**
 * The rubric of the question_versions row aliased `v` as one json value that criteriaOf reads:
 * its criteria in order, each with its competency and anchor texts, and the levels of the scale
 * the version was written on (which label the anchors).
 */
export const RUBRIC_JSON = `(SELECT json_build_object('levels', r.levels, 'criteria',
    coalesce((SELECT json_agg(json_build_object('id', c.id, 'title', c.title,
                'description', c.description, 'weight', c.weight, 'anchors', c.anchors,
                'competency', json_build_object('id', k.id, 'key', k.key, 'name', k.name,
                  'description', k.description, 'archived', k.archived_at IS NOT NULL))
              ORDER BY c.position)
       FROM rubric_criteria c JOIN competencies k ON k.tenant_id = c.tenant_id AND k.id = c.competency_id
      WHERE c.tenant_id = v.tenant_id AND c.question_version_id = v.id), '[]'))
   FROM rating_scales r WHERE r.tenant_id = v.tenant_id AND r.id = v.scale_id)`;

/** What RUBRIC_JSON gives. */
export interface RubricJson {
  levels: ScaleLevel[];
  criteria: (Omit<RubricCriterion, 'anchors' | 'competency'> & {
    anchors: string[];
    competency: Competency;
  })[];
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
