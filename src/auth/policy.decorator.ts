import { SetMetadata } from '@nestjs/common';
import { Role } from '../tenancy/entities/membership.entity.js';

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

export const ALL_ROLES = Object.values(Role);
export const ALL_SCOPES = Object.values(Scope);
