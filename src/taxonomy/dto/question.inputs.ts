/** Inputs of questions: their versioned content, rubric and metadata, and the list's filters. */
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../common/pagination.js';
import {
  AnswerFormat,
  QuestionStatus,
  QuestionType,
  Seniority,
} from '../entities/taxonomy.enums.js';
import { HasAtMostDecimals } from '../../common/validation.pipe.js';
import { KEY_MESSAGE, KEY_PATTERN } from './taxonomy.inputs.js';

/**
 * How many matches a search ranks: the newest ones (in the tenant's insertion order), so a page
 * costs the same however many questions match and however many the tenant holds. Fixed in
 * `ik_question_search` (migrations/…-SearchSlices.ts); stated in the `search` argument's
 * description.
 */
export const SEARCH_CANDIDATES = 300;

const TEXT_LIST = { min: 0, max: 20, length: 1000 };

@InputType({
  description: 'What a 3 ("Yes") looks like at one seniority the question is tagged with.',
})
export class LevelExpectationInput {
  @Field(() => Seniority, { description: "One of the question's seniority tags." })
  @IsEnum(Seniority)
  seniority: Seniority;

  @Field()
  @IsString()
  @Length(1, 2000)
  expectation: string;
}

@InputType({ description: 'A worked example answer at one score, for calibration.' })
export class ExampleAnswerInput {
  @Field(() => Int, { description: 'A level of the current rating scale.' })
  @IsInt()
  @Min(1)
  @Max(10)
  score: number;

  @Field()
  @IsString()
  @Length(1, 4000)
  answer: string;
}

@InputType({ description: 'The content of a question version.' })
export class QuestionContentInput {
  @Field()
  @IsString()
  @Length(1, 4000)
  prompt: string;

  @Field({ description: 'What it assesses.' })
  @IsString()
  @Length(1, 4000)
  purpose: string;

  @Field({ nullable: true, description: 'Empty when omitted.' })
  @IsString()
  @MaxLength(8000)
  guidance: string = '';

  @Field(() => [String], { nullable: true, description: 'Empty when omitted.' })
  @IsArray()
  @ArrayMaxSize(TEXT_LIST.max)
  @IsString({ each: true })
  @Length(1, TEXT_LIST.length, { each: true })
  followUps: string[] = [];

  @Field(() => [String], { nullable: true, description: 'Empty when omitted.' })
  @IsArray()
  @ArrayMaxSize(TEXT_LIST.max)
  @IsString({ each: true })
  @Length(1, TEXT_LIST.length, { each: true })
  strongSignals: string[] = [];

  @Field(() => [String], { nullable: true, description: 'Empty when omitted.' })
  @IsArray()
  @ArrayMaxSize(TEXT_LIST.max)
  @IsString({ each: true })
  @Length(1, TEXT_LIST.length, { each: true })
  redFlags: string[] = [];

  @Field(() => AnswerFormat, { nullable: true, description: 'DISCUSSION when omitted.' })
  @IsEnum(AnswerFormat)
  answerFormat: AnswerFormat = AnswerFormat.DISCUSSION;

  @Field(() => [LevelExpectationInput], {
    nullable: true,
    description: 'At most one per seniority tag of the question. Empty when omitted.',
  })
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => LevelExpectationInput)
  levelExpectations: LevelExpectationInput[] = [];

  @Field(() => [ExampleAnswerInput], { nullable: true, description: 'Empty when omitted.' })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ExampleAnswerInput)
  exampleAnswers: ExampleAnswerInput[] = [];
}

@InputType()
export class RubricCriterionInput {
  @Field()
  @IsString()
  @Length(1, 200)
  title: string;

  @Field({ nullable: true, description: 'Empty when omitted.' })
  @IsString()
  @MaxLength(2000)
  description: string = '';

  @Field(() => ID)
  @IsUUID()
  competencyId: string;

  @Field(() => Float, {
    description: 'Relative weight: from 0.01 to 100, with at most two decimals.',
  })
  @HasAtMostDecimals(2)
  @Min(0.01)
  @Max(100)
  weight: number;

  @Field(() => [String], {
    description: 'One anchor per level of the current scale, lowest first.',
  })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 2000, { each: true })
  anchors: string[];
}

@InputType()
export class QuestionMetadataInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  categoryId?: string;

  @Field(() => QuestionType, { nullable: true })
  @IsOptional()
  @IsEnum(QuestionType)
  type?: QuestionType;

  @Field(() => [Seniority], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(Seniority, { each: true })
  seniority?: Seniority[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(KEY_PATTERN, { each: true, message: `each tag ${KEY_MESSAGE}` })
  tags?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(180)
  estimatedMinutes?: number;
}

@InputType()
export class CreateQuestionInput {
  @Field(() => ID)
  @IsUUID()
  categoryId: string;

  @Field(() => QuestionType)
  @IsEnum(QuestionType)
  type: QuestionType;

  @Field(() => [Seniority])
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(Seniority, { each: true })
  seniority: Seniority[];

  @Field(() => [String], { nullable: true, description: 'Empty when omitted.' })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(KEY_PATTERN, { each: true, message: `each tag ${KEY_MESSAGE}` })
  tags: string[] = [];

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(180)
  estimatedMinutes: number;

  @Field(() => QuestionContentInput)
  @ValidateNested()
  @Type(() => QuestionContentInput)
  content: QuestionContentInput;

  @Field(() => [RubricCriterionInput], {
    nullable: true,
    description: 'May be set later. Refused for CANDIDATE_QUESTION, which is never rated.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionInput)
  rubric?: RubricCriterionInput[];
}

@InputType({
  description: 'Metadata changes apply in place; a content change makes a new version.',
})
export class UpdateQuestionInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => QuestionMetadataInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionMetadataInput)
  metadata?: QuestionMetadataInput;

  @Field(() => QuestionContentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionContentInput)
  content?: QuestionContentInput;
}

@InputType()
export class SetRubricInput {
  @Field(() => ID)
  @IsUUID()
  questionId: string;

  @Field(() => [RubricCriterionInput], { description: 'Replaces the rubric in a new version.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionInput)
  criteria: RubricCriterionInput[];
}

@ArgsType()
export class QuestionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'In this category or any below it.' })
  @IsOptional()
  @IsUUID()
  categoryId?: string;

  @Field(() => ID, { nullable: true, description: "Assessed by the current version's rubric." })
  @IsOptional()
  @IsUUID()
  competencyId?: string;

  @Field(() => QuestionType, { nullable: true })
  @IsOptional()
  @IsEnum(QuestionType)
  type?: QuestionType;

  @Field(() => Seniority, { nullable: true })
  @IsOptional()
  @IsEnum(Seniority)
  seniority?: Seniority;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  tag?: string;

  @Field(() => QuestionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(QuestionStatus)
  status?: QuestionStatus;

  @Field({
    nullable: true,
    description:
      'Full-text search over prompt, purpose, guidance and tags, best match first. At most ' +
      `the ${SEARCH_CANDIDATES} newest matches are ranked ` +
      'and served, so a page costs the same however many questions match; totalCount still ' +
      'counts every match. More words or filters narrow a broad search.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  search?: string;
}
