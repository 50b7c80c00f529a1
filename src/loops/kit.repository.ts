import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { kitReadableSql } from '../access/access.sql.js';
import type { Principal } from '../common/request-context.js';
import { SqlParams } from '../common/sql.js';
import { queryPrepared, type PreparedStatement } from '../database/prepared.js';
import { QuestionType } from '../taxonomy/entities/taxonomy.enums.js';
import type { InterviewKit } from './models/loop.models.js';

/*
 * The SQL of the interviewer kit, the hottest read: one named prepared statement builds every
 * asked stage's whole kit as JSON in PostgreSQL (stage, loop, focus competencies, the current
 * scale, the guide, the pinned versions with their criteria, competencies and anchors), with
 * whether the caller may read it (the access module's rule). KitService holds what the caller
 * is told.
 */

/** One stage the statement found: its kit, or null when the caller may not read it. */
export interface KitRow {
  id: string;
  readable: boolean;
  /** The kit as GraphQL returns it; `scale` is null only for a tenant that has none yet. */
  kit: (Omit<InterviewKit, 'scale'> & { scale: InterviewKit['scale'] | null }) | null;
}

const json = (pairs: string) => `json_build_object(${pairs})`;
const list = (select: string) => `coalesce((${select}), '[]'::json)`;

// An anchor per text of the criterion, labelled by the level of the scale its rubric was
// written on (or "Level n" past that scale's end).
const ANCHORS =
  list(`SELECT json_agg(${json(`'level', o, 'label', coalesce(r.levels -> (o::int - 1) ->> 'label', 'Level ' || o), 'text', x`)} ORDER BY o)
    FROM unnest(c.anchors) WITH ORDINALITY AS t(x, o)`);

const COMPETENCY = json(
  `'id', k.id, 'key', k.key, 'name', k.name, 'description', k.description, 'archived', k.archived_at IS NOT NULL`,
);

const CRITERIA =
  list(`SELECT json_agg(${json(`'id', c.id, 'title', c.title, 'description', c.description, 'weight', c.weight,
      'competency', ${COMPETENCY}, 'anchors', ${ANCHORS}`)} ORDER BY c.position)
    FROM rubric_criteria c JOIN competencies k ON k.tenant_id = c.tenant_id AND k.id = c.competency_id
   WHERE c.tenant_id = v.tenant_id AND c.question_version_id = v.id`);

// The pinned version's own type says whether it is rated: a later change of the question's
// type alters no kit.
const QUESTIONS = list(`SELECT json_agg(${json(`'stageQuestionId', p.id, 'position', p.position,
      'questionId', v.question_id, 'questionVersionId', v.id, 'versionNumber', v.number,
      'timeBudgetMinutes', p.time_budget_minutes, 'required', p.required, 'prompt', v.prompt,
      'purpose', v.purpose, 'guidance', v.guidance, 'followUps', v.follow_ups,
      'strongSignals', v.strong_signals, 'redFlags', v.red_flags, 'answerFormat', v.answer_format,
      'levelExpectations', v.level_expectations, 'exampleAnswers', v.example_answers,
      'type', v.type, 'seniority', q.seniority, 'rated', v.type <> '${QuestionType.CANDIDATE_QUESTION}',
      'criteria', ${CRITERIA}`)} ORDER BY p.position)
    FROM stage_questions p
    JOIN question_versions v ON v.tenant_id = p.tenant_id AND v.id = p.question_version_id
    JOIN questions q ON q.tenant_id = v.tenant_id AND q.id = v.question_id
    JOIN rating_scales r ON r.tenant_id = v.tenant_id AND r.id = v.scale_id
   WHERE p.tenant_id = s.tenant_id AND p.stage_id = s.id`);

const FOCUS =
  list(`SELECT json_agg(${json(`'id', c.id, 'key', c.key, 'name', c.name, 'description', c.description,
      'archived', c.archived_at IS NOT NULL`)} ORDER BY array_position(s.focus_competency_ids, c.id))
    FROM competencies c WHERE c.id = ANY(s.focus_competency_ids)`);

const SCALE = `(SELECT ${json(`'id', r.id, 'version', r.version, 'levels', r.levels`)}
    FROM rating_scales r ORDER BY r.version DESC LIMIT 1)`;

// The guide's source is "pack@version" when a pack wrote it.
const GUIDE = `(SELECT ${json(`'scoringGuide', g.scoring_guide, 'seniorityLevels', g.seniority_levels,
      'interviewerGuidance', g.interviewer_guidance,
      'source', CASE WHEN g.pack_name <> '' THEN g.pack_name || '@' || coalesce(g.pack_version, '') END`)}
    FROM interview_guides g)`;

/**
 * The statement for a caller: who may read a kit is the access module's rule
 * (`kitReadableSql`), which is `true` for admins and recruiters and a condition on the user
 * otherwise: a prepared statement for each text. $1 the stages.
 */
function kitsStatement(principal: Principal): { statement: PreparedStatement; values: unknown[] } {
  const params = new SqlParams();
  params.add(null); // $1, the stages
  const readable = kitReadableSql('s', 'l', principal, params);
  const text = `
  SELECT s.id, access.readable,
         CASE WHEN access.readable THEN ${json(`'stageId', s.id, 'stageName', s.name, 'kind', s.kind,
           'durationMinutes', s.duration_minutes, 'instructions', s.instructions,
           'loopId', l.id, 'loopName', l.name, 'roleTitle', l.role_title,
           'focusCompetencies', ${FOCUS}, 'scale', ${SCALE}, 'questions', ${QUESTIONS},
           'guide', ${GUIDE}`)} END AS kit
    FROM loop_stages s
    JOIN interview_loops l ON l.tenant_id = s.tenant_id AND l.id = s.loop_id
    CROSS JOIN LATERAL (SELECT ${readable} AS readable) access
   WHERE s.id = ANY($1::uuid[])`;
  // One name per text, the same in every process: pg keeps a connection's prepared statements
  // by name.
  let statement = STATEMENTS.get(text);
  if (!statement) {
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
    statement = { name: `kits_by_stage_${hash}`, text };
    STATEMENTS.set(text, statement);
  }
  return { statement, values: params.values.slice(1) };
}

const STATEMENTS = new Map<string, PreparedStatement>();

/** The asked stages that exist in the tenant, each with its kit when `principal` may read it. */
export function loadKits(
  em: EntityManager,
  stageIds: readonly string[],
  principal: Principal,
): Promise<KitRow[]> {
  const { statement, values } = kitsStatement(principal);
  return queryPrepared<KitRow>(em, statement, [stageIds, ...values]);
}
