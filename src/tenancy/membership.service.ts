import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { toPage } from '../common/pagination.js';
import type { Principal, RequestContext } from '../common/request-context.js';
import type { AccessTokenClaims } from '../common/access-token-claims.js';
import { Role } from '../common/role.js';
import { UUID_LITERAL } from '../database/database.service.js';
import type { StatementResult } from '../database/request-query-runner.js';
import { MembershipEntity } from './entities/membership.entity.js';
import {
  countAdmins,
  liveMemberSql,
  listMembers,
  loadMember,
  lockAdmins,
  lockMemberRole,
  type MemberRow,
} from './membership.repository.js';
import type { MembersArgs } from './dto/tenancy.inputs.js';
import type { Member } from './models/tenancy.models.js';
import { normaliseEmail } from './user.repository.js';

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
  /** The member a verified access token speaks for, or null when the membership or session is gone. */
  async principalFor(ctx: RequestContext, claims: AccessTokenClaims): Promise<Principal | null> {
    const { role } = await this.activeRole(ctx, claims);
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

  /**
   * The role of a live membership with a live session behind the token, or null (fail
   * closed). Read in the round trip that opens the request's transaction (see
   * RequestContext.open), with `before` ahead of it when given (the request's rate-limit
   * count). Claims that are not UUIDs name no member and are refused without a statement.
   */
  async activeRole(
    ctx: RequestContext,
    claims: AccessTokenClaims,
    before?: string,
  ): Promise<{ role: Role | null; before: StatementResult[] }> {
    if (![claims.tid, claims.sub, claims.sid].every((id) => UUID_LITERAL.test(id)))
      return { role: null, before: [] };
    const opened = await ctx.open(claims.tid, { before, after: liveMemberSql(claims) });
    const rows = opened.after.at(-1)?.rows as { role: Role }[] | undefined;
    return { role: rows?.[0]?.role ?? null, before: opened.before };
  }

  async list(ctx: RequestContext, args: MembersArgs) {
    const em = await ctx.manager();
    const { rows, count } = await listMembers(em, args);
    const keys = new Map(rows.map((row) => [row.id, row.created_key]));
    return toPage(rows.map(toMember), args.first, count, (member) => ({
      key: keys.get(member.id)!,
      id: member.id,
    }));
  }

  async get(ctx: RequestContext, id: string): Promise<Member> {
    const em = await ctx.manager();
    return this.load(em, id);
  }

  /** One member, read in the caller's transaction. */
  async load(em: EntityManager, id: string): Promise<Member> {
    const row = await loadMember(em, id);
    if (!row) throw new NotFoundError('Member');
    return toMember(row);
  }

  async changeRole(ctx: RequestContext, memberId: string, role: Role): Promise<Member> {
    return ctx.write(async (em) => {
      const current = await this.lockForAdminChange(em, memberId);
      if (current === Role.ADMIN && role !== Role.ADMIN) {
        await this.assertNotLastAdmin(em, 'input.role');
      }
      await em.update(MembershipEntity, { tenantId: ctx.tenantId, id: memberId }, { role });
      return this.load(em, memberId);
    });
  }

  async remove(ctx: RequestContext, memberId: string): Promise<string> {
    return ctx.write(async (em) => {
      const current = await this.lockForAdminChange(em, memberId);
      if (current === Role.ADMIN) await this.assertNotLastAdmin(em, 'memberId');
      // Sessions and refresh tokens go with the membership (ON DELETE CASCADE).
      await em.delete(MembershipEntity, { tenantId: ctx.tenantId, id: memberId });
      return memberId;
    });
  }

  /**
   * Locks the tenant's admin rows and the target, so that two concurrent demotions cannot
   * both see "another admin remains".
   */
  private async lockForAdminChange(em: EntityManager, memberId: string): Promise<Role> {
    await lockAdmins(em);
    const role = await lockMemberRole(em, memberId);
    if (!role) throw new NotFoundError('Member');
    return role;
  }

  private async assertNotLastAdmin(em: EntityManager, path: string): Promise<void> {
    if ((await countAdmins(em)) <= 1) {
      throw new ConflictError('A tenant must keep at least one admin.', { path });
    }
  }
}
