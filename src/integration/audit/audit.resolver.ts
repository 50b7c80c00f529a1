import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../auth/policy.decorator.js';
import { Ctx } from '../../common/context.js';
import type { RequestContext } from '../../common/request-context.js';
import { Role } from '../../common/role.js';
import { AuditEventConnection, AuditEventsArgs } from './audit.models.js';
import { AuditService } from './audit.service.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles(Role.ADMIN)
  @Query(() => AuditEventConnection, {
    description: 'The audit log, newest first: every mutation, by members and API keys.',
  })
  auditEvents(@Ctx() ctx: RequestContext, @Args() args: AuditEventsArgs) {
    return this.audit.list(ctx, args);
  }
}
