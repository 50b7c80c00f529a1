import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SyncPageArgs } from '../../common/pagination.js';
import { Recommendation, ScorecardStatus } from '../entities/scorecard.enums.js';
import { NullClears } from '../../common/validation.pipe.js';

@InputType({
  description: 'A score, or notAssessed: true. Neither removes the rating from a draft.',
})
export class CriterionRatingInput {
  @Field(() => ID)
  @IsUUID()
  stageQuestionId: string;

  @Field(() => ID)
  @IsUUID()
  criterionId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @NullClears()
  @IsInt()
  score?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @NullClears()
  @IsBoolean()
  notAssessed?: boolean | null;
}

@InputType({
  description:
    'STAR notes on a behavioural answer. Each part: omitted keeps the stored text (empty for a ' +
    'new note), null clears it. Accepted only on questions answered as a STAR story (answer ' +
    'format STAR or type BEHAVIORAL).',
})
export class StarNoteInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullClears()
  @IsString()
  @MaxLength(5000)
  situation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullClears()
  @IsString()
  @MaxLength(5000)
  task?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullClears()
  @IsString()
  @MaxLength(5000)
  action?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullClears()
  @IsString()
  @MaxLength(5000)
  result?: string | null;
}

@InputType({
  description:
    'Notes on one question. Each field: omitted keeps what is stored, null clears it. A note ' +
    'left with empty text and no STAR text is removed.',
})
export class QuestionNoteInput {
  @Field(() => ID)
  @IsUUID()
  stageQuestionId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Free text. Omitted: the stored text is kept; null or empty clears it.',
  })
  @IsOptional()
  @NullClears()
  @IsString()
  @MaxLength(20000)
  notes?: string | null;

  @Field(() => StarNoteInput, {
    nullable: true,
    description: 'Omitted: the stored STAR parts are kept; null clears all four.',
  })
  @IsOptional()
  @NullClears()
  @ValidateNested()
  @Type(() => StarNoteInput)
  star?: StarNoteInput | null;
}

@InputType({ description: 'A focus competency rating; a null score removes it.' })
export class CompetencyRatingInput {
  @Field(() => ID)
  @IsUUID()
  competencyId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @NullClears()
  @IsInt()
  score?: number | null;
}

@InputType({ isAbstract: true })
export abstract class ScorecardContentInput {
  @Field(() => [CriterionRatingInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CriterionRatingInput)
  ratings?: CriterionRatingInput[];

  @Field(() => [QuestionNoteInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => QuestionNoteInput)
  notes?: QuestionNoteInput[];

  @Field(() => [CompetencyRatingInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CompetencyRatingInput)
  competencyRatings?: CompetencyRatingInput[];

  @Field(() => Recommendation, { nullable: true, description: 'null clears it in a draft.' })
  @IsOptional()
  @NullClears()
  @IsEnum(Recommendation)
  recommendation?: Recommendation | null;

  @Field(() => String, {
    nullable: true,
    description: 'Omitted: the stored summary is kept; null or empty clears it.',
  })
  @IsOptional()
  @NullClears()
  @IsString()
  @MaxLength(20000)
  summary?: string | null;
}

@InputType({
  description:
    'Changes a draft: only the entries given change. Fails with CONFLICT, changing nothing, ' +
    'when expectedVersion is not the current version.',
})
export class SaveScorecardDraftInput extends ScorecardContentInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType()
export class SubmitScorecardInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType({
  description: 'A new revision of a submitted scorecard: the latest content with these changes.',
})
export class AmendScorecardInput extends ScorecardContentInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ description: 'Why the scorecard is amended; shown in the debrief.' })
  @IsString()
  @Length(1, 2000)
  reason: string;
}

@ArgsType()
export class ScorecardsArgs extends SyncPageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  interviewId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  candidateId?: string;

  @Field(() => ScorecardStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ScorecardStatus)
  status?: ScorecardStatus;

  @Field({ nullable: true, description: 'Only the caller’s own scorecards.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field({ nullable: true, description: 'Text in the summary or notes, case-insensitive.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  search?: string;
}
