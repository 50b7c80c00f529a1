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
