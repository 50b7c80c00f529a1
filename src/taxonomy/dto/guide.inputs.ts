import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { Seniority } from '../entities/taxonomy.enums.js';
import { KEY_MESSAGE, KEY_PATTERN } from './taxonomy.inputs.js';

@InputType({
  description: 'The scoring guide; every part is required and replaces the stored one.',
})
export class ScoringGuideInput {
  @Field({ description: 'How the criterion scores of one question combine into its score.' })
  @IsString()
  @Length(1, 2000)
  combination: string;

  @Field({ description: 'The veto rule, or a statement that there is none.' })
  @IsString()
  @Length(1, 2000)
  veto: string;

  @Field({ description: 'What a criterion marked "not assessed" does to the question score.' })
  @IsString()
  @Length(1, 2000)
  notAssessed: string;

  @Field({ description: 'How a question score weighs in the debrief and the recommendation.' })
  @IsString()
  @Length(1, 2000)
  debrief: string;
}

@InputType()
export class SeniorityLevelInput {
  @Field(() => Seniority)
  @IsEnum(Seniority)
  seniority: Seniority;

  @Field()
  @IsString()
  @Length(1, 80)
  title: string;

  @Field()
  @IsString()
  @Length(1, 2000)
  definition: string;
}

@InputType()
export class GuidanceSectionInput {
  @Field({ description: 'Stable machine name, unique in the guide, e.g. "bias".' })
  @Matches(KEY_PATTERN, { message: KEY_MESSAGE })
  key: string;

  @Field()
  @IsString()
  @Length(1, 120)
  title: string;

  @Field(() => [String], { description: 'In order; 1 to 30 points.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 1000, { each: true })
  points: string[];
}

@InputType({
  description:
    "Changes the tenant's interview guide: each part given replaces the stored one, an omitted " +
    'part is kept. Without a guide yet, all three parts are required. Once edited, the guide ' +
    "is the tenant's own: a later pack import leaves it alone.",
})
export class UpdateInterviewGuideInput {
  @Field(() => ScoringGuideInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScoringGuideInput)
  scoringGuide?: ScoringGuideInput;

  @Field(() => [SeniorityLevelInput], {
    nullable: true,
    description: 'At most one per seniority; stored junior first.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => SeniorityLevelInput)
  seniorityLevels?: SeniorityLevelInput[];

  @Field(() => [GuidanceSectionInput], { nullable: true, description: '1 to 20 sections.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GuidanceSectionInput)
  interviewerGuidance?: GuidanceSectionInput[];
}
