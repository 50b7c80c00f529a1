import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  getNamedType,
  isObjectType,
  Kind,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
} from 'graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { contextOf } from '../../common/context.js';
import { AuditActorType } from '../entities/audit-event.entity.js';
import type { AuditRecord } from './audit.repository.js';
import { AuditService } from './audit.service.js';

/** Argument paths never worth naming as "changed". */
const NOT_CHANGES = new Set(['id', 'expectedVersion']);

/** The names (never the values) of the fields a mutation's arguments set: `input.name`... */
export function changedFields(args: Record<string, unknown>): string[] {
  const names: string[] = [];
  const walk = (value: unknown, path: string, depth: number) => {
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      !(value instanceof Date) &&
      depth < 2
    ) {
      for (const [key, inner] of Object.entries(value)) {
        if (inner === undefined || NOT_CHANGES.has(key)) continue;
        walk(inner, path ? `${path}.${key}` : key, depth + 1);
      }
    } else if (path) {
      names.push(path);
    }
  };
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || NOT_CHANGES.has(name)) continue;
    if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
      walk(value, '', 0);
    } else {
      names.push(name);
    }
  }
  return names.sort();
}

/** The entity a mutation acted on: the returned object with an id, or the first field with one. */
export function affectedEntity(
  result: unknown,
  type: GraphQLNamedType,
  args: Record<string, unknown>,
): { entity: string | null; entityId: string | null } {
  const idOf = (value: unknown) =>
    value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
      ? (value as { id: string }).id
      : null;
  if (idOf(result)) return { entity: type.name, entityId: idOf(result) };
  if (isObjectType(type) && result && typeof result === 'object') {
    for (const [name, field] of Object.entries(type.getFields())) {
      const id = idOf((result as Record<string, unknown>)[name]);
      if (id) return { entity: getNamedType(field.type).name, entityId: id };
    }
  }
  const input = args.input as { id?: unknown } | undefined;
  const fallback =
    typeof args.id === 'string' ? args.id : typeof input?.id === 'string' ? input.id : null;
  return { entity: fallback ? type.name : null, entityId: fallback };
}

/**
 * Audits every GraphQL mutation. An authenticated mutation runs as one unit of the request's
 * transaction together with its audit event, so the change and its record commit or vanish
 * together. A public
 * mutation that signs someone in (signIn, createTenant, acceptInvitation, refreshSession) is
 * recorded in the tenant it signed in to, once it has succeeded.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return this.auditKeyRead(context, next, null);
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name === 'Query') return this.auditKeyRead(context, next, gql);
    if (info.parentType.name !== 'Mutation') return next.handle();
    const ctx = contextOf(gql.getContext().req);
    const args = gql.getArgs<Record<string, unknown>>();
    const type = getNamedType(info.returnType);
    const record = (result: unknown): Omit<AuditRecord, 'actorType' | 'actorId'> => ({
      action: info.fieldName,
      ...affectedEntity(result, type, args),
      requestId: ctx.requestId,
      changedFields: changedFields(args),
    });
    if (!ctx.isAuthenticated) {
      return from(
        (async () => {
          const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
          const viewer = (
            result as { viewer?: { user?: { id?: string }; tenant?: { id?: string } } }
          )?.viewer;
          if (viewer?.tenant?.id && viewer.user?.id) {
            const { action, requestId, changedFields } = record(result);
            await this.audit.insertSignIn(
              { tenantId: viewer.tenant.id, userId: viewer.user.id },
              { action, requestId, changedFields },
            );
          }
          return result;
        })(),
      );
    }
    const principal = ctx.principal;
    // One unit in the request's transaction; a savepoint only when the operation runs other
    // mutations beside this one (see RequestContext.unit).
    const selections = info.operation.selectionSet.selections;
    const alone = selections.length === 1 && selections[0].kind === Kind.FIELD;
    return from(
      ctx.unit(alone, async (em) => {
        const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
        await this.audit.insert(em, principal.tenantId, {
          ...record(result),
          actorType: principal.kind === 'apiKey' ? AuditActorType.API_KEY : AuditActorType.USER,
          actorId: principal.kind === 'apiKey' ? principal.keyId! : principal.userId,
          onBehalfOf: principal.onBehalfOf ?? null,
        });
        return result;
      }),
    );
  }

  /**
   * An API key's reads are audited too (what an integration read, and when): one event per
   * query field or HTTP read, with its arguments' names. Members' reads are not.
   */
  private auditKeyRead(
    context: ExecutionContext,
    next: CallHandler,
    gql: GqlExecutionContext | null,
  ): Observable<unknown> {
    const request = gql ? gql.getContext().req : context.switchToHttp().getRequest();
    const ctx = contextOf(request);
    if (!ctx.isAuthenticated || ctx.principal.kind !== 'apiKey') return next.handle();
    const principal = ctx.principal;
    const args: Record<string, unknown> = gql ? gql.getArgs() : (request.params ?? {});
    const info = gql?.getInfo<GraphQLResolveInfo>();
    return from(
      (async () => {
        const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
        const id = typeof args.id === 'string' ? args.id : null;
        await this.audit.insert(await ctx.manager(), principal.tenantId, {
          action: info
            ? info.fieldName
            : `${request.method} ${request.routeOptions?.url ?? request.url}`,
          entity: info && id ? getNamedType(info.returnType).name : null,
          entityId: id,
          requestId: ctx.requestId,
          changedFields: [],
          actorType: AuditActorType.API_KEY,
          actorId: principal.keyId!,
          onBehalfOf: principal.onBehalfOf ?? null,
        });
        return result;
      })(),
    );
  }
}
