import type { EntityManager } from 'typeorm';
import { nestedList } from '../common/nested-pages.js';
import type { QuestionVersionEntity } from './entities/question-version.entity.js';
import type { QuestionEntity } from './entities/question.entity.js';
import type { ScaleLevel } from './entities/rating-scale.entity.js';
import type { Competency, RubricCriterion } from './models/taxonomy.models.js';

/*
 * The SQL of questions and their versions: the columns and json values the hot reads select
 * (question-rows.ts turns them into objects), the loaders' statements and the version
 * counter of a write. QuestionService, QuestionWriter and the loaders hold the rules.
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

export type VersionRow = Omit<QuestionVersionEntity, 'tenantId'>;

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

/** The versions of the question `question` (an SQL expression), for nestedPages. */
export const VERSIONS_OF_QUESTION = nestedList(
  `v.id, v.number, ${VERSION_JSON} AS version`,
  (question) => `FROM question_versions v WHERE v.question_id = ${question}`,
);

/** Versions by id (VERSION_JSON), in no order. */
export async function versionsByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<{ version: VersionJson }[]> {
  return em.query(
    `SELECT ${VERSION_JSON} AS version FROM question_versions v WHERE v.id = ANY($1::uuid[])`,
    [ids],
  );
}

/** The rubrics (RUBRIC_JSON) of versions by id, in no order. */
export async function rubricsOf(
  em: EntityManager,
  versionIds: readonly string[],
): Promise<{ id: string; rubric: RubricJson }[]> {
  return em.query(
    `SELECT v.id, ${RUBRIC_JSON} AS rubric FROM question_versions v WHERE v.id = ANY($1::uuid[])`,
    [versionIds],
  );
}

/** The number of criteria of a version's rubric. */
export async function criterionCount(em: EntityManager, versionId: string | null): Promise<number> {
  const [{ n }] = await em.query(
    'SELECT count(*)::int AS n FROM rubric_criteria WHERE question_version_id = $1',
    [versionId],
  );
  return n as number;
}

/**
 * Locks the question and answers the number its next version takes: two concurrent edits get
 * versions n+1 and n+2, not n+1 twice.
 */
export async function nextVersionNumber(em: EntityManager, questionId: string): Promise<number> {
  await em.query('SELECT 1 FROM questions WHERE id = $1 FOR UPDATE', [questionId]);
  const [{ next }] = await em.query(
    'SELECT coalesce(max(number), 0) + 1 AS next FROM question_versions WHERE question_id = $1',
    [questionId],
  );
  return next;
}

/** The questions' search documents, weighted: prompt and tags first, then purpose, then guidance. */
export async function refreshSearch(em: EntityManager, questionIds: string[]): Promise<void> {
  await em.query(
    `UPDATE questions q SET search =
        setweight(to_tsvector('english', v.prompt), 'A') ||
        setweight(to_tsvector('english', array_to_string(q.tags, ' ')), 'A') ||
        setweight(to_tsvector('english', v.purpose), 'B') ||
        setweight(to_tsvector('english', v.guidance), 'C')
       FROM question_versions v
      WHERE v.tenant_id = q.tenant_id AND v.id = q.current_version_id AND q.id = ANY($1)`,
    [questionIds],
  );
}
