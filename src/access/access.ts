import { ForbiddenError, NotFoundError } from '../common/errors.js';
import type { Principal, RequestContext } from '../common/request-context.js';
import { SqlParams } from '../common/sql.js';
import {
  candidateReadableSql,
  interviewReadableSql,
  kitReadableSql,
  loopReadableSql,
  scorecardVisibleSql,
  scorecardWritableSql,
  readAccess,
  type AccessQuery,
} from './access.sql.js';

/** What a caller asks to do with rows of one kind. */
export enum Permission {
  INTERVIEW_READ = 'interview.read',
  CANDIDATE_READ = 'candidate.read',
  SCORECARD_READ = 'scorecard.read',
  SCORECARD_WRITE = 'scorecard.write',
  LOOP_READ = 'loop.read',
  /** A stage's kit (the stage's id). */
  KIT_READ = 'kit.read',
}

interface Rule extends AccessQuery {
  /** What NOT_FOUND names. */
  subject: string;
  refusal(principal: Principal, detail?: string): string;
}

const SCORECARD_FROM = `scorecards s JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id`;

const RULES: Record<Permission, Rule> = {
  [Permission.INTERVIEW_READ]: {
    subject: 'Interview',
    from: 'interviews i',
    id: 'i.id',
    allowed: (principal, p) => interviewReadableSql('i', principal, p),
    refusal: () => 'Only its interviewers, hiring managers and recruiters read it.',
  },
  [Permission.CANDIDATE_READ]: {
    subject: 'Candidate',
    from: 'candidates c',
    id: 'c.id',
    allowed: (principal, p) => candidateReadableSql('c', principal, p),
    refusal: () => 'You are not on any interview of this candidate.',
  },
  [Permission.SCORECARD_READ]: {
    subject: 'Scorecard',
    from: SCORECARD_FROM,
    id: 's.id',
    allowed: (principal, p) => scorecardVisibleSql('s', 'i', principal, p),
    detail: 's.status::text',
    refusal: (_, status) =>
      status === 'DRAFT'
        ? 'A draft is read by its author only.'
        : "This scorecard is sealed under the tenant's feedback policy.",
  },
  [Permission.SCORECARD_WRITE]: {
    subject: 'Scorecard',
    from: 'scorecards s',
    id: 's.id',
    allowed: (principal, p) => scorecardWritableSql('s', principal, p),
    refusal: (principal) =>
      principal.onBehalfOf
        ? 'The member named in On-Behalf-Of is not the interviewer of this scorecard: only its interviewer writes it.'
        : 'Only the assigned interviewer writes this scorecard.',
  },
  [Permission.LOOP_READ]: {
    subject: 'Loop',
    from: 'interview_loops l',
    id: 'l.id',
    allowed: (principal, p) => loopReadableSql('l', principal, p),
    refusal: () => 'Only the hiring managers of this loop read it.',
  },
  [Permission.KIT_READ]: {
    subject: 'Stage',
    from: 'loop_stages s JOIN interview_loops l ON l.tenant_id = s.tenant_id AND l.id = s.loop_id',
    id: 's.id',
    allowed: (principal, p) => kitReadableSql('s', 'l', principal, p),
    refusal: () =>
      "Kits are read by the loop's hiring managers and the interviewers assigned to the stage.",
  },
};

/** The error for a row read by id: NOT_FOUND when missing, FORBIDDEN when not allowed. */
export function accessError(
  permission: Permission,
  principal: Principal,
  row: { allowed: boolean; detail?: string } | undefined,
): NotFoundError | ForbiddenError | null {
  const rule = RULES[permission];
  if (!row) return new NotFoundError(rule.subject);
  if (!row.allowed) return new ForbiddenError(rule.refusal(principal, row.detail));
  return null;
}

/**
 * For a read that selects the row and its access condition in one statement: the row, or
 * the error requireAccess would throw.
 */
export function requireAllowed<T>(
  permission: Permission,
  principal: Principal,
  row: T | undefined,
  allowed: (row: T) => boolean,
  detail?: (row: T) => string,
): T {
  const error = accessError(
    permission,
    principal,
    row && { allowed: allowed(row), detail: detail?.(row) },
  );
  if (error) throw error;
  return row!;
}

async function accessRows(ctx: RequestContext, permission: Permission, ids: readonly string[]) {
  return readAccess(await ctx.manager(), ctx.principal, RULES[permission], ids);
}

/**
 * Checks that the caller may do `permission` on every one of `ids`, in one statement whatever
 * their number; called first. Throws for the first id (in the given order) that is missing
 * (NOT_FOUND, like another tenant's) or not allowed (FORBIDDEN).
 */
export async function requireAccess(
  ctx: RequestContext,
  permission: Permission,
  ids: readonly string[],
): Promise<void> {
  if (!ids.length) return;
  const rows = new Map((await accessRows(ctx, permission, ids)).map((r) => [r.id, r]));
  for (const id of ids) {
    const error = accessError(permission, ctx.principal, rows.get(id));
    if (error) throw error;
  }
}

/**
 * Of `ids`, those the caller may do `permission` on, in one statement. Existence is the
 * caller's own read: when the rule lets this principal reach every row, no statement runs and
 * every id is returned.
 */
export async function accessibleIds(
  ctx: RequestContext,
  permission: Permission,
  ids: readonly string[],
): Promise<Set<string>> {
  if (RULES[permission].allowed(ctx.principal, new SqlParams()) === 'true') return new Set(ids);
  if (!ids.length) return new Set();
  const rows = await accessRows(ctx, permission, ids);
  return new Set(rows.filter((r) => r.allowed).map((r) => r.id));
}
