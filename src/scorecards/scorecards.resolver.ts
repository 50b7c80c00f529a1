import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AnyMember, Scope, Scopes } from '../auth/policy.decorator.js';
import { ScorecardStatus } from './entities/scorecard.enums.js';
import { Ctx } from '../common/context.js';
import { TwoWayPageArgs } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { uuidArg } from '../common/uuid-arg.js';
import { CandidateService } from '../interviews/candidate.service.js';
import { InterviewService } from '../interviews/interview.service.js';
import { Candidate, Interview } from '../interviews/models/interview.models.js';
import { Competency } from '../taxonomy/models/taxonomy.models.js';
import { TaxonomyLoaders } from '../taxonomy/taxonomy.loaders.js';
import { User } from '../tenancy/models/tenancy.models.js';
import {
  AmendScorecardInput,
  SaveScorecardDraftInput,
  ScorecardsArgs,
  SubmitScorecardInput,
} from './dto/scorecard.inputs.js';
import {
  CompetencyRating,
  Scorecard,
  ScorecardConnection,
  ScorecardRevisionConnection,
} from './models/scorecard.models.js';
import { RevisionsLoader } from './revisions.loader.js';
import { ScorecardService } from './scorecard.service.js';
import { AtsSystem } from '../integration/ats-scale/ats-scale.js';
import { ScorecardAtsExport } from '../integration/ats-scale/ats-scale.models.js';
import { AtsScaleService } from '../integration/ats-scale/ats-scale.service.js';

@Resolver(() => Scorecard)
export class ScorecardResolver {
  constructor(
    private readonly scorecardService: ScorecardService,
    private readonly interviewService: InterviewService,
    private readonly candidateService: CandidateService,
    private readonly taxonomy: TaxonomyLoaders,
    private readonly scale: AtsScaleService,
    private readonly revisionPages: RevisionsLoader,
  ) {}

  @AnyMember()
  @Scopes(Scope.SCORECARDS_READ, Scope.SCORECARDS_WRITE)
  @Query(() => ScorecardConnection, {
    description:
      'Scorecards the caller may read under the sealed-feedback policy (their own drafts ' +
      'included), least recently updated first. A key with SCORECARDS_WRITE reads them as the ' +
      'member named in On-Behalf-Of (e.g. `mine: true`: that member’s own).',
  })
  scorecards(@Ctx() ctx: RequestContext, @Args() args: ScorecardsArgs) {
    return this.scorecardService.list(ctx, args);
  }

  @AnyMember()
  @Scopes(Scope.SCORECARDS_READ, Scope.SCORECARDS_WRITE)
  @Query(() => Scorecard, { description: 'FORBIDDEN while sealed from the caller.' })
  scorecard(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string) {
    return this.scorecardService.get(ctx, id);
  }

  @AnyMember()
  @Scopes(Scope.SCORECARDS_WRITE)
  @Mutation(() => Scorecard, {
    description:
      'Only the assigned interviewer saves their draft (an API key with SCORECARDS_WRITE: for the ' +
      'member named in On-Behalf-Of).',
  })
  saveScorecardDraft(@Ctx() ctx: RequestContext, @Args('input') input: SaveScorecardDraftInput) {
    return this.scorecardService.saveDraft(ctx, input);
  }

  @AnyMember()
  @Scopes(Scope.SCORECARDS_WRITE)
  @Mutation(() => Scorecard, {
    description:
      'Submits the draft: it needs the recommendation and a score or notAssessed for every ' +
      'criterion of every required question. The scorecard is then immutable.',
  })
  submitScorecard(@Ctx() ctx: RequestContext, @Args('input') input: SubmitScorecardInput) {
    return this.scorecardService.submit(ctx, input);
  }

  @AnyMember()
  @Scopes(Scope.SCORECARDS_WRITE)
  @Mutation(() => Scorecard, {
    description:
      'Adds a revision to a submitted scorecard, with a reason; earlier ones stay readable.',
  })
  amendScorecard(@Ctx() ctx: RequestContext, @Args('input') input: AmendScorecardInput) {
    return this.scorecardService.amend(ctx, input);
  }

  @ResolveField(() => User)
  interviewer(@Ctx() ctx: RequestContext, @Parent() scorecard: Scorecard) {
    return this.taxonomy.user(ctx).load(scorecard.interviewerId);
  }

  @ResolveField(() => Interview, {
    nullable: true,
    description:
      'Null when the caller may read the scorecard but not the interview (another interview of a candidate they interview).',
  })
  interview(@Ctx() ctx: RequestContext, @Parent() scorecard: Scorecard) {
    return this.interviewService.loader(ctx).load(scorecard.interviewId);
  }

  @ResolveField(() => Candidate)
  candidate(@Ctx() ctx: RequestContext, @Parent() scorecard: Scorecard) {
    return this.candidateService.loader(ctx).load(scorecard.candidateId);
  }

  @ResolveField(() => ScorecardAtsExport, {
    nullable: true,
    description:
      "The recommendation and ratings in an ATS's values, under the tenant's scale mapping " +
      "(atsScaleMappings): for `ats`, or else the calling API key's configured ATS; null when " +
      'neither names one.',
  })
  atsExport(
    @Ctx() ctx: RequestContext,
    @Parent() scorecard: Scorecard,
    @Args('ats', { type: () => AtsSystem, nullable: true }) ats?: AtsSystem | null,
  ) {
    const system = ats ?? (ctx.principal.ats as AtsSystem | null | undefined);
    return system ? this.scale.export(ctx, system, scorecard) : null;
  }

  @ResolveField(() => ScorecardRevisionConnection, {
    description:
      'The revisions, oldest first (`last: 1` is the current one), a page at a time: at most ' +
      '100. Changed in issue 16: a connection (read `edges { node }`), no longer a list.',
  })
  revisions(
    @Ctx() ctx: RequestContext,
    @Parent() scorecard: Scorecard,
    @Args() args: TwoWayPageArgs,
  ) {
    return this.revisionPages.pages(ctx, args).load(scorecard.id);
  }
}

@Resolver(() => CompetencyRating)
export class CompetencyRatingResolver {
  constructor(private readonly taxonomy: TaxonomyLoaders) {}

  @ResolveField(() => Competency)
  competency(@Ctx() ctx: RequestContext, @Parent() rating: CompetencyRating) {
    return this.taxonomy.competency(ctx).load(rating.competencyId);
  }
}

@Resolver(() => Interview)
export class InterviewScorecardsResolver {
  constructor(private readonly scorecardService: ScorecardService) {}

  @ResolveField(() => [Scorecard], {
    description: "The interview's scorecards the caller may read under the sealed-feedback policy.",
  })
  scorecards(@Ctx() ctx: RequestContext, @Parent() interview: Interview) {
    return this.scorecardService.ofInterviewLoader(ctx).load(interview.id);
  }

  @ResolveField(() => Int, {
    description:
      'How many submitted scorecards of this interview the caller may read (sealed ones are not counted).',
  })
  async submittedCount(@Ctx() ctx: RequestContext, @Parent() interview: Interview) {
    const cards = await this.scorecardService.ofInterviewLoader(ctx).load(interview.id);
    return cards.filter((c) => c.status === ScorecardStatus.SUBMITTED).length;
  }
}

@Resolver(() => Candidate)
export class CandidateScorecardsResolver {
  constructor(private readonly scorecardService: ScorecardService) {}

  @ResolveField(() => [Scorecard], {
    description: "The candidate's scorecards the caller may read under the sealed-feedback policy.",
  })
  scorecards(@Ctx() ctx: RequestContext, @Parent() candidate: Candidate) {
    return this.scorecardService.ofCandidateLoader(ctx).load(candidate.id);
  }
}
