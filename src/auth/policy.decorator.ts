import { SetMetadata } from '@nestjs/common';
import { Role } from '../common/role.js';

export const POLICY_KEY = 'ik:policy';
export const SCOPES_KEY = 'ik:scopes';

/** What an API key may be allowed to do; each operation names the scopes that admit it. */
export enum Scope {
  TAXONOMY_READ = 'taxonomy:read',
  LOOPS_READ = 'loops:read',
  LOOPS_WRITE = 'loops:write',
  CANDIDATES_READ = 'candidates:read',
  CANDIDATES_WRITE = 'candidates:write',
  INTERVIEWS_READ = 'interviews:read',
  INTERVIEWS_WRITE = 'interviews:write',
  SCORECARDS_READ = 'scorecards:read',
  SCORECARDS_WRITE = 'scorecards:write',
  WEBHOOKS_MANAGE = 'webhooks:manage',
}

export interface Policy {
  /** Callable without a token (sign-in and the like). */
  public?: boolean;
  /** Member roles allowed; empty means any member of the tenant. */
  roles?: Role[];
}

/** Declares who may call an operation. Operations without a policy are denied. */
export const Roles = (...roles: Role[]) => SetMetadata(POLICY_KEY, { roles } satisfies Policy);
/** Any authenticated member, whatever the role. */
export const AnyMember = () => SetMetadata(POLICY_KEY, { roles: [] } satisfies Policy);
export const Public = () => SetMetadata(POLICY_KEY, { public: true } satisfies Policy);
/**
 * The API-key scopes that admit an operation (any one of them). An operation without scopes
 * is closed to API keys, whatever its roles.
 */
export const Scopes = (...scopes: Scope[]) => SetMetadata(SCOPES_KEY, scopes);

/**
 * A scope as clients spell it: the GraphQL enum name (`WEBHOOKS_MANAGE`), the one spelling of
 * messages and documentation. The lower-case value is only how keys store it.
 */
export function scopeName(scope: Scope): string {
  return Object.entries(Scope).find(([, value]) => value === scope)?.[0] ?? scope;
}

/** "A", "A or B", "A, B or C". */
export function scopeList(scopes: readonly Scope[]): string {
  const names = scopes.map(scopeName);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/**
 * Scopes that act for a member: they count only in a request that names its acting member in
 * the `On-Behalf-Of` header, and that request then runs with exactly that member's rights.
 */
export const MEMBER_SCOPES: readonly Scope[] = [Scope.SCORECARDS_WRITE];

/** The header an API key names its acting member in (a user id or an e-mail address). */
export const ON_BEHALF_OF = 'on-behalf-of';

/**
 * The scopes that admit operations and types in this request: a key's scopes, without the
 * member scopes unless the request names its acting member.
 */
export function effectiveScopes(principal: { scopes?: string[]; onBehalfOf?: string }): string[] {
  const scopes = principal.scopes ?? [];
  if (principal.onBehalfOf) return scopes;
  return scopes.filter((scope) => !MEMBER_SCOPES.includes(scope as Scope));
}

export const ALL_ROLES = Object.values(Role);
export const ALL_SCOPES = Object.values(Scope);
