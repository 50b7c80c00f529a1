import type { EntityManager } from 'typeorm';
import type { Role } from '../common/role.js';
import { MembershipEntity } from '../tenancy/entities/membership.entity.js';

/*
 * The SQL of invitations besides their entities: the member an invitation is resent to, the
 * membership an invitation token opens, and the tenant's name the mail shows.
 * InvitationService holds the rules.
 */

/** A membership with its user's address, for a resent invitation. */
export interface InvitedMember {
  user_id: string;
  role: Role;
  /** The invitation is not accepted yet. */
  pending: boolean;
  email: string;
}

/** Locks the membership and reads it with its user's address; undefined when missing. */
export async function lockMembership(
  em: EntityManager,
  memberId: string,
): Promise<InvitedMember | undefined> {
  const [row]: InvitedMember[] = await em.query(
    `SELECT m.user_id, m.role, m.invite_token_hash IS NOT NULL AS pending, u.email
       FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.id = $1 FOR UPDATE OF m`,
    [memberId],
  );
  return row;
}

/** The tenant's name. */
export async function tenantName(em: EntityManager, tenantId: string): Promise<string> {
  const [tenant]: { name: string }[] = await em.query(`SELECT name FROM tenants WHERE id = $1`, [
    tenantId,
  ]);
  return tenant.name;
}

/** Locks the membership an unexpired invitation token opens; null when none does. */
export function lockInvitation(
  em: EntityManager,
  tokenHash: Buffer,
): Promise<MembershipEntity | null> {
  return em
    .createQueryBuilder(MembershipEntity, 'm')
    .setLock('pessimistic_write')
    .where('m.invite_token_hash = :hash AND m.invite_expires_at > now()', { hash: tokenHash })
    .getOne();
}
