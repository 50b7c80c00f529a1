import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TenantEntity } from '../../tenancy/entities/tenant.entity.js';
import { UserEntity } from '../../tenancy/entities/user.entity.js';
import { LoopStatus } from './loop.enums.js';

/** An interview loop for one role: ordered stages of pinned questions. */
@Entity({ name: 'interview_loops' })
@ForeignKey(() => InterviewLoopEntity, ['tenantId', 'clonedFromId'], ['tenantId', 'id'])
@Index('interview_loops_ats_job_key', ['tenantId', 'atsJobId'], {
  unique: true,
  where: '"ats_job_id" IS NOT NULL',
})
@Index('interview_loops_pack_template_key', ['tenantId', 'packTemplate'], {
  unique: true,
  where: '"pack_template" IS NOT NULL',
})
@Index('interview_loops_tenant_created_idx', ['tenantId', 'createdAt', 'id'])
export class InterviewLoopEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  @ForeignKey(() => TenantEntity, { onDelete: 'CASCADE' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'role_title', type: 'text' })
  roleTitle: string;

  @Column({ name: 'ats_job_id', type: 'text', nullable: true })
  atsJobId: string | null;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  @ForeignKey(() => UserEntity)
  ownerId: string;

  @Column({ type: 'enum', enum: LoopStatus, enumName: 'loop_status', default: LoopStatus.DRAFT })
  status: LoopStatus;

  @Column({ name: 'is_template', type: 'boolean', default: false })
  isTemplate: boolean;

  /** `<pack>/<template key>` for a template created by pack import; null otherwise. */
  @Column({ name: 'pack_template', type: 'text', nullable: true })
  packTemplate: string | null;

  @Column({ name: 'cloned_from_id', type: 'uuid', nullable: true })
  clonedFromId: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
