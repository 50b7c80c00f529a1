import { Node } from '../../common/node.js';
import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { PageInfo, TOTAL_COUNT_DESCRIPTION, type TotalCount } from '../../common/pagination.js';
import {
  Anchor,
  Competency,
  Criterion,
  QuestionContent,
  QuestionVersion,
  RatingScale,
} from '../../taxonomy/models/taxonomy.models.js';
import { User } from '../../tenancy/models/tenancy.models.js';
import { QuestionType, Seniority } from '../../taxonomy/entities/taxonomy.enums.js';
import { InterviewGuide } from '../../taxonomy/models/guide.models.js';
import { LoopStatus, StageKind } from '../entities/loop.enums.js';

registerEnumType(LoopStatus, {
  name: 'LoopStatus',
  description: 'DRAFT is editable; PUBLISHED is frozen; ARCHIVED is retired.',
});
registerEnumType(StageKind, { name: 'StageKind', description: 'What a stage is for.' });

export enum FindingSeverity {
  BLOCKING = 'BLOCKING',
  WARNING = 'WARNING',
}
registerEnumType(FindingSeverity, {
  name: 'FindingSeverity',
  description: 'BLOCKING findings stop publishLoop; WARNINGs are reported.',
});

@ObjectType({ description: 'A question pinned to a stage at one version.' })
export class StageQuestion {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field(() => Int)
  timeBudgetMinutes: number;

  @Field()
  required: boolean;

  @Field(() => QuestionVersion, { description: 'The pinned version; later edits never change it.' })
  questionVersion?: QuestionVersion;

  @Field({ description: 'True when the question has a newer version than the pinned one.' })
  upgradeAvailable?: boolean;

  questionVersionId: string;
  stageId: string;
}

@ObjectType({ description: 'One stage of a loop.' })
export class Stage {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '0 for the first stage.' })
  position: number;

  @Field()
  name: string;

  @Field(() => StageKind)
  kind: StageKind;

  @Field(() => Int)
  durationMinutes: number;

  @Field()
  instructions: string;

  @Field(() => [Competency])
  focusCompetencies?: Competency[];

  @Field(() => [StageQuestion])
  questions?: StageQuestion[];

  loopId: string;
  focusCompetencyIds: string[];
}

@ObjectType({ description: 'A problem the coverage check found.' })
export class CoverageFinding {
  @Field({
    description:
      'FOCUS_NOT_ASSESSED, COMPETENCY_NOT_ASSESSED, DUPLICATE_QUESTION, OVER_TIME, QUESTION_NOT_ACTIVE, NO_QUESTIONS.',
  })
  code: string;

  @Field(() => FindingSeverity)
  severity: FindingSeverity;

  @Field()
  message: string;

  @Field({ description: 'Where, e.g. `stages[1].questions[0]`.' })
  path: string;

  @Field(() => ID, { nullable: true })
  stageId: string | null;

  @Field(() => ID, { nullable: true })
  competencyId: string | null;

  @Field(() => ID, { nullable: true })
  questionId: string | null;
}

@ObjectType({ description: 'Weight of a competency in one stage.' })
export class CoverageCell {
  @Field(() => ID)
  stageId: string;

  @Field(() => Float, { description: 'Sum of the weights of the criteria that assess it.' })
  weight: number;

  @Field(() => Int, { description: 'Criteria that assess it.' })
  criteria: number;
}

@ObjectType({ description: 'A competency across the stages.' })
export class CoverageRow {
  @Field(() => Competency)
  competency: Competency;

  @Field(() => [CoverageCell], { description: 'One cell per stage, in stage order.' })
  cells: CoverageCell[];

  @Field(() => Float)
  totalWeight: number;
}

@ObjectType({ description: 'Competency x stage matrix and the findings of the coverage check.' })
export class Coverage {
  @Field(() => [CoverageRow], { description: 'Assessed or focus competencies, by name.' })
  rows: CoverageRow[];

  @Field(() => [CoverageFinding])
  findings: CoverageFinding[];

  @Field({ description: 'True when no finding blocks publishing.' })
  publishable: boolean;
}

@ObjectType({ description: 'An interview loop for one role.', implements: () => [Node] })
export class InterviewLoop {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  roleTitle: string;

  @Field(() => String, { nullable: true, description: 'Job id in the ATS; unique in the tenant.' })
  atsJobId: string | null;

  @Field()
  description: string;

  @Field(() => LoopStatus)
  status: LoopStatus;

  @Field()
  isTemplate: boolean;

  @Field(() => ID, { nullable: true, description: 'The loop this one was cloned from.' })
  clonedFromId: string | null;

  @Field(() => User)
  owner?: User;

  @Field(() => [User])
  hiringManagers?: User[];

  @Field(() => [Stage])
  stages?: Stage[];

  @Field(() => Coverage, { description: 'The coverage check, computed now.' })
  coverage?: Coverage;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  ownerId: string;
}

@ObjectType()
export class LoopEdge {
  @Field()
  cursor: string;

  @Field(() => InterviewLoop)
  node: InterviewLoop;
}

@ObjectType({ description: 'A page of loops.' })
export class LoopConnection {
  @Field(() => [LoopEdge])
  edges: LoopEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: TOTAL_COUNT_DESCRIPTION })
  totalCount: TotalCount;
}

@ObjectType()
export class PublishLoopPayload {
  @Field(() => InterviewLoop)
  loop: InterviewLoop;

  @Field(() => [CoverageFinding], { description: 'Findings that did not block publishing.' })
  warnings: CoverageFinding[];
}

@ObjectType({ implements: () => [Criterion] })
export class KitCriterion implements Criterion {
  @Field(() => ID, { description: 'The criterion to score in a scorecard.' })
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => Float)
  weight: number;

  @Field(() => Competency)
  competency: Competency;

  @Field(() => [Anchor])
  anchors: Anchor[];
}

@ObjectType({ description: 'A question as the interviewer needs it.' })
export class KitQuestion extends QuestionContent {
  @Field(() => ID, { description: 'The pinned question, as scorecards name it.' })
  stageQuestionId: string;

  @Field(() => Int)
  position: number;

  @Field(() => ID)
  questionId: string;

  @Field(() => ID)
  questionVersionId: string;

  @Field(() => Int)
  versionNumber: number;

  @Field(() => Int)
  timeBudgetMinutes: number;

  @Field()
  required: boolean;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field(() => [Seniority], { description: 'The seniority levels the question is tagged with.' })
  seniority: Seniority[];

  @Field({
    description:
      'False for a candidate question: interviewer preparation with no rubric, never rated in a ' +
      'scorecard.',
  })
  rated: boolean;

  @Field(() => [KitCriterion], { description: 'Empty for a question that is not rated.' })
  criteria: KitCriterion[];
}

@ObjectType({ description: 'Everything an interviewer reads for one stage.' })
export class InterviewKit {
  @Field(() => ID)
  stageId: string;

  @Field()
  stageName: string;

  @Field(() => StageKind)
  kind: StageKind;

  @Field(() => Int)
  durationMinutes: number;

  @Field()
  instructions: string;

  @Field(() => ID)
  loopId: string;

  @Field()
  loopName: string;

  @Field()
  roleTitle: string;

  @Field(() => [Competency])
  focusCompetencies: Competency[];

  @Field(() => RatingScale, { description: "The tenant's current scale and its labels." })
  scale: RatingScale;

  @Field(() => [KitQuestion])
  questions: KitQuestion[];

  @Field(() => InterviewGuide, {
    nullable: true,
    description:
      "The tenant's interview guide: scoring guide, seniority level definitions and interviewer " +
      'guidance (structured practice, bias, off-limits topics, note taking). Null when none.',
  })
  guide: InterviewGuide | null;
}
