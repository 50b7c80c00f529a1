import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, Scope, Scopes } from '../../auth/policy.decorator.js';
import { Ctx } from '../../common/context.js';
import type { RequestContext } from '../../common/request-context.js';
import { uuidArg } from '../../common/uuid-arg.js';
import { Role } from '../../common/role.js';
import {
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveriesArgs,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookEndpoint,
  WebhookEndpointSecretPayload,
} from './webhook.models.js';
import { WebhookService } from './webhook.service.js';

@Resolver()
export class WebhookResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @Roles(Role.ADMIN)
  @Scopes(Scope.WEBHOOKS_MANAGE)
  @Query(() => [WebhookEndpoint], { description: 'The webhook endpoints, oldest first.' })
  webhookEndpoints(@Ctx() ctx: RequestContext) {
    return this.webhooks.endpoints(ctx);
  }

  @Roles(Role.ADMIN)
  @Scopes(Scope.WEBHOOKS_MANAGE)
  @Query(() => WebhookDeliveryConnection, {
    description: 'Webhook deliveries, newest first, with their tries and outcome.',
  })
  webhookDeliveries(@Ctx() ctx: RequestContext, @Args() args: WebhookDeliveriesArgs) {
    return this.webhooks.deliveries(ctx, args);
  }

  @Roles(Role.ADMIN)
  @Scopes(Scope.WEBHOOKS_MANAGE)
  @Mutation(() => WebhookEndpointSecretPayload, {
    description:
      'Adds an endpoint; its signing secret is in the answer and never shown again. One endpoint ' +
      'per URL: a URL the tenant already has answers CONFLICT with extensions.existingEndpointId.',
  })
  createWebhookEndpoint(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateWebhookEndpointInput,
  ) {
    return this.webhooks.create(ctx, input);
  }

  @Roles(Role.ADMIN)
  @Scopes(Scope.WEBHOOKS_MANAGE)
  @Mutation(() => WebhookEndpoint, {
    description: 'Changes the URL, events, description or active flag of an endpoint.',
  })
  updateWebhookEndpoint(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateWebhookEndpointInput,
  ) {
    return this.webhooks.update(ctx, input);
  }

  @Roles(Role.ADMIN)
  @Scopes(Scope.WEBHOOKS_MANAGE)
  @Mutation(() => WebhookEndpointSecretPayload, {
    description: 'Replaces the signing secret at once; the new one is shown only here.',
  })
  rotateWebhookSecret(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ) {
    return this.webhooks.rotateSecret(ctx, id);
  }

  @Roles(Role.ADMIN)
  @Scopes(Scope.WEBHOOKS_MANAGE)
  @Mutation(() => WebhookDelivery, {
    description:
      'Sends a delivery again now; a DEAD one gets one more try. CONFLICT when it was just ' +
      'queued (PENDING).',
  })
  redeliverWebhook(
    @Ctx() ctx: RequestContext,
    @Args('deliveryId', { type: () => ID }, uuidArg('deliveryId')) deliveryId: string,
  ) {
    return this.webhooks.redeliver(ctx, deliveryId);
  }
}
