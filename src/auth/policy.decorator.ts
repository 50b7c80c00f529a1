import { SetMetadata } from '@nestjs/common';
import { Role } from '../tenancy/entities/membership.entity.js';

export const POLICY_KEY = 'ik:policy';

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

export const ALL_ROLES = Object.values(Role);
