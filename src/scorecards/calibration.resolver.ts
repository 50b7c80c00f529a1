import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/policy.decorator.js';
import { Ctx } from '../common/context.js';
import type { RequestContext } from '../common/request-context.js';
import { QuestionVersion } from '../taxonomy/models/taxonomy.models.js';
import { TaxonomyLoaders } from '../taxonomy/taxonomy.loaders.js';
import { Role } from '../common/role.js';
import { User } from '../tenancy/models/tenancy.models.js';
import { CalibrationService } from './calibration.service.js';
import {
  CalibrationWindowArgs,
  InterviewerCalibration,
  InterviewerCalibrationConnection,
  QuestionAnalytics,
  QuestionAnalyticsConnection,
} from './models/calibration.models.js';

@Resolver(() => InterviewerCalibration)
export class CalibrationResolver {
  constructor(
    private readonly calibration: CalibrationService,
    private readonly taxonomy: TaxonomyLoaders,
  ) {}

  @Roles(Role.ADMIN, Role.RECRUITER)
  @Query(() => InterviewerCalibrationConnection, {
    description:
      'Per interviewer with submitted scorecards in the window [from, to) (read at their ' +
      'current revision; cancelled interviews left out): the number of scorecards, the mean ' +
      'of their criterion scores (not assessed left out), expectedMean = the average over ' +
      "their scores of each score's question-version mean, leniency = (meanScore - " +
      'expectedMean) / the pooled within-version population standard deviation of all scores ' +
      'on the versions they scored, the share of YES or STRONG_YES recommendations, and the ' +
      "share submitted by the interview's scheduled end plus the tenant's feedback due hours. " +
      'By display name, then id (`last` reads from the end), a page of at most 100. Changed in ' +
      'issue 16: a connection (read `edges { node }`), no longer a list of every interviewer.',
  })
  interviewerCalibration(@Ctx() ctx: RequestContext, @Args() args: CalibrationWindowArgs) {
    return this.calibration.interviewers(ctx, args);
  }

  @ResolveField(() => User)
  interviewer(@Ctx() ctx: RequestContext, @Parent() row: InterviewerCalibration) {
    return this.taxonomy.user(ctx).load(row.interviewerId);
  }
}

@Resolver(() => QuestionAnalytics)
export class QuestionAnalyticsResolver {
  constructor(
    private readonly calibration: CalibrationService,
    private readonly taxonomy: TaxonomyLoaders,
  ) {}

  @Roles(Role.ADMIN, Role.RECRUITER)
  @Query(() => QuestionAnalyticsConnection, {
    description:
      'Per question version scored in the window [from, to) of submitted scorecards (read at ' +
      'their current revision; cancelled interviews left out): uses, the mean and population ' +
      'standard deviation of its criterion scores, inter-rater agreement (share of equal ' +
      'scores over pairs of scorecards by different interviewers on the same candidate and ' +
      "criterion) and the Pearson correlation of each scorecard's mean score on it with its " +
      'recommendation (STRONG_NO = 1 ... STRONG_YES = 4). Most disagreeing first: agreement ' +
      'ascending, versions without pairs last, then by id (`last` reads from the most agreeing), ' +
      'a page of at most 100. Changed in issue 16: a connection (read `edges { node }`), no ' +
      'longer a list of every version, and no longer most used first.',
  })
  questionAnalytics(@Ctx() ctx: RequestContext, @Args() args: CalibrationWindowArgs) {
    return this.calibration.questions(ctx, args);
  }

  @ResolveField(() => QuestionVersion)
  questionVersion(@Ctx() ctx: RequestContext, @Parent() row: QuestionAnalytics) {
    return this.taxonomy.version(ctx).load(row.questionVersionId);
  }
}
