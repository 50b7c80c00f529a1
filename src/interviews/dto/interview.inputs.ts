import { ArgsType, Field, GraphQLISODateTime, ID, InputType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { SyncPageArgs } from '../../common/pagination.js';
import { InterviewOrder, InterviewStatus } from '../entities/interview.enums.js';
import { NullClears } from '../../common/validation.pipe.js';

@InputType()
export class CreateCandidateInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullClears()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Id in the ATS; unique in the tenant.' })
  @IsOptional()
  @NullClears()
  @IsString()
  @Length(1, 200)
  atsExternalId?: string | null;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateCandidateInput extends PartialType(CreateCandidateInput) {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class CandidatesArgs extends SyncPageArgs {
  @Field({ nullable: true, description: 'Part of the name or e-mail, case-insensitive.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  search?: string;
}

@InputType()
export class ScheduleInterviewInput {
  @Field(() => ID)
  @IsUUID()
  candidateId: string;

  @Field(() => ID, { description: 'A stage of a published loop.' })
  @IsUUID()
  stageId: string;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  scheduledStart: Date;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  scheduledEnd: Date;

  @Field(() => [ID], { nullable: true, description: 'User ids of the interviewers.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  interviewerIds?: string[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  revealAt?: Date;

  @Field({ nullable: true, description: 'Id in the ATS; unique in the tenant.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  atsExternalId?: string;
}

@InputType({ description: 'Moves an interview; revealAt: null removes the reveal time.' })
export class RescheduleInterviewInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  scheduledStart: Date;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  scheduledEnd: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @NullClears()
  @Type(() => Date)
  @IsDate()
  revealAt?: Date | null;
}

@InputType()
export class CancelInterviewInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

@InputType({
  description:
    'The full set of interviewers: new ones get a draft scorecard; removed ones lose theirs ' +
    '(refused once they have submitted).',
})
export class AssignInterviewersInput {
  @Field(() => ID)
  @IsUUID()
  interviewId: string;

  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  interviewerIds: string[];
}

@ArgsType()
export class InterviewsArgs extends SyncPageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  candidateId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  loopId?: string;

  @Field(() => InterviewStatus, { nullable: true })
  @IsOptional()
  @IsEnum(InterviewStatus)
  status?: InterviewStatus;

  @Field({ nullable: true, description: 'Only interviews the caller is assigned to.' })
  @IsOptional()
  @IsBoolean()
  assignedToMe?: boolean;

  @Field(() => InterviewOrder, {
    nullable: true,
    description:
      'START_ASC when left out. Page on with the same order: a cursor is a position in it. ' +
      'Not with updatedSince (a sync feed comes in write order).',
  })
  @IsOptional()
  @IsEnum(InterviewOrder)
  order?: InterviewOrder;
}
