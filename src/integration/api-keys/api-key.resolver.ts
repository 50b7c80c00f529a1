import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../auth/policy.decorator.js';
import { Ctx } from '../../common/context.js';
import type { RequestContext } from '../../common/request-context.js';
import { uuidArg } from '../../common/uuid-arg.js';
import { Role } from '../../common/role.js';
import {
  ApiKey,
  ApiKeyConnection,
  ApiKeysArgs,
  CreateApiKeyInput,
  CreateApiKeyPayload,
} from './api-key.models.js';
import { ApiKeyAdminService } from './api-key-admin.service.js';
import { AtsSystem } from '../ats-scale/ats-scale.js';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  constructor(private readonly keys: ApiKeyAdminService) {}

  @Roles(Role.ADMIN)
  @Query(() => ApiKeyConnection, {
    description:
      "The tenant's API keys, revoked ones included, oldest first (`last` reads the newest). " +
      'Changed in issue 16: a page of at most 100 keys (read `edges { node }`), no longer a list.',
  })
  apiKeys(@Ctx() ctx: RequestContext, @Args() args: ApiKeysArgs) {
    return this.keys.list(ctx, args);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CreateApiKeyPayload, {
    description: 'Creates an API key with scopes; its secret is shown once, in this answer.',
  })
  createApiKey(@Ctx() ctx: RequestContext, @Args('input') input: CreateApiKeyInput) {
    return this.keys.create(ctx, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ApiKey, {
    description: 'Revokes a key at once; its next request is UNAUTHENTICATED.',
  })
  revokeApiKey(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ) {
    return this.keys.revoke(ctx, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ApiKey, {
    description:
      'Sets (or, with null, clears) the ATS a key speaks: its reads of Scorecard.atsExport default to it.',
  })
  setApiKeyAts(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Args('ats', { type: () => AtsSystem, nullable: true }) ats: AtsSystem | null,
  ) {
    return this.keys.setAts(ctx, id, ats ?? null);
  }
}
