import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Connection, TwoWayPageArgs } from '../../common/pagination.js';
import { AuditActorType } from '../entities/audit-event.entity.js';

registerEnumType(AuditActorType, {
  name: 'AuditActorType',
  description: 'USER (a member), API_KEY (an integration) or SYSTEM.',
});

@ObjectType({
  description: 'One mutation as the audit log keeps it: who, what, which entity, which fields.',
})
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => AuditActorType)
  actorType: AuditActorType;

  @Field(() => ID, { nullable: true, description: 'The user id, or the API key id.' })
  actorId: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The member (user id) an API key acted for with On-Behalf-Of; the key stays the actor.',
  })
  onBehalfOfId: string | null;

  @Field({ description: 'The mutation, e.g. submitScorecard.' })
  action: string;

  @Field(() => String, { nullable: true, description: 'The type acted on, e.g. Scorecard.' })
  entity: string | null;

  @Field(() => ID, { nullable: true })
  entityId: string | null;

  @Field(() => String, { nullable: true, description: 'Also the x-request-id of the response.' })
  requestId: string | null;

  @Field(() => [String], { description: 'Names of the fields set, never their values.' })
  changedFields: string[];
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent') {}

@ArgsType()
export class AuditEventsArgs extends TwoWayPageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  action?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  entity?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  entityId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}
