import type { EntityManager } from 'typeorm';
import type { Principal } from '../common/request-context.js';
import { Role } from '../common/role.js';
import { SqlParams } from '../common/sql.js';
import { POLICY_SQL } from '../tenancy/tenancy.sql.js';

/*
 * Who may read or write what, as SQL conditions over a row: the only place these rules are
 * written. List filters put them in WHERE, reads by id select them as a column (or ask
 * requireAccess in access.ts), so a rule cannot differ between paths.
 */

/** Adds a value and returns its placeholder: SqlParams, or an adapter for a query builder. */
export interface Placeholders {
  add(value: unknown): string;
}

/** Admins and recruiters (and API keys, which read as recruiters) read every interview. */
export const seesEverything = (principal: Principal) =>
  principal.role === Role.ADMIN || principal.role === Role.RECRUITER;

/** The user `me` is a hiring manager of loop `loopId` (both SQL expressions). */
export const managesLoopSql = (tenantId: string, loopId: string, me: string) =>
  `EXISTS (SELECT 1 FROM loop_hiring_managers h
            WHERE h.tenant_id = ${tenantId} AND h.loop_id = ${loopId} AND h.user_id = ${me})`;

/** The user `me` is assigned to interview `i` (has a scorecard on it). */
export const assignedSql = (i: string, me: string) =>
  `EXISTS (SELECT 1 FROM scorecards a
            WHERE a.tenant_id = ${i}.tenant_id AND a.interview_id = ${i}.id AND a.interviewer_id = ${me})`;

/**
 * Who may read loop `l`: admins and recruiters, and its hiring managers (the loop queries let
 * no other role in; an interviewer sees no loop on its interview).
 */
export function loopReadableSql(l: string, principal: Principal, p: Placeholders): string {
  if (seesEverything(principal)) return 'true';
  return managesLoopSql(`${l}.tenant_id`, `${l}.id`, p.add(principal.userId));
}

/**
 * Who may read interview `i`: admins and recruiters; its assigned interviewers; the
 * hiring managers of its loop. Everyone else does not see it in lists, and gets FORBIDDEN.
 */
export function interviewReadableSql(i: string, principal: Principal, p: Placeholders): string {
  if (seesEverything(principal)) return 'true';
  const me = p.add(principal.userId);
  return `(${assignedSql(i, me)}
          OR ${managesLoopSql(`${i}.tenant_id`, `${i}.loop_id`, me)})`;
}

/** Who may read candidate `c`: anyone who may read one of the candidate's interviews. */
export function candidateReadableSql(c: string, principal: Principal, p: Placeholders): string {
  if (seesEverything(principal)) return 'true';
  return `EXISTS (SELECT 1 FROM interviews ci WHERE ci.tenant_id = ${c}.tenant_id AND ci.candidate_id = ${c}.id
                    AND ${interviewReadableSql('ci', principal, p)})`;
}

/**
 * Who may read the kit of stage `s` of loop `l` (its pinned questions, guidance and rubrics):
 * admins and recruiters, the loop's hiring managers, and the interviewers assigned to an
 * interview at the stage that is not cancelled.
 */
export function kitReadableSql(s: string, l: string, principal: Principal, p: Placeholders) {
  if (seesEverything(principal)) return 'true';
  const me = p.add(principal.userId);
  return `(${managesLoopSql(`${l}.tenant_id`, `${l}.id`, me)}
          OR EXISTS (SELECT 1 FROM interviews ki JOIN scorecards a ON a.tenant_id = ki.tenant_id AND a.interview_id = ki.id
                      WHERE ki.tenant_id = ${s}.tenant_id AND ki.stage_id = ${s}.id AND a.interviewer_id = ${me}
                        AND ki.status <> 'CANCELLED'))`;
}

/** Who may write scorecard `s`: its interviewer only (an API key as the member it acts for). */
export const scorecardWritableSql = (s: string, principal: Principal, p: Placeholders) =>
  `${s}.interviewer_id = ${p.add(principal.userId)}`;

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
  p: Placeholders,
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

/** The rows of one kind of access rule (access.ts) and its condition. */
export interface AccessQuery {
  /** The rows, with the joins the condition needs, and their id column. */
  from: string;
  id: string;
  allowed(principal: Principal, p: Placeholders): string;
  /** A column of the row that the refusal's message depends on. */
  detail?: string;
}

/** A row of readAccess: whether the principal is allowed, and the refusal's detail. */
export interface AccessRow {
  id: string;
  allowed: boolean;
  detail?: string;
}

/** Of `ids`, the rows that exist, each with whether `principal` passes the rule. */
export async function readAccess(
  em: EntityManager,
  principal: Principal,
  rule: AccessQuery,
  ids: readonly string[],
): Promise<AccessRow[]> {
  const p = new SqlParams();
  const idsParam = p.add([...new Set(ids)]);
  return em.query<AccessRow[]>(
    `SELECT ${rule.id} AS id, ${rule.allowed(principal, p)} AS allowed
            ${rule.detail ? `, ${rule.detail} AS detail` : ''}
       FROM ${rule.from} WHERE ${rule.id} = ANY(${idsParam}::uuid[])`,
    p.values,
  );
}
