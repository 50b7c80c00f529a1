import { Node } from '../../common/node.js';
import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  InterfaceType,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  Connection,
  PageInfo,
  TOTAL_COUNT_DESCRIPTION,
  type TotalCount,
} from '../../common/pagination.js';
import { User } from '../../tenancy/models/tenancy.models.js';
import { ExampleAnswer, LevelExpectation } from './guide.models.js';
import {
  AnswerFormat,
  QuestionStatus,
  QuestionType,
  Seniority,
  VersionSource,
} from '../entities/taxonomy.enums.js';

registerEnumType(QuestionType, { name: 'QuestionType', description: 'Kind of question.' });
registerEnumType(Seniority, {
  name: 'Seniority',
  description: 'Seniority level a question suits.',
});
registerEnumType(QuestionStatus, {
  name: 'QuestionStatus',
  description: 'DRAFT while written; ACTIVE (needs a complete rubric) when usable; ARCHIVED.',
});
registerEnumType(AnswerFormat, {
  name: 'AnswerFormat',
  description: 'How an answer is expected: STAR story, free form, whiteboard, code, discussion.',
});
registerEnumType(VersionSource, { name: 'VersionSource', description: 'Who wrote a version.' });

@ObjectType({ description: 'A node of the question taxonomy.' })
export class Category {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field({ description: 'Unique among siblings.' })
  slug: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field()
  archived: boolean;

  @Field(() => [Category], { description: 'Sub-categories, by name.' })
  children: Category[];
}

@ObjectType({ description: 'What a rubric criterion assesses.' })
export class Competency {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable key, unique in the tenant.' })
  key: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field()
  archived: boolean;
}

@ObjectType({ description: 'One level of a rating scale.' })
export class RatingLevel {
  @Field(() => Int)
  value: number;

  @Field()
  label: string;

  @Field()
  description: string;
}

@ObjectType({ description: 'A version of the tenant rating scale.' })
export class RatingScale {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Grows when the number of levels changes.' })
  version: number;

  @Field(() => [RatingLevel], { description: 'Lowest first.' })
  levels: RatingLevel[];
}

@ObjectType({ description: 'What an answer at one level of the scale looks like.' })
export class Anchor {
  @Field(() => Int)
  level: number;

  @Field({ description: "The scale's label for the level." })
  label: string;

  @Field({ description: 'Observable behaviour that earns this level.' })
  text: string;
}

/**
 * The fields every rubric criterion has, wherever it is read: in the library (RubricCriterion)
 * and in an interviewer's kit (KitCriterion), so a client selects them with one fragment.
 */
@InterfaceType('Criterion', {
  description:
    'A rubric criterion: what it assesses, its weight and an anchor per level of the scale. ' +
    'The same in the library (RubricCriterion) and in a kit (KitCriterion).',
})
export abstract class Criterion {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => Float, { description: 'Relative weight, greater than 0.' })
  weight: number;

  @Field(() => Competency)
  competency?: Competency;

  @Field(() => [Anchor], { description: 'One anchor per level of the scale.' })
  anchors: Anchor[];
}

@ObjectType({ description: 'A criterion of a rubric.', implements: () => [Criterion] })
export class RubricCriterion implements Criterion {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => Float, { description: 'Relative weight, greater than 0.' })
  weight: number;

  @Field(() => Competency)
  competency: Competency;

  @Field(() => [Anchor], { description: 'One anchor per level of the scale.' })
  anchors: Anchor[];
}

@ObjectType({ description: 'The rubric of one question version.' })
export class Rubric {
  @Field(() => [RubricCriterion])
  criteria: RubricCriterion[];

  @Field({ description: 'True when it has criteria with an anchor at every level.' })
  complete: boolean;

  scaleId: string;
}

/** The content fields of a question version, shared by the version and the interviewer kit. */
@ObjectType({ isAbstract: true })
export abstract class QuestionContent {
  @Field({ description: 'The question as the interviewer asks it.' })
  prompt: string;

  @Field({ description: 'What the question assesses and why.' })
  purpose: string;

  @Field({ description: 'How to run the question and what to listen for.' })
  guidance: string;

  @Field(() => [String])
  followUps: string[];

  @Field(() => [String])
  strongSignals: string[];

  @Field(() => [String])
  redFlags: string[];

  @Field(() => AnswerFormat)
  answerFormat: AnswerFormat;

  @Field(() => [LevelExpectation], {
    description:
      'For each seniority the question is tagged with, what a 3 ("Yes") looks like. Empty when ' +
      'the author wrote none.',
  })
  levelExpectations: LevelExpectation[];

  @Field(() => [ExampleAnswer], {
    description: 'Worked example answers for calibration (typically what a 2 and a 3 sound like).',
  })
  exampleAnswers: ExampleAnswer[];
}

@ObjectType({ description: 'Immutable content of a question.', implements: () => [Node] })
export class QuestionVersion extends QuestionContent {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  questionId: string;

  @Field(() => Int, { description: '1 for the first version, then n+1 per edit.' })
  number: number;

  @Field(() => QuestionType, {
    description:
      "The question's type when this version was written; kits pinned to the version show it. " +
      'Changing the type makes a new version.',
  })
  type: QuestionType;

  @Field(() => VersionSource)
  source: VersionSource;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => User, { nullable: true, description: 'Null for versions imported from a pack.' })
  author?: User | null;

  @Field(() => Rubric)
  rubric?: Rubric;

  @Field(() => RatingScale, { description: 'The scale the rubric is written against.' })
  scale?: RatingScale;

  scaleId: string;
  authorId: string | null;
}

@ObjectType({
  description: 'An interview question with versioned content and a rubric.',
  implements: () => [Node],
})
export class Question {
  @Field(() => ID)
  id: string;

  @Field(() => Category)
  category?: Category;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field(() => [Seniority])
  seniority: Seniority[];

  @Field(() => [String])
  tags: string[];

  @Field(() => Int)
  estimatedMinutes: number;

  @Field(() => QuestionStatus)
  status: QuestionStatus;

  @Field(() => QuestionVersion)
  currentVersion?: QuestionVersion;

  @Field(() => String, { nullable: true, description: 'Pack and key it was imported from.' })
  packKey: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  categoryId: string;
  currentVersionId: string;
}

@ObjectType({ description: 'A page of the versions of a question.' })
export class QuestionVersionConnection extends Connection(QuestionVersion, 'QuestionVersion') {}

@ObjectType('QuestionEdge')
export class QuestionEdge {
  @Field()
  cursor: string;

  @Field(() => Question)
  node: Question;

  @Field(() => String, {
    nullable: true,
    description: 'With `search`: the matching passage, matches wrapped in <mark>…</mark>.',
  })
  highlight?: string | null;

  @Field(() => Float, { nullable: true, description: 'With `search`: relevance, higher first.' })
  rank?: number | null;
}

@ObjectType({ description: 'A page of questions.' })
export class QuestionConnection {
  @Field(() => [QuestionEdge])
  edges: QuestionEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, {
    description: `Number of questions matching the filters. ${TOTAL_COUNT_DESCRIPTION}`,
  })
  totalCount: TotalCount;
}

@ObjectType({ description: 'One changed field between two versions.' })
export class FieldChange {
  @Field({ description: 'e.g. `prompt`, `followUps`, `rubric.criteria[0].weight`.' })
  field: string;

  @Field(() => String, { nullable: true, description: 'Text, or JSON for lists.' })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

@ObjectType({ description: 'What changed between two versions of a question.' })
export class QuestionVersionDiff {
  @Field(() => QuestionVersion)
  from: QuestionVersion;

  @Field(() => QuestionVersion)
  to: QuestionVersion;

  @Field(() => [FieldChange])
  changes: FieldChange[];
}

@ObjectType({ description: 'Outcome of importing a pack.' })
export class PackImportResult {
  @Field()
  pack: string;

  @Field()
  version: string;

  @Field(() => Int)
  categoriesCreated: number;

  @Field(() => Int)
  competenciesCreated: number;

  @Field(() => Int)
  questionsCreated: number;

  @Field(() => Int, { description: 'Questions given a new version because the pack changed.' })
  questionsUpdated: number;

  @Field(() => Int)
  questionsUnchanged: number;

  @Field(() => [String], {
    description: 'Keys of questions the tenant edited; the pack change was not applied.',
  })
  diverged: string[];

  @Field(() => Int, {
    description:
      'Loop templates of the pack created by this import; one the tenant already has is never changed.',
  })
  templatesCreated: number;
}
