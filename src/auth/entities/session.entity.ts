import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { MembershipEntity } from '../../tenancy/entities/membership.entity.js';

/** One sign-in: the chain of refresh tokens it issues. Revoking it ends every token in it. */
@Entity({ name: 'sessions' })
@ForeignKey(() => MembershipEntity, ['tenantId', 'userId'], ['tenantId', 'userId'], {
  onDelete: 'CASCADE',
})
export class SessionEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason: string | null;
}
