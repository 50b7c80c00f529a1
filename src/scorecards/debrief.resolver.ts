import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, Scope, Scopes } from '../auth/policy.decorator.js';
import { Ctx } from '../common/context.js';
import type { RequestContext } from '../common/request-context.js';
import { uuidArg } from '../common/uuid-arg.js';
import { InterviewService } from '../interviews/interview.service.js';
import { Interview } from '../interviews/models/interview.models.js';
import { Competency } from '../taxonomy/models/taxonomy.models.js';
import { TaxonomyLoaders } from '../taxonomy/taxonomy.loaders.js';
import { Role } from '../common/role.js';
import { User } from '../tenancy/models/tenancy.models.js';
import { DebriefService } from './debrief.service.js';
import { CandidateDebrief, CompetencySummary, MissingScorecard } from './models/debrief.models.js';

const optionalUuid = {
  transform: (value: string | undefined) =>
    value === undefined || value === null
      ? undefined
      : uuidArg('loopId').transform(value, { type: 'custom' }),
};

@Resolver(() => CandidateDebrief)
export class DebriefResolver {
  constructor(private readonly debriefs: DebriefService) {}

  @Roles(Role.ADMIN, Role.RECRUITER, Role.HIRING_MANAGER)
  @Scopes(Scope.SCORECARDS_READ)
  @Query(() => CandidateDebrief, {
    description:
      "A candidate's debrief: scorecards (under the sealed-feedback policy), competency " +
      'statistics, the recommendation tally, disagreement flags and missing scorecards. ' +
      'Hiring managers read it for the loops they manage.',
  })
  candidateDebrief(
    @Ctx() ctx: RequestContext,
    @Args('candidateId', { type: () => ID }, uuidArg('candidateId')) candidateId: string,
    @Args('loopId', { type: () => ID, nullable: true }, optionalUuid) loopId?: string,
  ) {
    return this.debriefs.debrief(ctx, candidateId, loopId);
  }

  @ResolveField(() => Int)
  sealedScorecards(@Ctx() ctx: RequestContext, @Parent() debrief: CandidateDebrief) {
    return this.debriefs.sealedCount(ctx, debrief);
  }
}

@Resolver(() => CompetencySummary)
export class CompetencySummaryResolver {
  constructor(private readonly taxonomy: TaxonomyLoaders) {}

  @ResolveField(() => Competency)
  competency(@Ctx() ctx: RequestContext, @Parent() summary: CompetencySummary) {
    return this.taxonomy.competency(ctx).load(summary.competencyId);
  }
}

@Resolver(() => MissingScorecard)
export class MissingScorecardResolver {
  constructor(
    private readonly taxonomy: TaxonomyLoaders,
    private readonly interviews: InterviewService,
  ) {}

  @ResolveField(() => Interview)
  interview(@Ctx() ctx: RequestContext, @Parent() missing: MissingScorecard) {
    return this.interviews.loader(ctx).load(missing.interviewId);
  }

  @ResolveField(() => User)
  interviewer(@Ctx() ctx: RequestContext, @Parent() missing: MissingScorecard) {
    return this.taxonomy.user(ctx).load(missing.interviewerId);
  }
}
