import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../common/errors.js';
import type { Principal } from '../common/request-context.js';
import { SqlParams } from '../common/sql.js';
import { DUE_HOURS_SQL } from '../tenancy/tenant-settings.js';
import { interviewReadableSql } from '../access/access.sql.js';
import { InterviewStatus } from './entities/interview.enums.js';
import type { Interview } from './models/interview.models.js';

/*
 * The SQL of an interview's row: its columns, its reading and its lock. InterviewService holds
 * the rules.
 */

/** The status a reader sees: a SCHEDULED interview whose end has passed awaits feedback. */
export const effectiveStatusSql = (i: string) =>
  `(CASE WHEN ${i}.status = 'SCHEDULED' AND ${i}.scheduled_end <= now()
         THEN 'AWAITING_FEEDBACK'::interview_status ELSE ${i}.status END)`;

export interface InterviewRow {
  id: string;
  candidate_id: string;
  loop_id: string;
  stage_id: string;
  scheduled_start: Date;
  scheduled_end: Date;
  status: InterviewStatus;
  stored_status: InterviewStatus;
  reveal_at: Date | null;
  ats_external_id: string | null;
  cancel_reason: string | null;
  completed_at: Date | null;
  created_at: Date;
  updated_at: Date;
  feedback_due_at: Date;
  start_key: string;
  readable: boolean;
}

export const toInterview = (r: InterviewRow): Interview => ({
  id: r.id,
  candidateId: r.candidate_id,
  loopId: r.loop_id,
  stageId: r.stage_id,
  scheduledStart: r.scheduled_start,
  scheduledEnd: r.scheduled_end,
  status: r.status,
  revealAt: r.reveal_at,
  atsExternalId: r.ats_external_id,
  cancelReason: r.cancel_reason,
  completedAt: r.completed_at,
  feedbackDueAt: r.feedback_due_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const COLUMNS = `i.id, i.candidate_id, i.loop_id, i.stage_id, i.scheduled_start, i.scheduled_end,
  ${effectiveStatusSql('i')} AS status, i.status AS stored_status, i.reveal_at, i.ats_external_id,
  i.cancel_reason, i.completed_at, i.created_at, i.updated_at, i.scheduled_start::text AS start_key,
  i.scheduled_end + make_interval(hours => ${DUE_HOURS_SQL('i.tenant_id')}) AS feedback_due_at`;

/** Interviews by id, each with whether `principal` may read it. */
export async function loadInterviews(
  em: EntityManager,
  principal: Principal,
  ids: readonly string[],
): Promise<InterviewRow[]> {
  const p = new SqlParams();
  const idsParam = p.add(ids);
  return em.query<InterviewRow[]>(
    `SELECT ${COLUMNS}, ${interviewReadableSql('i', principal, p)} AS readable
       FROM interviews i WHERE i.id = ANY(${idsParam}::uuid[])`,
    p.values,
  );
}

/** Locks the interview row: assignment, moves and submissions of one interview serialise. */
export async function lockInterview(em: EntityManager, id: string) {
  const [row]: { id: string; candidate_id: string; status: InterviewStatus }[] = await em.query(
    `SELECT id, candidate_id, status FROM interviews WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!row) throw new NotFoundError('Interview');
  return row;
}
