import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Candidate, Interview } from '../../interviews/models/interview.models.js';
import { Competency } from '../../taxonomy/models/taxonomy.models.js';
import { User } from '../../tenancy/models/tenancy.models.js';
import { Scorecard } from './scorecard.models.js';

@ObjectType({
  description:
    "A competency across the scorecards: each scorecard counts once, with the interviewer's " +
    'rating of the competency if given, else the weighted mean of their criterion scores on it.',
})
export class CompetencySummary {
  @Field(() => Competency)
  competency?: Competency;

  @Field(() => Float)
  mean: number;

  @Field(() => Float)
  min: number;

  @Field(() => Float)
  max: number;

  @Field(() => Int, { description: 'Scorecards that assessed it.' })
  count: number;

  @Field(() => Float, { description: 'max - min.' })
  spread: number;

  @Field({ description: 'The spread is 2 levels or more.' })
  disagreement: boolean;

  competencyId: string;
}

@ObjectType({ description: 'How many scorecards recommend what.' })
export class RecommendationTally {
  @Field(() => Int)
  strongNo: number;

  @Field(() => Int)
  no: number;

  @Field(() => Int)
  yes: number;

  @Field(() => Int)
  strongYes: number;
}

@ObjectType({ description: 'Something the hiring team should talk about.' })
export class DebriefFlag {
  @Field({
    description:
      'COMPETENCY_SPREAD (scores 2 levels apart or more), SPLIT_RECOMMENDATION (recommendations ' +
      'on both sides of the line) or AMENDED_AFTER_REVEAL.',
  })
  code: string;

  @Field()
  message: string;

  @Field(() => ID, { nullable: true })
  competencyId: string | null;

  @Field(() => ID, { nullable: true })
  scorecardId: string | null;
}

@ObjectType({ description: 'A scorecard not yet submitted.' })
export class MissingScorecard {
  @Field(() => ID)
  scorecardId: string;

  @Field(() => Interview)
  interview?: Interview;

  @Field(() => User)
  interviewer?: User;

  @Field(() => GraphQLISODateTime)
  dueAt: Date;

  @Field(() => Int, { description: 'Seconds past dueAt; 0 while not yet due.' })
  overdueSeconds: number;

  interviewId: string;
  interviewerId: string;
}

@ObjectType({ description: 'Everything the hiring team needs to decide on a candidate.' })
export class CandidateDebrief {
  @Field(() => Candidate)
  candidate: Candidate;

  @Field(() => [Interview], { description: 'The interviews in scope, by scheduled start.' })
  interviews: Interview[];

  @Field(() => [Scorecard], {
    description: 'Submitted scorecards the caller may read under the sealed-feedback policy.',
  })
  scorecards: Scorecard[];

  @Field(() => [CompetencySummary])
  competencies: CompetencySummary[];

  @Field(() => RecommendationTally)
  recommendations: RecommendationTally;

  @Field(() => [DebriefFlag])
  flags: DebriefFlag[];

  @Field(() => [MissingScorecard], { description: 'Scorecards still owed, most overdue first.' })
  missing: MissingScorecard[];

  @Field(() => Int, {
    description:
      'Submitted scorecards in scope that the sealed-feedback policy hides from the caller until ' +
      'they submit their own; 0 for readers who see them all. A count only: `scorecards`, ' +
      '`competencies`, `recommendations` and `flags` cover the readable scorecards alone.',
  })
  sealedScorecards?: number;

  /** The candidate and interviews the debrief covers (not in the schema). */
  scope: { candidateId: string; interviewIds: string[] };
}
