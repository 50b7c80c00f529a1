import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Role } from '../../common/role.js';
import { TenantEntity } from './tenant.entity.js';
import { UserEntity } from './user.entity.js';

/** A user's place in a tenant. Tenant table: row-level security applies. */
@Entity({ name: 'memberships' })
@Unique('memberships_tenant_user_key', ['tenantId', 'userId'])
export class MembershipEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  @ForeignKey(() => TenantEntity, { onDelete: 'CASCADE' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE' })
  userId: string;

  @Column({ type: 'enum', enum: Role, enumName: 'member_role' })
  role: Role;

  /** sha256 of the invitation secret, while the invitation is open. */
  @Column({ name: 'invite_token_hash', type: 'bytea', nullable: true })
  inviteTokenHash: Buffer | null;

  @Column({ name: 'invite_expires_at', type: 'timestamptz', nullable: true })
  inviteExpiresAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
