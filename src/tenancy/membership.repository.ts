import type { EntityManager } from 'typeorm';
import type { AccessTokenClaims } from '../common/access-token-claims.js';
import { cappedCount, decodeCursor } from '../common/pagination.js';
import type { Role } from '../common/role.js';
import { SqlParams } from '../common/sql.js';
import { UUID_LITERAL } from '../database/database.service.js';
import type { MembersArgs } from './dto/tenancy.inputs.js';

/*
 * The SQL of memberships: a member with its user, the live membership check, the member's and
 * the admins' locks, the admins' count. MembershipService holds the rules.
 */

export interface MemberRow {
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

/** What a list of members reads from, for its count (`m` the membership, `u` its user). */
const MEMBERS_FROM = `FROM memberships m JOIN users u ON u.id = m.user_id`;

/**
 * The live membership and session check as literal SQL (it rides on the simple-protocol round
 * trip that opens the transaction, which takes no parameters). The caller refuses claims whose
 * ids are not UUIDs; this checks again, so nothing else can ever be written into it.
 */
export const liveMemberSql = (claims: AccessTokenClaims) => {
  if (![claims.tid, claims.sub, claims.sid].every((id) => UUID_LITERAL.test(id))) {
    throw new Error('liveMemberSql: the claims hold an id that is not a UUID');
  }
  return `SELECT m.role FROM memberships m
     JOIN sessions s ON s.tenant_id = m.tenant_id AND s.user_id = m.user_id
    WHERE m.tenant_id = '${claims.tid}' AND m.user_id = '${claims.sub}' AND s.id = '${claims.sid}'
      AND s.revoked_at IS NULL AND m.invite_token_hash IS NULL`;
};

/**
 * One page (first + 1 rows, in creation order) of the members matching `args`, and the count
 * of all of them (capped), run when asked.
 */
export async function listMembers(
  em: EntityManager,
  args: MembersArgs,
): Promise<{ rows: MemberRow[]; count: () => Promise<number> }> {
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
    const after = decodeCursor(args.after, 'after', 'time');
    where.push(
      `(m.created_at, m.id) > (${p.add(after.key)}::timestamptz, ${p.add(after.id)}::uuid)`,
    );
  }
  const rows: MemberRow[] = await em.query(
    `${MEMBER_SELECT} WHERE ${where.join(' AND ')} ORDER BY m.created_at, m.id LIMIT ${args.first + 1}`,
    p.values,
  );
  const count = () => cappedCount(em, `${MEMBERS_FROM} WHERE ${filter}`, countParams);
  return { rows, count };
}

export async function loadMember(em: EntityManager, id: string): Promise<MemberRow | undefined> {
  const rows: MemberRow[] = await em.query(`${MEMBER_SELECT} WHERE m.id = $1`, [id]);
  return rows[0];
}

/** Locks one membership and answers its role; undefined when there is none. */
export async function lockMemberRole(em: EntityManager, id: string): Promise<Role | undefined> {
  const rows: { role: Role }[] = await em.query(
    'SELECT role FROM memberships WHERE id = $1 FOR UPDATE',
    [id],
  );
  return rows[0]?.role;
}

/** Locks the tenant's admin memberships, in id order. */
export async function lockAdmins(em: EntityManager): Promise<void> {
  await em.query(`SELECT id FROM memberships WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`);
}

export async function countAdmins(em: EntityManager): Promise<number> {
  const [{ n }]: { n: number }[] = await em.query(
    `SELECT count(*)::int AS n FROM memberships WHERE role = 'ADMIN'`,
  );
  return n;
}
