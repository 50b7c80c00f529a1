import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AnyMember, Roles } from '../auth/policy.decorator.js';
import { Ctx } from '../common/context.js';
import type { RequestContext } from '../common/request-context.js';
import { Role } from '../common/role.js';
import { PackImportResult } from './models/taxonomy.models.js';
import { PackImportService } from './pack/pack-import.service.js';

@Resolver()
export class PackResolver {
  constructor(private readonly packs: PackImportService) {}

  @AnyMember()
  @Query(() => [String], { description: 'Names of the built-in question packs.' })
  availablePacks(): string[] {
    return this.packs.available();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => PackImportResult, {
    description:
      'Imports a built-in pack. Idempotent; a changed pack adds versions only where its content ' +
      'changed, and never overwrites questions the tenant edited (reported as diverged).',
  })
  importPack(@Ctx() ctx: RequestContext, @Args('name') name: string) {
    return this.packs.importForRequest(ctx, name);
  }
}
