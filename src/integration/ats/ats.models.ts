import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { Connection, PageArgs } from '../../common/pagination.js';
import { Candidate, Interview } from '../../interviews/models/interview.models.js';
import { TombstoneKind } from '../entities/tombstone.entity.js';
import { NullClears } from '../../common/validation.pipe.js';

registerEnumType(TombstoneKind, {
  name: 'TombstoneKind',
  description: 'DELETED (the row is gone) or ANONYMIZED (its personal data is gone).',
});

@InputType({ description: 'Creates or updates the candidate with this ATS id.' })
export class UpsertCandidateInput {
  @Field()
  @IsString()
  @Length(1, 200)
  atsExternalId: string;

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
}

@ObjectType()
export class UpsertCandidatePayload {
  @Field(() => Candidate)
  candidate: Candidate;

  @Field({ description: 'True when this call created it.' })
  created: boolean;
}

@InputType({
  description:
    'Creates or updates the interview with this ATS id: schedule, reveal time and the full set ' +
    'of interviewers, named by their e-mail in this tenant. Name the candidate by candidateId ' +
    'or candidateAtsId.',
})
export class UpsertInterviewInput {
  @Field()
  @IsString()
  @Length(1, 200)
  atsExternalId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  candidateId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  candidateAtsId?: string;

  @Field(() => ID, { description: 'A stage of a published loop; fixed once the interview exists.' })
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

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @NullClears()
  @Type(() => Date)
  @IsDate()
  revealAt?: Date | null;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true })
  interviewerEmails: string[];
}

@ObjectType()
export class UpsertInterviewPayload {
  @Field(() => Interview)
  interview: Interview;

  @Field({ description: 'True when this call created it.' })
  created: boolean;
}

@ObjectType({ description: 'A row that left a sync feed, or lost its personal data.' })
export class Tombstone {
  @Field(() => ID)
  id: string;

  @Field({ description: '`candidate`, `interview` or `scorecard`.' })
  entity: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => TombstoneKind)
  kind: TombstoneKind;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;
}

@ObjectType()
export class TombstoneConnection extends Connection(Tombstone, 'Tombstone') {}

@ArgsType()
export class TombstonesArgs extends PageArgs {
  @Field(() => GraphQLISODateTime, { description: 'Tombstones written at or after this time.' })
  @Type(() => Date)
  @IsDate()
  updatedSince: Date;

  @Field({ nullable: true, description: '`candidate`, `interview` or `scorecard`.' })
  @IsOptional()
  @IsIn(['candidate', 'interview', 'scorecard'])
  entity?: string;
}
