import type { EntityManager } from 'typeorm';
import { WANTS_FEEDBACK_COMPLETE_SQL } from '../tenancy/tenancy.sql.js';

/*
 * The SQL of what InterviewNotifier tells: an interview's facts, its panel and people, the
 * feedback-complete mail's facts and the calendar entries' UIDs. InterviewNotifier composes
 * and sends.
 */

/** What the feedback-complete mail says, and to whom (feedbackCompleteMailSql). */
export interface FeedbackCompleteMail {
  loopName: string;
  stageName: string;
  scheduledStart: string;
  emails: string[];
}

/**
 * The feedback-complete mail of interview row `i`, as one JSON value: the loop's and stage's
 * names, the start, and the hiring managers who want it (by user id).
 */
export const feedbackCompleteMailSql = (i: string) => `
  (SELECT json_build_object('loopName', l.name, 'stageName', st.name,
            'scheduledStart', ${i}.scheduled_start,
            'emails', coalesce((SELECT json_agg(u.email ORDER BY u.id)
                                  FROM loop_hiring_managers h JOIN users u ON u.id = h.user_id
                                 WHERE h.tenant_id = ${i}.tenant_id AND h.loop_id = ${i}.loop_id
                                   AND ${WANTS_FEEDBACK_COMPLETE_SQL('h.user_id')}), '[]'))
     FROM interview_loops l, loop_stages st
    WHERE l.tenant_id = ${i}.tenant_id AND l.id = ${i}.loop_id
      AND st.tenant_id = ${i}.tenant_id AND st.id = ${i}.stage_id)`;

/** What the panel's messages and the scheduling events say about an interview. */
export interface InterviewFacts {
  id: string;
  candidate_id: string;
  loop_id: string;
  stage_id: string;
  scheduled_start: Date;
  scheduled_end: Date;
  loop_name: string;
  stage_name: string;
}

/** A member a panel message goes to. */
export interface Person {
  id: string;
  email: string;
  display_name: string;
}

/** calendarUid in SQL, of two text expressions. */
export const calendarUidSql = (interviewId: string, userId: string) =>
  `${interviewId} || '.' || ${userId} || '@interview-kit'`;

/** Members by id, in id order. */
export async function peopleByIds(
  em: EntityManager,
  userIds: readonly string[],
): Promise<Person[]> {
  return em.query<Person[]>(
    `SELECT id, email, display_name FROM users WHERE id = ANY($1::uuid[]) ORDER BY id`,
    [userIds],
  );
}

/** What the panel's messages and the scheduling events say about an interview. */
export async function interviewFacts(
  em: EntityManager,
  interviewId: string,
): Promise<InterviewFacts> {
  const [row]: InterviewFacts[] = await em.query(
    `SELECT i.id, i.candidate_id, i.loop_id, i.stage_id, i.scheduled_start, i.scheduled_end,
              l.name AS loop_name, s.name AS stage_name
         FROM interviews i
         JOIN interview_loops l ON l.tenant_id = i.tenant_id AND l.id = i.loop_id
         JOIN loop_stages s ON s.tenant_id = i.tenant_id AND s.id = i.stage_id
        WHERE i.id = $1`,
    [interviewId],
  );
  return row;
}
