import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsString, Length } from 'class-validator';
import { Scope } from '../../auth/policy.decorator.js';

registerEnumType(Scope, {
  name: 'ApiKeyScope',
  description: 'What an API key may do; every operation lists the scopes that admit it.',
  valuesMap: {
    TAXONOMY_READ: { description: 'taxonomy:read: categories, competencies, questions.' },
    LOOPS_READ: { description: 'loops:read: loops and kits.' },
    LOOPS_WRITE: { description: 'loops:write: edit and publish loops, link them to ATS jobs.' },
    CANDIDATES_READ: { description: 'candidates:read: candidates and their sync feed.' },
    CANDIDATES_WRITE: { description: 'candidates:write: create, update, upsert candidates.' },
    INTERVIEWS_READ: { description: 'interviews:read: interviews and their sync feed.' },
    INTERVIEWS_WRITE: { description: 'interviews:write: schedule, upsert, assign, cancel.' },
    SCORECARDS_READ: { description: 'scorecards:read: submitted scorecards, debriefs, sync.' },
    WEBHOOKS_MANAGE: { description: 'webhooks:manage: endpoints and deliveries.' },
  },
});

@ObjectType({ description: 'An API key of the tenant (its secret is never shown again).' })
export class ApiKey {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'The public part that starts the secret: ik_live_<prefix>…' })
  prefix: string;

  @Field(() => [Scope])
  scopes: Scope[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({
    description: 'The secret, shown only here: send it as `Authorization: Bearer <secret>`.',
  })
  secret: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field()
  @IsString()
  @Length(1, 100)
  name: string;

  @Field(() => [Scope])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsEnum(Scope, { each: true })
  scopes: Scope[];
}
