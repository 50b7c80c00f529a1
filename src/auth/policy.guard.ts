import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import { ForbiddenError } from '../common/errors.js';
import { contextOf } from '../common/context.js';
import { Authenticator } from './authenticator.service.js';
import { POLICY_KEY, SCOPES_KEY, type Policy, type Scope } from './policy.decorator.js';
import { assertAdmitted } from './policy-check.js';

/**
 * The one global guard. Default deny: an operation with no declared policy is refused. The
 * caller is the request's principal as the Authenticator established it (once per request):
 * a member's role comes from the live membership (not the token); an `ik_live_` bearer is an
 * API key, which may call only operations that declare one of its scopes.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
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
    const scopes = this.reflector.getAllAndOverride<Scope[] | undefined>(SCOPES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const principal = await this.authenticator.principal(contextOf(requestOf(context)));
    assertAdmitted(principal, policy, scopes);
    return true;
  }
}

function requestOf(context: ExecutionContext): FastifyRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: FastifyRequest }>().req;
  }
  return context.switchToHttp().getRequest<FastifyRequest>();
}
