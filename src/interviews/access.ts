import type { Principal } from '../common/request-context.js';
import type { SqlParams } from '../common/sql.js';
import { Role } from '../common/role.js';

export const seesEverything = (principal: Principal) =>
  principal.role === Role.ADMIN || principal.role === Role.RECRUITER;

/**
 * Who may read interview `i`: admins and recruiters; its assigned interviewers; the
 * hiring managers of its loop. Everyone else does not see it in lists, and gets FORBIDDEN.
 */
export function interviewReadableSql(i: string, principal: Principal, p: SqlParams): string {
  if (seesEverything(principal)) return 'true';
  const me = p.add(principal.userId);
  return `(EXISTS (SELECT 1 FROM scorecards a
                    WHERE a.tenant_id = ${i}.tenant_id AND a.interview_id = ${i}.id AND a.interviewer_id = ${me})
          OR EXISTS (SELECT 1 FROM loop_hiring_managers h
                      WHERE h.tenant_id = ${i}.tenant_id AND h.loop_id = ${i}.loop_id AND h.user_id = ${me}))`;
}

/** Who may read candidate `c`: anyone who may read one of the candidate's interviews. */
export function candidateReadableSql(c: string, principal: Principal, p: SqlParams): string {
  if (seesEverything(principal)) return 'true';
  return `EXISTS (SELECT 1 FROM interviews ci WHERE ci.tenant_id = ${c}.tenant_id AND ci.candidate_id = ${c}.id
                    AND ${interviewReadableSql('ci', principal, p)})`;
}

/** The status a reader sees: a SCHEDULED interview whose end has passed awaits feedback. */
export const effectiveStatusSql = (i: string) =>
  `(CASE WHEN ${i}.status = 'SCHEDULED' AND ${i}.scheduled_end <= now()
         THEN 'AWAITING_FEEDBACK'::interview_status ELSE ${i}.status END)`;
