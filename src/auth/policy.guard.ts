import { ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { BadInputError, ForbiddenError, UnauthenticatedError } from '../common/errors.js';
import { contextOf } from '../common/context.js';
import { MembershipService } from '../tenancy/membership.service.js';
import type { AccessTokenClaims } from '../common/access-token-claims.js';
import { ApiKeyService } from './api-key.service.js';
import {
  ON_BEHALF_OF,
  POLICY_KEY,
  SCOPES_KEY,
  type Policy,
  type Scope,
} from './policy.decorator.js';
import { assertAdmitted } from './policy-check.js';

/**
 * The one global guard. Default deny: an operation with no declared policy is refused.
 * Members authenticate with passport's JWT strategy; the role comes from the live membership
 * (not the token), so a removed member or a revoked session loses access at once. An
 * `ik_live_` bearer is an API key: it may call only operations that declare one of its scopes.
 */
@Injectable()
export class PolicyGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly memberships: MembershipService,
    private readonly apiKeys: ApiKeyService,
  ) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    if (context.getType<string>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext().req;
    }
    return context.switchToHttp().getRequest();
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error || !user) throw new UnauthenticatedError();
    return user;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) {
      this.logger.error(
        `Denied ${context.getClass().name}.${context.getHandler().name}: no policy`,
      );
      throw new ForbiddenError();
    }
    if (policy.public) return true;
    const request = this.getRequest(context);
    const ctx = contextOf(request);
    const scopes = this.reflector.getAllAndOverride<Scope[] | undefined>(SCOPES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (await this.apiKeys.authenticateBearer(ctx, request.headers)) {
      assertAdmitted(ctx.principal, policy, scopes);
      return true;
    }
    if (request.headers?.[ON_BEHALF_OF] !== undefined) {
      throw new BadInputError(
        [{ path: 'On-Behalf-Of', message: 'is for API keys: a member always acts as themselves' }],
        'The On-Behalf-Of header is only for API keys.',
      );
    }
    await super.canActivate(context);
    if (!ctx.isAuthenticated) {
      const principal = await this.memberships.principalFor(ctx, request.user as AccessTokenClaims);
      if (!principal) throw new UnauthenticatedError();
      ctx.setPrincipal(principal);
    }
    assertAdmitted(ctx.principal, policy, scopes);
    return true;
  }
}
