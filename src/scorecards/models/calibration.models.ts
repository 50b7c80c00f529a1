import { ArgsType, Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate } from 'class-validator';
import { Connection, TwoWayPageArgs } from '../../common/pagination.js';
import { QuestionVersion } from '../../taxonomy/models/taxonomy.models.js';
import { User } from '../../tenancy/models/tenancy.models.js';

const WINDOW =
  'Over the submitted scorecards whose submittedAt lies in [from, to), each read at its ' +
  'current (latest) revision; scorecards of cancelled interviews do not count. "Scores" are ' +
  'the criterion scores of those revisions; criteria marked not assessed are left out.';

@ArgsType()
export class CalibrationWindowArgs extends TwoWayPageArgs {
  @Field(() => GraphQLISODateTime, {
    description: 'Start of the window (inclusive), on submittedAt.',
  })
  @Type(() => Date)
  @IsDate()
  from: Date;

  @Field(() => GraphQLISODateTime, {
    description: 'End of the window (exclusive): after from, and at most 366 days after it.',
  })
  @Type(() => Date)
  @IsDate()
  to: Date;
}

@ObjectType({
  description:
    `How one interviewer scores compared with everyone else. ${WINDOW} Each of their scores ` +
    "is compared with the mean of its question version's scores in the window (by anyone, " +
    'them included); leniency = (meanScore - expectedMean) / the pooled within-version ' +
    'standard deviation: positive is lenient, negative severe.',
})
export class InterviewerCalibration {
  @Field(() => User)
  interviewer?: User;

  @Field(() => Int, { description: 'Their submitted scorecards in the window.' })
  scorecards: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean of their scores; null when they scored nothing.',
  })
  meanScore: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'What meanScore would be had they given every score at the mean of its question ' +
      "version: the average, over their scores, of that version's mean over all its scores " +
      'in the window (by anyone, them included). Null when they scored nothing.',
  })
  expectedMean: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "avg(score - mean of the score's version) over their scores, i.e. meanScore - " +
      'expectedMean, divided by the pooled within-version standard deviation: ' +
      'sqrt(sum((s - mean of its version)^2) / n) over the n scores in the window, by anyone, ' +
      'on the question versions they scored. Positive when lenient, negative when severe, 0 ' +
      "when they score at each version's mean. Null when they scored nothing or that " +
      'standard deviation is 0.',
  })
  leniency: number | null;

  @Field(() => Float, {
    description: 'Share (0 to 1) of their scorecards recommending YES or STRONG_YES.',
  })
  yesShare: number;

  @Field(() => Float, {
    description:
      "Share (0 to 1) of their scorecards submitted by the interview's scheduled end plus " +
      "the tenant's feedback due hours.",
  })
  onTimeRate: number;

  interviewerId: string;
}

@ObjectType({
  description: `How one question version performs in scorecards. ${WINDOW}`,
})
export class QuestionAnalytics {
  @Field(() => ID)
  questionVersionId: string;

  @Field(() => QuestionVersion)
  questionVersion?: QuestionVersion;

  @Field(() => Int, {
    description: 'Scorecards with at least one score (not "not assessed") on this version.',
  })
  uses: number;

  @Field(() => Float, { description: 'Mean of its criterion scores.' })
  meanScore: number;

  @Field(() => Float, {
    description: 'Spread: the population standard deviation of its criterion scores.',
  })
  stddev: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Inter-rater agreement: over the pairs of scorecards by different interviewers on the same ' +
      'candidate that both scored the same criterion of this version, the share (0 to 1) of ' +
      'pairs with equal scores. Null when there are no such pairs.',
  })
  agreement: number | null;

  @Field(() => Int, { description: 'The number of pairs behind agreement.' })
  agreementPairs: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Pearson correlation between each scorecard's mean score on this version and its " +
      'recommendation (STRONG_NO = 1, NO = 2, YES = 3, STRONG_YES = 4). Null when undefined: ' +
      'fewer than two scorecards, or either side does not vary.',
  })
  recommendationCorrelation: number | null;
}

@ObjectType({ description: 'A page of interviewer calibration rows.' })
export class InterviewerCalibrationConnection extends Connection(
  InterviewerCalibration,
  'InterviewerCalibration',
) {}

@ObjectType({ description: 'A page of question analytics rows.' })
export class QuestionAnalyticsConnection extends Connection(
  QuestionAnalytics,
  'QuestionAnalytics',
) {}
