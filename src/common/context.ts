import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import { RequestContext } from './request-context.js';

declare module 'fastify' {
  interface FastifyRequest {
    ik?: RequestContext;
  }
}

export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.ik) throw new Error('request context missing: the onRequest hook did not run');
  return request.ik;
}

/** The resolver's or controller's RequestContext (caller, tenant, transaction). */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const request =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext().req
      : context.switchToHttp().getRequest();
  return contextOf(request);
});

/** What Mercurius hands every resolver as its third argument (graphql-options.ts `context`). */
export interface GraphqlContext {
  req: FastifyRequest;
}

/**
 * The RequestContext of a field resolver written without parameter decorators, as
 * `field(parent, args, context: GraphqlContext)`. Nest calls such a resolver directly; one with
 * `@Ctx()` or `@Parent()` goes through Nest's per-call machinery (parameter factories, the
 * global pipe, promise chains) on every object of every list: worth it for a root field, not
 * for a field resolved once per row of a page.
 */
export function fieldContext(context: GraphqlContext): RequestContext {
  return contextOf(context.req);
}
