import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { Connection, TwoWayPageArgs } from '../../common/pagination.js';
import { DeliveryStatus } from '../entities/webhook.entities.js';
import { WebhookEventType } from './webhook-event-type.js';
import { AtsSystem } from '../ats-scale/ats-scale.js';
import '../ats-scale/ats-scale.models.js';

const ATS_DESCRIPTION =
  "The ATS whose values scorecard events carry to this endpoint as data.ats (the tenant's scale mapping).";

export const MAX_URL_LENGTH = 2048;

registerEnumType(DeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesMap: {
    PENDING: { description: 'Queued (or redelivered) and not yet tried.' },
    RETRYING: { description: 'Failed at least once; the next try is at nextAttemptAt.' },
    SUCCEEDED: { description: 'The endpoint answered 2xx.' },
    DEAD: {
      description: 'Every try failed (or the endpoint is inactive); redeliverWebhook revives it.',
    },
  },
});

@ObjectType({
  description: 'Where the tenant wants events sent. The signing secret is never shown again.',
})
export class WebhookEndpoint {
  @Field(() => ID)
  id: string;

  @Field()
  url: string;

  @Field(() => [WebhookEventType], { description: 'The event types sent to it.' })
  events: WebhookEventType[];

  @Field()
  description: string;

  @Field({ description: 'An inactive endpoint gets no new deliveries; pending ones go DEAD.' })
  active: boolean;

  @Field(() => AtsSystem, { nullable: true, description: ATS_DESCRIPTION })
  ats: AtsSystem | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType()
export class WebhookEndpointSecretPayload {
  @Field(() => WebhookEndpoint)
  endpoint: WebhookEndpoint;

  @Field({
    description:
      'The signing secret (whsec_…), shown only here: the receiver keys HMAC-SHA256 with it ' +
      'to check x-ik-signature.',
  })
  secret: string;
}

@ObjectType({ description: 'An event of the outbox, as sent in the body of its deliveries.' })
export class WebhookEvent {
  @Field(() => ID, { description: 'Also the x-ik-event-id header: the key to deduplicate on.' })
  id: string;

  @Field(() => WebhookEventType)
  type: WebhookEventType;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field({ description: 'The `data` of the body, as JSON text.' })
  payload: string;
}

@ObjectType({ description: 'One event to one endpoint: its tries and outcome.' })
export class WebhookDelivery {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  endpointId: string;

  @Field(() => DeliveryStatus)
  status: DeliveryStatus;

  @Field(() => Int, { description: 'Tries made so far.' })
  attempts: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the last try failed (status and the start of the body, or the network error).',
  })
  lastError: string | null;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last try, if any came.' })
  lastStatusCode: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the next try is due.' })
  nextAttemptAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deliveredAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => WebhookEvent)
  event: WebhookEvent;

  createdKey: string;
}

@ObjectType()
export class WebhookDeliveryConnection extends Connection(WebhookDelivery, 'WebhookDelivery') {}

@InputType()
export class CreateWebhookEndpointInput {
  @Field({
    description: `https (http too outside production), at most ${MAX_URL_LENGTH} characters.`,
  })
  @IsString()
  @MaxLength(MAX_URL_LENGTH)
  url: string;

  @Field(() => [WebhookEventType])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsEnum(WebhookEventType, { each: true })
  events: WebhookEventType[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @Field(() => AtsSystem, {
    nullable: true,
    description: `${ATS_DESCRIPTION} Defaults to the creating API key's ats.`,
  })
  @IsOptional()
  @IsEnum(AtsSystem)
  ats?: AtsSystem;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_URL_LENGTH)
  url?: string;

  @Field(() => [WebhookEventType], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsEnum(WebhookEventType, { each: true })
  events?: WebhookEventType[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @Field(() => AtsSystem, {
    nullable: true,
    description: `${ATS_DESCRIPTION} Defaults to the creating API key's ats.`,
  })
  @IsOptional()
  @IsEnum(AtsSystem)
  ats?: AtsSystem;
}

@ArgsType()
export class WebhookDeliveriesArgs extends TwoWayPageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  endpointId?: string;

  @Field(() => DeliveryStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DeliveryStatus)
  status?: DeliveryStatus;
}
