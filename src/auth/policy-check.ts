import { BadInputError, ForbiddenError } from '../common/errors.js';
import type { Principal } from '../common/request-context.js';
import {
  effectiveScopes,
  MEMBER_SCOPES,
  scopeList,
  scopeName,
  type Policy,
  type Scope,
} from './policy.decorator.js';

/**
 * Whether the request's principal may call an operation declaring `policy` and `scopes`: the
 * guard asks for every root field, and `node`/`nodes` ask it for the type's own query.
 */
export function assertAdmitted(principal: Principal, policy: Policy, scopes: Scope[] | undefined) {
  if (principal.kind === 'apiKey') return assertKeyAdmitted(principal, scopes ?? []);
  const roles = policy.roles ?? [];
  if (roles.length > 0 && !roles.includes(principal.role)) throw new ForbiddenError();
}

function assertKeyAdmitted(principal: Principal, scopes: Scope[]): void {
  const granted = effectiveScopes(principal);
  const actsForMember = scopes.some((scope) => MEMBER_SCOPES.includes(scope));
  if (principal.onBehalfOf && !actsForMember) {
    throw new BadInputError(
      [
        {
          path: 'On-Behalf-Of',
          message: `applies only to operations of the scope ${scopeList(MEMBER_SCOPES)}: send this one without it`,
        },
      ],
      'This operation does not act for a member.',
    );
  }
  if (scopes.some((scope) => granted.includes(scope))) return;
  const memberScope = scopes.find(
    (scope) => MEMBER_SCOPES.includes(scope) && principal.scopes?.includes(scope),
  );
  if (memberScope) {
    throw new BadInputError(
      [{ path: 'On-Behalf-Of', message: 'is required: name the member, by user id or e-mail' }],
      `The scope ${scopeName(memberScope)} acts for a member: name them in the On-Behalf-Of header.`,
    );
  }
  throw new ForbiddenError(
    scopes.length
      ? `This API key needs the scope ${scopeList(scopes)}: add it to the key (createApiKey) or use a key that has it.`
      : 'This operation is not open to API keys.',
  );
}
