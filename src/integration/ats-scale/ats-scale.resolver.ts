import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, Scope, Scopes } from '../../auth/policy.decorator.js';
import { Ctx } from '../../common/context.js';
import type { RequestContext } from '../../common/request-context.js';
import { Role } from '../../common/role.js';
import { AtsScaleMapping, SetAtsScaleMappingInput } from './ats-scale.models.js';
import { AtsScaleService } from './ats-scale.service.js';

@Resolver()
export class AtsScaleResolver {
  constructor(private readonly scale: AtsScaleService) {}

  @Roles(Role.ADMIN, Role.RECRUITER)
  @Scopes(Scope.SCORECARDS_READ)
  @Query(() => [AtsScaleMapping], {
    description:
      "How scorecards export to each ATS: our recommendation and rating levels to the ATS's values " +
      '(defaults with the admin’s changes). Scorecard.atsExport, the scorecards feed and the ' +
      'scorecard webhooks carry values under it.',
  })
  atsScaleMappings(@Ctx() ctx: RequestContext) {
    return this.scale.list(ctx);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AtsScaleMapping, {
    description:
      'Changes how scorecards export to one ATS (admins). A value the ATS does not take answers ' +
      'BAD_USER_INPUT at its path.',
  })
  setAtsScaleMapping(@Ctx() ctx: RequestContext, @Args('input') input: SetAtsScaleMappingInput) {
    return this.scale.set(ctx, input);
  }
}
