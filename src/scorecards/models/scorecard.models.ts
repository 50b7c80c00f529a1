import { Node } from '../../common/node.js';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination.js';
import { Competency } from '../../taxonomy/models/taxonomy.models.js';
import { Recommendation, ScorecardStatus } from '../entities/scorecard.enums.js';

registerEnumType(ScorecardStatus, {
  name: 'ScorecardStatus',
  description: 'DRAFT is editable by its author only; SUBMITTED is immutable (amend it).',
});
registerEnumType(Recommendation, {
  name: 'Recommendation',
  description: 'The overall recommendation; the line runs between NO and YES.',
});

@ObjectType({ description: "One criterion's score." })
export class CriterionRating {
  @Field(() => ID)
  stageQuestionId: string;

  @Field(() => ID)
  criterionId: string;

  @Field(() => Int, { nullable: true, description: 'Null when not assessed.' })
  score: number | null;

  @Field({ description: 'The interviewer marked this criterion as not assessed.' })
  notAssessed: boolean;
}

@ObjectType({
  description:
    'STAR notes on a behavioural answer: the situation, the task, the action the candidate ' +
    'took themselves, and the result. Empty parts were not recorded.',
})
export class StarNote {
  @Field({ description: 'The context the candidate was in.' })
  situation: string;

  @Field({ description: 'What they were responsible for.' })
  task: string;

  @Field({ description: 'What they did themselves (not the team).' })
  action: string;

  @Field({ description: 'The outcome, ideally measured, and what they learned.' })
  result: string;
}

@ObjectType({ description: "The interviewer's notes on one question." })
export class QuestionNote {
  @Field(() => ID)
  stageQuestionId: string;

  @Field({ description: 'Free-text notes; empty when only STAR notes were taken.' })
  notes: string;

  @Field(() => StarNote, {
    nullable: true,
    description: 'Structured STAR notes; only on behavioural (STAR) questions, null when none.',
  })
  star?: StarNote | null;
}

@ObjectType({ description: 'The rating of one focus competency of the stage.' })
export class CompetencyRating {
  @Field(() => Competency)
  competency?: Competency;

  @Field(() => Int)
  score: number;

  competencyId: string;
}

@ObjectType({ isAbstract: true })
export abstract class ScorecardContentFields {
  @Field(() => Recommendation, { nullable: true })
  recommendation: Recommendation | null;

  @Field()
  summary: string;

  @Field(() => [CriterionRating])
  ratings: CriterionRating[];

  @Field(() => [QuestionNote])
  notes: QuestionNote[];

  @Field(() => [CompetencyRating])
  competencyRatings: CompetencyRating[];
}

@ObjectType({
  description: 'Submitted content: number 1 is the submission, later ones amendments.',
})
export class ScorecardRevision extends ScorecardContentFields {
  @Field(() => Int)
  number: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was amended; null on the submission.',
  })
  reason: string | null;

  @Field({
    description:
      "True when the author could already read other interviewers' feedback on the candidate.",
  })
  afterReveal: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType({ description: 'A page of the revisions of a scorecard.' })
export class ScorecardRevisionConnection extends Connection(
  ScorecardRevision,
  'ScorecardRevision',
) {}

@ObjectType({
  description:
    "One interviewer's scorecard for one interview. Content is the draft while DRAFT, else the latest revision.",
  implements: () => [Node],
})
export class Scorecard extends ScorecardContentFields {
  @Field(() => ID)
  id: string;

  @Field(() => ScorecardStatus)
  status: ScorecardStatus;

  @Field(() => Int, {
    description: 'Pass it as expectedVersion to the next save, submit or amendment.',
  })
  version: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Number of the latest revision; null while DRAFT.',
  })
  revision: number | null;

  @Field({ description: 'An amendment was made after the author could read other feedback.' })
  amendedAfterReveal: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  interviewId: string;
  candidateId: string;
  interviewerId: string;
  updatedKey: string;
}

@ObjectType()
export class ScorecardConnection extends Connection(Scorecard, 'Scorecard') {}
