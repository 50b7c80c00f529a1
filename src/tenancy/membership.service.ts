import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ConflictError,
  isUniqueViolation,
  NotFoundError,
  UnauthenticatedError,
} from '../common/errors.js';
import { cappedCount, decodeCursor, toPage } from '../common/pagination.js';
import { SqlParams } from '../common/sql.js';
import type { Principal, RequestContext } from '../common/request-context.js';
import { Database } from '../database/database.service.js';
import type { AccessTokenClaims } from '../auth/jwt.strategy.js';
import { PasswordService } from '../auth/password.service.js';
import { newTenantSecret, parseTenantSecret, TokenService } from '../auth/token.service.js';
import type { AuthPayload } from '../auth/models/auth-payload.model.js';
import { MembershipEntity, Role } from './entities/membership.entity.js';
import { TenantEntity } from './entities/tenant.entity.js';
import { UserEntity } from './entities/user.entity.js';
import type {
  AcceptInvitationInput,
  InviteMemberInput,
  MembersArgs,
} from './dto/tenancy.inputs.js';
import type { InviteMemberPayload, Member } from './models/tenancy.models.js';
import { ThrottleService } from '../throttle/throttle.service.js';
import { findUserByEmail, normaliseEmail } from './users.js';
import { AppConfig } from '../config/config.js';
import { MailOutbox } from '../integration/mail/mail-outbox.service.js';
import { appLink, humanTime, renderMessage } from '../integration/mail/mail-render.js';

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

interface MemberRow {
  id: string;
  /** created_at as text at full (microsecond) precision, for exact keyset cursors. */
  created_key: string;
  role: Role;
  created_at: Date;
  invite_token_hash: Buffer | null;
  user_id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
}

const MEMBER_SELECT = `
  SELECT m.id, m.role, m.created_at, m.created_at::text AS created_key, m.invite_token_hash, u.id AS user_id, u.email,
         u.display_name, u.password_hash
    FROM memberships m JOIN users u ON u.id = m.user_id`;

function toMember(row: MemberRow): Member {
  // Pending in this tenant: the membership's own invitation is still open.
  const pending = row.invite_token_hash !== null;
  return {
    id: row.id,
    role: row.role,
    createdAt: row.created_at,
    invitationPending: pending,
    // Until the person accepts, the tenant sees only what it gave: the address. The account's
    // id and name (perhaps set in another tenant) would tell it that the account exists.
    user: pending
      ? { id: row.id, email: normaliseEmail(row.email), displayName: normaliseEmail(row.email) }
      : { id: row.user_id, email: row.email, displayName: row.display_name },
  };
}

@Injectable()
export class MembershipService {
  constructor(
    private readonly db: Database,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly throttle: ThrottleService,
    private readonly config: AppConfig,
    private readonly mail: MailOutbox,
  ) {}

  /** The caller's role if the membership and the session behind the token are both live. */
  /** The member a verified access token speaks for, or null when the membership or session is gone. */
  async principalFor(ctx: RequestContext, claims: AccessTokenClaims): Promise<Principal | null> {
    const role = await this.activeRole(ctx, claims);
    if (!role) return null;
    return {
      kind: 'user',
      userId: claims.sub,
      actingUserId: claims.sub,
      tenantId: claims.tid,
      sessionId: claims.sid,
      role,
    };
  }

  async activeRole(ctx: RequestContext, claims: AccessTokenClaims): Promise<Role | null> {
    const em = await ctx.managerFor(claims.tid);
    const rows: { role: Role }[] = await em.query(
      `SELECT m.role FROM memberships m
         JOIN sessions s ON s.tenant_id = m.tenant_id AND s.user_id = m.user_id
        WHERE m.tenant_id = $1 AND m.user_id = $2 AND s.id = $3 AND s.revoked_at IS NULL
          AND m.invite_token_hash IS NULL`,
      [claims.tid, claims.sub, claims.sid],
    );
    return rows[0]?.role ?? null;
  }

  async list(ctx: RequestContext, args: MembersArgs) {
    const em = await ctx.manager();
    const p = new SqlParams();
    const where = ['true'];
    if (args.search) {
      // A pending invitation is found by its address only: its account's name (perhaps set in
      // another tenant) is not this tenant's to search.
      const pattern = p.addContains(args.search);
      where.push(`(u.email ILIKE ${pattern}
        OR (m.invite_token_hash IS NULL AND u.display_name ILIKE ${pattern}))`);
    }
    if (args.roles?.length) where.push(`m.role::text = ANY(${p.add(args.roles)}::text[])`);
    if (args.invitationPending != null) {
      where.push(`m.invite_token_hash IS ${args.invitationPending ? 'NOT ' : ''}NULL`);
    }
    const filter = where.join(' AND ');
    const countParams = [...p.values];
    if (args.after) {
      const after = decodeCursor(args.after);
      where.push(
        `(m.created_at, m.id) > (${p.add(after.key)}::timestamptz, ${p.add(after.id)}::uuid)`,
      );
    }
    const rows: MemberRow[] = await em.query(
      `${MEMBER_SELECT} WHERE ${where.join(' AND ')} ORDER BY m.created_at, m.id LIMIT ${args.first + 1}`,
      p.values,
    );
    const keys = new Map(rows.map((row) => [row.id, row.created_key]));
    return toPage(
      rows.map(toMember),
      args.first,
      () =>
        cappedCount(
          em,
          `FROM memberships m JOIN users u ON u.id = m.user_id WHERE ${filter}`,
          countParams,
        ),
      (member) => ({ key: keys.get(member.id)!, id: member.id }),
    );
  }

  async get(ctx: RequestContext, id: string): Promise<Member> {
    const em = await ctx.manager();
    return this.load(em, id);
  }

  private async load(em: EntityManager, id: string): Promise<Member> {
    const rows: MemberRow[] = await em.query(`${MEMBER_SELECT} WHERE m.id = $1`, [id]);
    if (!rows[0]) throw new NotFoundError('Member');
    return toMember(rows[0]);
  }

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
      if (existing) throw this.alreadyMember();
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
        member: await this.load(em, membership.id),
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
      const [row]: { user_id: string; role: Role; pending: boolean; email: string }[] =
        await em.query(
          `SELECT m.user_id, m.role, m.invite_token_hash IS NOT NULL AS pending, u.email
             FROM memberships m JOIN users u ON u.id = m.user_id
            WHERE m.id = $1 FOR UPDATE OF m`,
          [memberId],
        );
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
        member: await this.load(em, memberId),
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
    const [tenant]: { name: string }[] = await em.query(`SELECT name FROM tenants WHERE id = $1`, [
      tenantId,
    ]);
    await this.mail.send(em, tenantId, {
      kind: 'invitation',
      to: normaliseEmail(email),
      content: renderMessage({
        subject: `You are invited to ${tenant.name} on Interview Kit`,
        paragraphs: [
          `You are invited to join ${tenant.name} on Interview Kit as ${ROLE_NAMES[role]}.`,
          `Accept before ${humanTime(expiresAt)}: with a new password, or the one of your Interview Kit account if you have one. If you did not expect this, ignore it.`,
        ],
        link: {
          label: 'Accept the invitation',
          url: appLink(this.config.PUBLIC_URL, `${ACCEPT_INVITATION_PATH}#token=${token}`),
        },
      }),
    });
  }

  private alreadyMember() {
    return new ConflictError('This person is already a member.', { path: 'input.email' });
  }

  /**
   * Sets the invited user's password, or checks the one their account has (counted against
   * the sign-in throttle: whoever holds the token must not get free guesses), and signs them in.
   */
  async acceptInvitation(input: AcceptInvitationInput, address: string): Promise<AuthPayload> {
    const parsed = parseTenantSecret(input.token);
    if (!parsed) throw new UnauthenticatedError('The invitation is invalid or has expired.');
    return this.db.withTenant(parsed.tenantId, async (em) => {
      const membership = await em
        .createQueryBuilder(MembershipEntity, 'm')
        .setLock('pessimistic_write')
        .where('m.invite_token_hash = :hash AND m.invite_expires_at > now()', {
          hash: parsed.hash,
        })
        .getOne();
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

  async changeRole(ctx: RequestContext, memberId: string, role: Role): Promise<Member> {
    return ctx.write(async (em) => {
      const target = await this.lockForAdminChange(em, memberId);
      if (target.role === Role.ADMIN && role !== Role.ADMIN) {
        await this.assertNotLastAdmin(em, 'input.role');
      }
      await em.update(MembershipEntity, { tenantId: ctx.tenantId, id: memberId }, { role });
      return this.load(em, memberId);
    });
  }

  async remove(ctx: RequestContext, memberId: string): Promise<string> {
    return ctx.write(async (em) => {
      const target = await this.lockForAdminChange(em, memberId);
      if (target.role === Role.ADMIN) await this.assertNotLastAdmin(em, 'memberId');
      // Sessions and refresh tokens go with the membership (ON DELETE CASCADE).
      await em.delete(MembershipEntity, { tenantId: ctx.tenantId, id: memberId });
      return memberId;
    });
  }

  /**
   * Locks the tenant's admin rows and the target, so that two concurrent demotions cannot
   * both see "another admin remains".
   */
  private async lockForAdminChange(em: EntityManager, memberId: string) {
    await em.query(`SELECT id FROM memberships WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`);
    const target = await em
      .createQueryBuilder(MembershipEntity, 'm')
      .setLock('pessimistic_write')
      .where('m.id = :memberId', { memberId })
      .getOne();
    if (!target) throw new NotFoundError('Member');
    return target;
  }

  private async assertNotLastAdmin(em: EntityManager, path: string): Promise<void> {
    const [{ n }] = await em.query(
      `SELECT count(*)::int AS n FROM memberships WHERE role = 'ADMIN'`,
    );
    if (n <= 1) {
      throw new ConflictError('A tenant must keep at least one admin.', { path });
    }
  }
}
