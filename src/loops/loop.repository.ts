import type { EntityManager } from 'typeorm';
import { loopReadableSql } from '../access/access.sql.js';
import { cappedCount, decodeCursor } from '../common/pagination.js';
import type { Principal } from '../common/request-context.js';
import type { QuestionStatus } from '../taxonomy/entities/taxonomy.enums.js';
import type { LoopsArgs } from './dto/loop.inputs.js';
import { InterviewLoopEntity } from './entities/interview-loop.entity.js';

/*
 * The SQL of loops besides their entities: what the coverage check reads of the pinned
 * versions, the current versions of pinned ones, and what a pack's loop templates need.
 * CoverageService, StageQuestionService, LoopTemplateImporter and the loaders hold the rules.
 */

/**
 * One page (first + 1 loops, in creation order, each with the key of its cursor) of the loops
 * `principal` may read that match `args`, and the count of all of them (capped), run when asked.
 */
export async function listLoops(
  em: EntityManager,
  principal: Principal,
  args: LoopsArgs,
): Promise<{
  rows: { loop: InterviewLoopEntity; createdKey: string }[];
  count: () => Promise<number>;
}> {
  const qb = em.createQueryBuilder(InterviewLoopEntity, 'l');
  // The access rule's placeholders, named for the query builder.
  const readable = loopReadableSql('l', principal, {
    add: (value) => {
      qb.setParameter('me', value);
      return ':me';
    },
  });
  if (readable !== 'true') qb.andWhere(readable);
  if (args.status) qb.andWhere('l.status = :status', { status: args.status });
  if (args.isTemplate !== undefined) qb.andWhere('l.is_template = :t', { t: args.isTemplate });
  if (args.atsJobId !== undefined) qb.andWhere('l.ats_job_id = :job', { job: args.atsJobId });
  // The same filters as the builder's, for a count that runs only when selected.
  const countParams: unknown[] = [];
  const c = (value: unknown) => `$${countParams.push(value)}`;
  const countWhere = [loopReadableSql('l', principal, { add: c })];
  if (args.status) countWhere.push(`l.status = ${c(args.status)}`);
  if (args.isTemplate !== undefined) countWhere.push(`l.is_template = ${c(args.isTemplate)}`);
  if (args.atsJobId !== undefined) countWhere.push(`l.ats_job_id = ${c(args.atsJobId)}`);
  const count = () =>
    cappedCount(em, `FROM interview_loops l WHERE ${countWhere.join(' AND ')}`, countParams);
  if (args.after) {
    const after = decodeCursor(args.after, 'after', 'time');
    qb.andWhere('(l.created_at, l.id) > (:key::timestamptz, :id::uuid)', after);
  }
  const found = await qb
    .addSelect('l.created_at::text', 'created_key')
    .orderBy('l.created_at')
    .addOrderBy('l.id')
    .limit(args.first + 1)
    .getRawAndEntities();
  const rows = found.entities.map((loop, i) => ({
    loop,
    createdKey: found.raw[i].created_key as string,
  }));
  return { rows, count };
}

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
