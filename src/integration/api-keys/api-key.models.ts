import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  Length,
} from 'class-validator';
import { Scope } from '../../auth/policy.decorator.js';
import { Connection, TwoWayPageArgs } from '../../common/pagination.js';
import { AtsSystem } from '../ats-scale/ats-scale.js';
import '../ats-scale/ats-scale.models.js';

registerEnumType(Scope, {
  name: 'ApiKeyScope',
  description: 'What an API key may do; every operation lists the scopes that admit it.',
  valuesMap: {
    TAXONOMY_READ: { description: 'Read categories, competencies and questions.' },
    LOOPS_READ: { description: 'Read loops and kits.' },
    LOOPS_WRITE: { description: 'Edit and publish loops; link them to ATS jobs (and read them).' },
    CANDIDATES_READ: { description: 'Read candidates and their sync feed.' },
    CANDIDATES_WRITE: { description: 'Create, update and upsert candidates (and read them).' },
    INTERVIEWS_READ: { description: 'Read interviews and their sync feed.' },
    INTERVIEWS_WRITE: {
      description: 'Schedule, upsert, assign and cancel interviews (and read them).',
    },
    SCORECARDS_READ: { description: 'Read submitted scorecards, debriefs and their sync feed.' },
    SCORECARDS_WRITE: {
      description:
        'Save, submit and amend scorecards for the interviewer named in the On-Behalf-Of header ' +
        '(user id or e-mail), with exactly that member’s rights; without the header it admits nothing.',
    },
    WEBHOOKS_MANAGE: { description: 'Manage webhook endpoints and read their deliveries.' },
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

  @Field(() => AtsSystem, {
    nullable: true,
    description:
      "The ATS this key's integration speaks: Scorecard.atsExport defaults to it, and webhook endpoints it creates inherit it.",
  })
  ats: AtsSystem | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType()
export class ApiKeyConnection extends Connection(ApiKey, 'ApiKey') {}

@ArgsType()
export class ApiKeysArgs extends TwoWayPageArgs {}

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

  @Field(() => AtsSystem, {
    nullable: true,
    description: 'The ATS the integration speaks (its scale mapping applies to what it reads).',
  })
  @IsOptional()
  @IsEnum(AtsSystem)
  ats?: AtsSystem;
}
