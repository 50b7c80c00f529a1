import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import { AuthPayload } from '../auth/models/auth-payload.model.js';
import { AnyMember, Public, Roles } from '../auth/policy.decorator.js';
import { Ctx } from '../common/context.js';
import { uuidArg } from '../common/uuid-arg.js';
import type { RequestContext } from '../common/request-context.js';
import {
  AcceptInvitationInput,
  ChangeMemberRoleInput,
  CreateTenantInput,
  InviteMemberInput,
  MembersArgs,
} from '../tenancy/dto/tenancy.inputs.js';
import { Role } from '../common/role.js';
import { MembershipService } from '../tenancy/membership.service.js';
import { InviteMemberPayload, Member, MemberConnection } from '../tenancy/models/tenancy.models.js';
import {
  NotificationPreferences,
  NotificationPreferencesService,
  UpdateNotificationPreferencesInput,
} from '../tenancy/notification-preferences.js';
import {
  TenantSettings,
  TenantSettingsService,
  UpdateTenantSettingsInput,
} from '../tenancy/tenant-settings.js';
import { InvitationService } from './invitation.service.js';
import { TenantService } from './tenant.service.js';

export const TENANT_CREATION_HEADER = 'x-tenant-creation-token';

@Resolver()
export class TenancyResolver {
  constructor(
    private readonly tenants: TenantService,
    private readonly memberships: MembershipService,
    private readonly invitations: InvitationService,
    private readonly settings: TenantSettingsService,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  @AnyMember()
  @Query(() => NotificationPreferences, {
    description: "The caller's own choices about mail that is not essential, in this tenant.",
  })
  myNotificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreferences> {
    return this.preferences.get(ctx);
  }

  @AnyMember()
  @Mutation(() => NotificationPreferences, {
    description: "Changes the caller's own choices about mail that is not essential.",
  })
  updateMyNotificationPreferences(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreferences> {
    return this.preferences.update(ctx, input);
  }

  @AnyMember()
  @Query(() => TenantSettings, { description: "The tenant's settings." })
  tenantSettings(@Ctx() ctx: RequestContext): Promise<TenantSettings> {
    return this.settings.get(ctx);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => TenantSettings)
  updateTenantSettings(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateTenantSettingsInput,
  ): Promise<TenantSettings> {
    return this.settings.update(ctx, input);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Creates a tenant and its first admin, and signs the admin in. Who may call it is the ' +
      `TENANT_CREATION setting: open, token (header ${TENANT_CREATION_HEADER}) or disabled. ` +
      "The e-mail of an existing account needs that account's password: a wrong one is " +
      'answered and throttled exactly as by signIn.',
  })
  createTenant(
    @Context('req') req: FastifyRequest,
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateTenantInput,
  ): Promise<AuthPayload> {
    const token = req.headers[TENANT_CREATION_HEADER];
    this.tenants.assertMayCreateTenant(typeof token === 'string' ? token : undefined);
    return this.tenants.createTenant(input, ctx.ip);
  }

  @Roles(Role.ADMIN, Role.RECRUITER)
  @Query(() => MemberConnection, { description: "The tenant's members, oldest first." })
  members(@Ctx() ctx: RequestContext, @Args() args: MembersArgs) {
    return this.memberships.list(ctx, args);
  }

  @Roles(Role.ADMIN, Role.RECRUITER)
  @Query(() => Member, { description: 'One member by id.' })
  member(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ): Promise<Member> {
    return this.memberships.get(ctx, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => InviteMemberPayload, {
    description:
      'Invites a person with a role: the address gets an e-mail with a one-time accept link ' +
      '(the token for acceptInvitation), valid 7 days; the answer is the same whether the ' +
      'address has an account (in another tenant) or not. Until accepted, the member shows ' +
      'only the address.',
  })
  inviteMember(@Ctx() ctx: RequestContext, @Args('input') input: InviteMemberInput) {
    return this.invitations.invite(ctx, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => InviteMemberPayload, {
    description:
      'Mails a pending member a new invitation (a new link and expiry; the earlier link stops ' +
      'working). CONFLICT once they have accepted.',
  })
  resendInvitation(
    @Ctx() ctx: RequestContext,
    @Args('memberId', { type: () => ID }, uuidArg('memberId')) memberId: string,
  ): Promise<InviteMemberPayload> {
    return this.invitations.resendInvitation(ctx, memberId);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      "Accepts an invitation with its token and a new password (or the account's own, " +
      'throttled like signIn), and signs in.',
  })
  acceptInvitation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AcceptInvitationInput,
  ): Promise<AuthPayload> {
    return this.invitations.acceptInvitation(input, ctx.ip);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Member, { description: "Changes a member's role; the last admin stays." })
  changeMemberRole(@Ctx() ctx: RequestContext, @Args('input') input: ChangeMemberRoleInput) {
    return this.memberships.changeRole(ctx, input.memberId, input.role);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ID, {
    description: 'Removes a member and ends their sessions; the last admin cannot be removed.',
  })
  removeMember(
    @Ctx() ctx: RequestContext,
    @Args('memberId', { type: () => ID }, uuidArg('memberId')) memberId: string,
  ): Promise<string> {
    return this.memberships.remove(ctx, memberId);
  }
}
