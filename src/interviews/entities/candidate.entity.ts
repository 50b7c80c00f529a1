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

/** A person being interviewed. Name and e-mail are personal data, removed by anonymisation. */
@Entity({ name: 'candidates' })
@Index('candidates_ats_external_key', ['tenantId', 'atsExternalId'], {
  unique: true,
  where: '"ats_external_id" IS NOT NULL',
})
@Index('candidates_tenant_created_idx', ['tenantId', 'createdAt', 'id'])
@Index('candidates_tenant_change_idx', ['tenantId', 'changeSeq', 'id'])
// The sync feed's `updatedSince` bound as an index condition (see syncWhere).
@Index('candidates_tenant_updated_change_idx', ['tenantId', 'updatedAt', 'changeSeq'])
export class CandidateEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  @ForeignKey(() => TenantEntity, { onDelete: 'CASCADE' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'ats_external_id', type: 'text', nullable: true })
  atsExternalId: string | null;

  @Column({ name: 'anonymized_at', type: 'timestamptz', nullable: true })
  anonymizedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /**
   * The id of the transaction that last wrote the row: the sync feeds page on it, up to the
   * oldest transaction still running, so a row committed late is never skipped.
   */
  @Column({ name: 'change_seq', type: 'bigint', default: () => 'ik_change_seq()', select: false })
  changeSeq?: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
