import {
  ArgsType,
  Field,
  ID,
  InputType,
  Int,
  OmitType,
  PartialType,
  PickType,
} from '@nestjs/graphql';
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
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageArgs } from '../../common/pagination.js';
import { LoopStatus, StageKind } from '../entities/loop.enums.js';

@InputType()
export class CreateLoopInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field()
  @IsString()
  @Length(1, 200)
  roleTitle: string;

  @Field({ nullable: true, description: 'Job id in the ATS; unique in the tenant.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  atsJobId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'User ids of members who are hiring managers.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  hiringManagerIds?: string[];

  @Field({ nullable: true, description: 'A template is a starting point for new loops.' })
  @IsOptional()
  @IsBoolean()
  isTemplate?: boolean;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateLoopInput extends PartialType(
  PickType(CreateLoopInput, ['name', 'roleTitle', 'description', 'hiringManagerIds'] as const),
) {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@InputType()
export class AddStageInput {
  @Field(() => ID)
  @IsUUID()
  loopId: string;

  @Field()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => StageKind)
  @IsEnum(StageKind)
  kind: StageKind;

  @Field(() => Int)
  @IsInt()
  @Min(5)
  @Max(480)
  durationMinutes: number;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  focusCompetencyIds?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  instructions?: string;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateStageInput extends PartialType(OmitType(AddStageInput, ['loopId'] as const)) {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@InputType()
export class AddStageQuestionInput {
  @Field(() => ID)
  @IsUUID()
  stageId: string;

  @Field(() => ID, { description: "Pins the question's current version." })
  @IsUUID()
  questionId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(240)
  timeBudgetMinutes: number;

  @Field({ nullable: true, description: 'True when omitted.' })
  @IsOptional()
  @IsBoolean()
  required?: boolean;
}

@InputType({ description: 'Only the fields given change; the pin keeps its id and place.' })
export class UpdateStageQuestionInput extends PartialType(
  PickType(AddStageQuestionInput, ['timeBudgetMinutes', 'required'] as const),
) {
  @Field(() => ID, { description: 'The pin (StageQuestion.id).' })
  @IsUUID()
  id: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Pins this version instead: any version of the same question.',
  })
  @IsOptional()
  @IsUUID()
  questionVersionId?: string;
}

@InputType()
export class ReorderInput {
  @Field(() => ID, { description: 'The loop (for stages) or the stage (for questions).' })
  @IsUUID()
  parentId: string;

  @Field(() => [ID], { description: 'Every child id, in the new order.' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  orderedIds: string[];
}

@InputType()
export class NewLoopFromInput {
  @Field(() => ID, { description: 'The loop or template to copy.' })
  @IsUUID()
  sourceId: string;

  @Field({ nullable: true, description: 'Defaults to the source name (with "copy" for clones).' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  roleTitle?: string;
}

@ArgsType()
export class LoopsArgs extends PageArgs {
  @Field(() => LoopStatus, { nullable: true })
  @IsOptional()
  @IsEnum(LoopStatus)
  status?: LoopStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isTemplate?: boolean;

  @Field({
    nullable: true,
    description:
      'Only the loop linked to this ATS job (linkLoopToJob): how an ATS goes from its job to our stages.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  atsJobId?: string;
}
