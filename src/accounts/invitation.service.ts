import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PasswordService } from '../auth/password.service.js';
import { newTenantSecret, parseTenantSecret, TokenService } from '../auth/token.service.js';
import type { AuthPayload } from '../auth/models/auth-payload.model.js';
import {
  ConflictError,
  isUniqueViolation,
  NotFoundError,
  UnauthenticatedError,
} from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { Role } from '../common/role.js';
import { AppConfig } from '../config/config.js';
import { Database } from '../database/database.service.js';
import { MailOutbox } from '../integration/mail/mail-outbox.service.js';
import { appLink, humanTime, renderMessage } from '../integration/mail/mail-render.js';
import type { AcceptInvitationInput, InviteMemberInput } from '../tenancy/dto/tenancy.inputs.js';
import { MembershipEntity } from '../tenancy/entities/membership.entity.js';
import { TenantEntity } from '../tenancy/entities/tenant.entity.js';
import { UserEntity } from '../tenancy/entities/user.entity.js';
import { MembershipService } from '../tenancy/membership.service.js';
import type { InviteMemberPayload } from '../tenancy/models/tenancy.models.js';
import { findUserByEmail, normaliseEmail } from '../tenancy/user.repository.js';
import { ThrottleService } from '../throttle/throttle.service.js';
import { lockInvitation, lockMembership, tenantName } from './invitation.repository.js';

/**
 * The web app's page that accepts an invitation. The token rides in the fragment, which a
 * browser never sends to a server, so it stays out of every access log.
 */
export const ACCEPT_INVITATION_PATH = '/accept-invitation';

const ROLE_NAMES: Record<Role, string> = {
  [Role.ADMIN]: 'an admin',
  [Role.RECRUITER]: 'a recruiter',
  [Role.HIRING_MANAGER]: 'a hiring manager',
  [Role.INTERVIEWER]: 'an interviewer',
};

const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

/** Inviting members (by mail) and accepting an invitation (which signs the new member in). */
@Injectable()
export class InvitationService {
  constructor(
    private readonly db: Database,
    private readonly members: MembershipService,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly throttle: ThrottleService,
    private readonly config: AppConfig,
    private readonly mail: MailOutbox,
  ) {}

  /**
   * Every address gets an invitation to accept, whether it has an account (in another tenant)
   * or not: the answer is the same, and an account joins only with its owner's password.
   */
  async invite(ctx: RequestContext, input: InviteMemberInput): Promise<InviteMemberPayload> {
    return ctx.write(async (em) => {
      let user = await findUserByEmail(em, input.email);
      if (!user) {
        user = await em.save(
          em.create(UserEntity, {
            email: normaliseEmail(input.email),
            displayName: input.displayName ?? normaliseEmail(input.email),
            passwordHash: null,
          }),
        );
      }
      const existing = await em.findOneBy(MembershipEntity, { userId: user.id });
      if (existing) throw this.alreadyMember(existing.inviteTokenHash !== null);
      const invitation = newTenantSecret(ctx.tenantId);
      const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
      const membership = await em
        .save(
          em.create(MembershipEntity, {
            tenantId: ctx.tenantId,
            userId: user.id,
            role: input.role,
            inviteTokenHash: invitation.hash,
            inviteExpiresAt: expiresAt,
          }),
        )
        .catch((error: unknown) => {
          // Two admins inviting the same person at once: one wins, the other hears CONFLICT.
          throw isUniqueViolation(error) ? this.alreadyMember() : error;
        });
      // The token goes only to the invited address: whoever invites never holds it.
      await this.sendInvitation(
        em,
        ctx.tenantId,
        user.email,
        input.role,
        invitation.token,
        expiresAt,
      );
      return {
        member: await this.members.load(em, membership.id),
        invitationToken: null,
        invitationExpiresAt: expiresAt,
      };
    });
  }

  /**
   * Sends a pending member a new invitation: a new token and expiry (the earlier link stops
   * working, as only the newest token's hash is kept), mailed to their address only.
   */
  async resendInvitation(ctx: RequestContext, memberId: string): Promise<InviteMemberPayload> {
    return ctx.write(async (em) => {
      const row = await lockMembership(em, memberId);
      if (!row) throw new NotFoundError('Member');
      if (!row.pending) {
        throw new ConflictError('This member has accepted their invitation already.', {
          path: 'memberId',
        });
      }
      const invitation = newTenantSecret(ctx.tenantId);
      const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
      await em.update(
        MembershipEntity,
        { tenantId: ctx.tenantId, id: memberId },
        { inviteTokenHash: invitation.hash, inviteExpiresAt: expiresAt },
      );
      await this.sendInvitation(em, ctx.tenantId, row.email, row.role, invitation.token, expiresAt);
      return {
        member: await this.members.load(em, memberId),
        invitationToken: null,
        invitationExpiresAt: expiresAt,
      };
    });
  }

  private async sendInvitation(
    em: EntityManager,
    tenantId: string,
    email: string,
    role: Role,
    token: string,
    expiresAt: Date,
  ): Promise<void> {
    const tenant = await tenantName(em, tenantId);
    await this.mail.send(em, tenantId, {
      kind: 'invitation',
      to: normaliseEmail(email),
      content: renderMessage({
        subject: `You are invited to ${tenant} on Interview Kit`,
        paragraphs: [
          `You are invited to join ${tenant} on Interview Kit as ${ROLE_NAMES[role]}.`,
          `Accept before ${humanTime(expiresAt)}: with a new password, or the one of your Interview Kit account if you have one. If you did not expect this, ignore it.`,
        ],
        link: {
          label: 'Accept the invitation',
          url: appLink(this.config.PUBLIC_URL, `${ACCEPT_INVITATION_PATH}#token=${token}`),
        },
      }),
    });
  }

  /** An invitation to someone already in the tenant: a member, or invited and not yet in. */
  private alreadyMember(pending = false) {
    return new ConflictError(
      pending
        ? 'This person is already invited and has not accepted yet: resend the invitation from the list of members.'
        : 'This person is already a member.',
      { path: 'input.email' },
    );
  }

  /**
   * Sets the invited user's password, or checks the one their account has (counted against
   * the sign-in throttle: whoever holds the token must not get free guesses), and signs them in.
   */
  async acceptInvitation(input: AcceptInvitationInput, address: string): Promise<AuthPayload> {
    const parsed = parseTenantSecret(input.token);
    if (!parsed) throw new UnauthenticatedError('The invitation is invalid or has expired.');
    return this.db.withTenant(parsed.tenantId, async (em) => {
      const membership = await lockInvitation(em, parsed.hash);
      if (!membership) throw new UnauthenticatedError('The invitation is invalid or has expired.');
      const user = await em.findOneByOrFail(UserEntity, { id: membership.userId });
      if (user.passwordHash === null) {
        user.passwordHash = await this.passwords.hash(input.password);
        await em.save(user);
      } else {
        const email = normaliseEmail(user.email);
        await this.throttle.consumeSignInAttempt(email, address);
        if (!(await this.passwords.verify(user.passwordHash, input.password))) {
          throw new UnauthenticatedError('The invitation is invalid or has expired.');
        }
        await this.throttle.recordSignInSuccess(email, address);
      }
      membership.inviteTokenHash = null;
      membership.inviteExpiresAt = null;
      await em.save(membership);
      const tenant = await em.findOneByOrFail(TenantEntity, { id: membership.tenantId });
      const tokens = await this.tokens.startSession(em, tenant.id, user.id);
      return { ...tokens, viewer: { user, tenant, role: membership.role } };
    });
  }
}
