import type { Principal } from '../common/request-context.js';
import { seesEverything } from '../interviews/access.js';
import type { SqlParams } from '../common/sql.js';
import { POLICY_SQL } from '../tenancy/tenant-settings.js';

/**
 * The sealed-feedback rule, as one SQL predicate over scorecard `s` and its interview `i`.
 * Every path that reaches a scorecard (by id, lists, nested fields, counts, search, the
 * debrief) filters with it, so the rule cannot differ between paths.
 *
 * - The author reads their own scorecard, draft or not; nobody else ever reads a draft.
 * - Admins and recruiters read every submitted scorecard.
 * - A hiring manager of the interview's loop reads them, unless they still owe a scorecard on
 *   that candidate (then the interviewer rule below applies to them too).
 * - An interviewer of the candidate (assigned to one of its interviews that is not cancelled)
 *   reads them under the tenant's policy: ALWAYS; once all
 *   their own scorecards on the candidate are submitted (AFTER_OWN_SUBMIT); once the whole
 *   panel of that interview has submitted or its revealAt has passed (AFTER_PANEL); NEVER.
 * - Anyone else reads none.
 */
export function scorecardVisibleSql(
  s: string,
  i: string,
  principal: Principal,
  p: SqlParams,
): string {
  const me = p.add(principal.userId);
  if (seesEverything(principal))
    return `(${s}.interviewer_id = ${me} OR ${s}.status = 'SUBMITTED')`;
  const owesOnCandidate = `EXISTS (SELECT 1 FROM scorecards o
      JOIN interviews oi ON oi.tenant_id = o.tenant_id AND oi.id = o.interview_id
     WHERE o.tenant_id = ${s}.tenant_id AND o.candidate_id = ${s}.candidate_id
       AND o.interviewer_id = ${me} AND o.status = 'DRAFT' AND oi.status <> 'CANCELLED')`;
  // A cancelled interview makes nobody an interviewer of the candidate.
  const interviewsCandidate = `EXISTS (SELECT 1 FROM scorecards o
      JOIN interviews oi ON oi.tenant_id = o.tenant_id AND oi.id = o.interview_id
     WHERE o.tenant_id = ${s}.tenant_id AND o.candidate_id = ${s}.candidate_id
       AND o.interviewer_id = ${me} AND oi.status <> 'CANCELLED')`;
  const managesLoop = `EXISTS (SELECT 1 FROM loop_hiring_managers h
     WHERE h.tenant_id = ${i}.tenant_id AND h.loop_id = ${i}.loop_id AND h.user_id = ${me})`;
  const panelDone = `(${i}.reveal_at <= now() OR NOT EXISTS (SELECT 1 FROM scorecards d
     WHERE d.tenant_id = ${i}.tenant_id AND d.interview_id = ${i}.id AND d.status = 'DRAFT'))`;
  return `(${s}.interviewer_id = ${me} OR (${s}.status = 'SUBMITTED' AND (
      (${managesLoop} AND NOT ${owesOnCandidate})
      OR (${interviewsCandidate} AND (CASE ${POLICY_SQL(`${s}.tenant_id`)}
            WHEN 'ALWAYS' THEN true
            WHEN 'AFTER_OWN_SUBMIT' THEN NOT ${owesOnCandidate}
            WHEN 'AFTER_PANEL' THEN ${panelDone}
            ELSE false END)))))`;
}
