import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../common/errors.js';
import type { Principal } from '../common/request-context.js';
import { SqlParams } from '../common/sql.js';
import { DUE_HOURS_SQL } from '../tenancy/tenancy.sql.js';
import { interviewReadableSql } from '../access/access.sql.js';
import { InterviewStatus } from './entities/interview.enums.js';
import {
  calendarUidSql,
  feedbackCompleteMailSql,
  type FeedbackCompleteMail,
  type Person,
} from './interview-notifier.repository.js';
import type { Interview } from './models/interview.models.js';

/*
 * The SQL of an interview's row: its columns, its reading and its lock. InterviewService holds
 * the rules.
 */

/** The status a reader sees: a SCHEDULED interview whose end has passed awaits feedback. */
export const effectiveStatusSql = (i: string) =>
  `(CASE WHEN ${i}.status = 'SCHEDULED' AND ${i}.scheduled_end <= now()
         THEN 'AWAITING_FEEDBACK'::interview_status ELSE ${i}.status END)`;

/**
 * The stored status of an interview from its panel's scorecards (an aggregate over rows with
 * a `status` column): SCHEDULED until one is submitted, COMPLETE once none is a draft, else
 * AWAITING_FEEDBACK. The one statement of the rule, for every write that recomputes it.
 */
export const panelStatusSql = (status: string) =>
  `(CASE WHEN count(*) FILTER (WHERE ${status} = 'SUBMITTED') = 0 THEN 'SCHEDULED'
         WHEN count(*) FILTER (WHERE ${status} = 'DRAFT') = 0 THEN 'COMPLETE'
         ELSE 'AWAITING_FEEDBACK' END)::interview_status`;

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

/** What a write of an interview reads first (readForWrite), in one statement. */
export interface WriteFacts {
  /** The interview with the ATS id asked for, locked; null when there is none. */
  existing: {
    id: string;
    candidate_id: string;
    loop_id: string;
    stage_id: string;
    status: InterviewStatus;
    scheduled_start: string;
    scheduled_end: string;
  } | null;
  /** The existing interview's interviewers (their scorecards' status). */
  panel: { interviewer_id: string; status: string }[];
  /** The active members asked for, found by id or e-mail. */
  members: Person[];
  candidate: { id: string; anonymized: boolean } | null;
  /** The stage asked for, else the locked interview's. */
  stage: {
    id: string;
    loop_id: string;
    published: boolean;
    loop_name: string;
    stage_name: string;
  } | null;
}

/** What readForWrite looks up; each part only when given. */
export interface WriteLookup {
  /**
   * Locks the interview with this id, or with this ATS id, first (assignment, moves and
   * submissions serialise).
   */
  interviewId?: string;
  atsExternalId?: string;
  candidate?: { id: string } | { atsId: string };
  stageId?: string;
  /** Active members by user id or by e-mail (case-insensitive). */
  members: { ids: string[] } | { emails: string[] };
}

/** Everything a write of an interview checks before it writes, in one statement. */
export async function readForWrite(em: EntityManager, q: WriteLookup): Promise<WriteFacts> {
  const p = new SqlParams();
  const members =
    'ids' in q.members
      ? `m.user_id = ANY(${p.add(q.members.ids)}::uuid[])`
      : `lower(u.email) = ANY(${p.add(q.members.emails.map((e) => e.toLowerCase()))}::text[])`;
  const candidate = !q.candidate
    ? 'false'
    : 'id' in q.candidate
      ? `c.id = ${p.add(q.candidate.id)}`
      : `c.ats_external_id = ${p.add(q.candidate.atsId)}`;
  const interview =
    q.interviewId !== undefined
      ? `i.id = ${p.add(q.interviewId)}`
      : q.atsExternalId !== undefined
        ? `i.ats_external_id = ${p.add(q.atsExternalId)}`
        : 'false';
  const [row]: WriteFacts[] = await em.query(
    `WITH e AS (SELECT i.id, i.candidate_id, i.loop_id, i.stage_id, i.status, i.scheduled_start,
                       i.scheduled_end
                  FROM interviews i
                 WHERE ${interview}
                   FOR UPDATE)
     SELECT (SELECT row_to_json(e) FROM e) AS existing,
            (SELECT coalesce(json_agg(json_build_object('interviewer_id', s.interviewer_id,
                                                        'status', s.status)), '[]')
               FROM scorecards s JOIN e ON s.interview_id = e.id) AS panel,
            (SELECT coalesce(json_agg(json_build_object('id', u.id, 'email', u.email,
                                                        'display_name', u.display_name)), '[]')
               FROM memberships m JOIN users u ON u.id = m.user_id
              WHERE ${members} AND m.invite_token_hash IS NULL) AS members,
            (SELECT json_build_object('id', c.id, 'anonymized', c.anonymized_at IS NOT NULL)
               FROM candidates c WHERE ${candidate}) AS candidate,
            (SELECT json_build_object('id', s.id, 'loop_id', s.loop_id,
                                      'published', l.status = 'PUBLISHED',
                                      'loop_name', l.name, 'stage_name', s.name)
               FROM loop_stages s
               JOIN interview_loops l ON l.tenant_id = s.tenant_id AND l.id = s.loop_id
              WHERE s.id = ${q.stageId === undefined ? '(SELECT stage_id FROM e)' : p.add(q.stageId)}) AS stage`,
    p.values,
  );
  return row;
}

/** A new interview and its panel. */
export interface NewInterview {
  tenantId: string;
  candidateId: string;
  loopId: string;
  stageId: string;
  scheduledStart: Date;
  scheduledEnd: Date;
  revealAt: Date | null;
  atsExternalId: string | null;
  createdBy: string;
  interviewerIds: string[];
}

/**
 * Inserts the interview with a draft scorecard per interviewer, in one statement; undefined
 * when another interview has its ATS id (one committed meanwhile included: the insert waits
 * for it).
 */
export async function insertInterview(
  em: EntityManager,
  n: NewInterview,
): Promise<InterviewRow | undefined> {
  const [row]: InterviewRow[] = await em.query(
    `WITH i AS (INSERT INTO interviews AS i (tenant_id, candidate_id, loop_id, stage_id,
                  scheduled_start, scheduled_end, reveal_at, ats_external_id, created_by,
                  panel_order)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                ON CONFLICT (tenant_id, ats_external_id) WHERE ats_external_id IS NOT NULL
                DO NOTHING
                RETURNING ${COLUMNS}),
          s AS (INSERT INTO scorecards (tenant_id, interview_id, candidate_id, interviewer_id)
                SELECT $1, i.id, i.candidate_id, x.u
                  FROM i, unnest($10::uuid[]) WITH ORDINALITY AS x(u, n) ORDER BY x.n)
     SELECT * FROM i`,
    [
      n.tenantId,
      n.candidateId,
      n.loopId,
      n.stageId,
      n.scheduledStart,
      n.scheduledEnd,
      n.revealAt,
      n.atsExternalId,
      n.createdBy,
      n.interviewerIds,
    ],
  );
  return row;
}

/** A change of an interview's time and panel (updateInterview). */
export interface InterviewChange {
  tenantId: string;
  id: string;
  candidateId: string;
  /** The times and the reveal time are left as they are when undefined. */
  scheduledStart: Date | undefined;
  scheduledEnd: Date | undefined;
  revealAt: Date | null | undefined;
  interviewerIds: string[];
  /** The stored status as readForWrite locked it. */
  previousStatus: InterviewStatus;
}

/** What updateInterview answers. */
export interface ChangedInterview {
  row: InterviewRow;
  /** A member to be taken off has submitted: nothing may stay of this statement. */
  blocked: boolean;
  added: string[];
  /** The members taken off (their drafts deleted), with what their mail needs. */
  removed: Person[];
  /** The new panel, in id order. */
  panel: string[];
  /** Earlier messages per calendar entry of the old and the new panel (their SEQUENCE). */
  sequences: Record<string, number>;
  /** The feedback-complete mail, when the status moved to COMPLETE. */
  mail: FeedbackCompleteMail | null;
}

/**
 * Moves the interview (its row locked by readForWrite) and sets its panel in one statement:
 * drafts of members taken off are deleted (with their sync tombstones), the new members get
 * drafts, and the stored status is recomputed from the resulting panel as
 * refreshInterviewStatus does.
 */
export async function updateInterview(
  em: EntityManager,
  c: InterviewChange,
): Promise<ChangedInterview> {
  const [[row]]: [(InterviewRow & Omit<ChangedInterview, 'row'>)[], number] = await em.query(
    `WITH cur AS (SELECT interviewer_id, status FROM scorecards WHERE interview_id = $2),
          blocked AS (SELECT EXISTS (SELECT 1 FROM cur WHERE interviewer_id <> ALL($3::uuid[])
                                                     AND status <> 'DRAFT') AS b),
          gone AS (DELETE FROM scorecards
                    WHERE interview_id = $2 AND interviewer_id <> ALL($3::uuid[])
                      AND status = 'DRAFT' AND NOT (SELECT b FROM blocked)
                    RETURNING id, interviewer_id),
          tomb AS (INSERT INTO sync_tombstones (tenant_id, entity, entity_id, kind)
                   SELECT $1, 'scorecard', id, 'DELETED' FROM gone),
          added AS (INSERT INTO scorecards (tenant_id, interview_id, candidate_id, interviewer_id)
                    SELECT $1, $2, $4, x.u
                      FROM unnest($3::uuid[]) WITH ORDINALITY AS x(u, n)
                     WHERE x.u NOT IN (SELECT interviewer_id FROM cur)
                       AND NOT (SELECT b FROM blocked)
                     ORDER BY x.n
                    RETURNING interviewer_id),
          panel AS (SELECT interviewer_id, status::text FROM cur
                     WHERE interviewer_id NOT IN (SELECT interviewer_id FROM gone)
                    UNION ALL SELECT interviewer_id, 'DRAFT' FROM added),
          x AS (SELECT ${panelStatusSql('status')} AS status FROM panel)
     UPDATE interviews i
        SET scheduled_start = coalesce($5::timestamptz, i.scheduled_start),
            scheduled_end = coalesce($6::timestamptz, i.scheduled_end),
            reveal_at = CASE WHEN $8 THEN $7::timestamptz ELSE i.reveal_at END,
            status = x.status,
            panel_order = $3::uuid[],
            completed_at = CASE WHEN x.status = 'COMPLETE' THEN coalesce(i.completed_at, now()) END,
            updated_at = now()
       FROM x
      WHERE i.id = $2
      RETURNING ${COLUMNS}, (SELECT b FROM blocked) AS blocked,
        ARRAY(SELECT interviewer_id::text FROM added) AS added,
        (SELECT coalesce(json_agg(json_build_object('id', u.id, 'email', u.email,
                                                    'display_name', u.display_name)), '[]')
           FROM gone JOIN users u ON u.id = gone.interviewer_id) AS removed,
        ARRAY(SELECT interviewer_id::text FROM panel ORDER BY interviewer_id) AS panel,
        (SELECT coalesce(json_object_agg(calendar_uid, n), '{}')
           FROM (SELECT calendar_uid, count(*)::int AS n FROM mail_messages
                  WHERE calendar_uid = ANY(ARRAY(
                          SELECT ${calendarUidSql('$2::text', 'a.u::text')}
                            FROM (SELECT interviewer_id FROM cur
                                  UNION SELECT unnest($3::uuid[])) a(u)))
                  GROUP BY calendar_uid) m) AS sequences,
        CASE WHEN x.status = 'COMPLETE' AND $9::interview_status <> 'COMPLETE'
             THEN ${feedbackCompleteMailSql('i')} END AS mail`,
    [
      c.tenantId,
      c.id,
      c.interviewerIds,
      c.candidateId,
      c.scheduledStart ?? null,
      c.scheduledEnd ?? null,
      c.revealAt ?? null,
      c.revealAt !== undefined,
      c.previousStatus,
    ],
  );
  const { blocked, added, removed, panel, sequences, mail, ...interview } = row;
  return { row: interview, blocked, added, removed, panel, sequences, mail };
}

/**
 * Moves the interview (its row locked) and sets its reveal time when `revealAt` is given;
 * whether the start or the end changed.
 */
export async function rescheduleInterview(
  em: EntityManager,
  id: string,
  scheduledStart: Date,
  scheduledEnd: Date,
  revealAt: Date | null | undefined,
): Promise<boolean> {
  const [[{ moved }]]: [[{ moved: boolean }], number] = await em.query(
    `UPDATE interviews i SET scheduled_start = $2, scheduled_end = $3, updated_at = now(),
            reveal_at = CASE WHEN $5 THEN $4::timestamptz ELSE i.reveal_at END
       FROM (SELECT scheduled_start, scheduled_end FROM interviews WHERE id = $1) o
      WHERE i.id = $1
      RETURNING (o.scheduled_start <> $2 OR o.scheduled_end <> $3) AS moved`,
    [id, scheduledStart, scheduledEnd, revealAt ?? null, revealAt !== undefined],
  );
  return moved;
}

/** Cancels the interview (its row locked), with the reason given. */
export async function cancelInterview(
  em: EntityManager,
  id: string,
  reason: string | null,
): Promise<void> {
  await em.query(
    `UPDATE interviews SET status = 'CANCELLED', cancel_reason = $2, updated_at = now()
      WHERE id = $1`,
    [id, reason],
  );
}
