import type { EntityManager } from 'typeorm';
import type { QuestionStatus } from '../taxonomy/entities/taxonomy.enums.js';

/*
 * The SQL of loops besides their entities: what the coverage check reads of the pinned
 * versions, the current versions of pinned ones, and what a pack's loop templates need.
 * CoverageService, StageQuestionService, LoopTemplateImporter and the loaders hold the rules.
 */

/** A pin of a stage with its question's status and time budget. */
export interface PinRow {
  stage_id: string;
  question_id: string;
  status: QuestionStatus;
  time_budget_minutes: number;
}

/** A criterion of a stage's pinned rubrics. */
export interface CriterionRow {
  stage_id: string;
  competency_id: string;
  weight: string;
}

/** The pins of these stages with their questions' status, in position order. */
export async function pinsOfStages(
  em: EntityManager,
  stageIds: readonly string[],
): Promise<PinRow[]> {
  return em.query(
    `SELECT p.stage_id, v.question_id, q.status, p.time_budget_minutes
       FROM stage_questions p
       JOIN question_versions v ON v.tenant_id = p.tenant_id AND v.id = p.question_version_id
       JOIN questions q ON q.tenant_id = v.tenant_id AND q.id = v.question_id
      WHERE p.stage_id = ANY($1) ORDER BY p.position`,
    [stageIds],
  );
}

/** The criteria of the rubrics pinned on these stages. */
export async function criteriaOfStages(
  em: EntityManager,
  stageIds: readonly string[],
): Promise<CriterionRow[]> {
  return em.query(
    `SELECT p.stage_id, c.competency_id, c.weight FROM stage_questions p
       JOIN rubric_criteria c ON c.tenant_id = p.tenant_id AND c.question_version_id = p.question_version_id
      WHERE p.stage_id = ANY($1)`,
    [stageIds],
  );
}

/** The current version of each of these versions' questions, by version id. */
export async function currentVersionsOf(
  em: EntityManager,
  versionIds: readonly string[],
): Promise<{ id: string; current: string }[]> {
  return em.query(
    `SELECT v.id, q.current_version_id AS current FROM question_versions v
       JOIN questions q ON q.tenant_id = v.tenant_id AND q.id = v.question_id
      WHERE v.id = ANY($1)`,
    [versionIds],
  );
}

/** The current version of a version's question. */
export async function currentVersionOf(em: EntityManager, versionId: string): Promise<string> {
  const [{ current }] = await em.query(
    `SELECT q.current_version_id AS current FROM question_versions v
       JOIN questions q ON q.tenant_id = v.tenant_id AND q.id = v.question_id WHERE v.id = $1`,
    [versionId],
  );
  return current;
}

/** The pack templates (`pack/key`) the tenant's loops were created from. */
export async function importedTemplateKeys(em: EntityManager): Promise<Set<string>> {
  const rows: { key: string }[] = await em.query(
    'SELECT pack_template AS key FROM interview_loops WHERE pack_template IS NOT NULL',
  );
  return new Set(rows.map((r) => r.key));
}

/** The tenant's first active admin (by joining time), or null. */
export async function firstAdminId(em: EntityManager): Promise<string | null> {
  const [row] = await em.query(
    `SELECT user_id AS id FROM memberships WHERE role = 'ADMIN' AND invite_token_hash IS NULL ORDER BY created_at, user_id LIMIT 1`,
  );
  return (row?.id as string | undefined) ?? null;
}
