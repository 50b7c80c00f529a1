import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { TenantEntity } from '../../tenancy/entities/tenant.entity.js';

export enum TombstoneKind {
  DELETED = 'DELETED',
  ANONYMIZED = 'ANONYMIZED',
}

/** A row that left (or lost its personal data): the sync feeds report it to integrations. */
@Entity({ name: 'sync_tombstones' })
@Index('sync_tombstones_feed_idx', ['tenantId', 'changeSeq', 'id'])
// The feed's `updatedSince` bound (on occurred_at) as an index condition (see syncWhere).
@Index('sync_tombstones_occurred_change_idx', ['tenantId', 'occurredAt', 'changeSeq'])
export class TombstoneEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  @ForeignKey(() => TenantEntity, { onDelete: 'CASCADE' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `candidate`, `interview` or `scorecard`. */
  @Column({ type: 'text' })
  entity: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Column({ type: 'enum', enum: TombstoneKind, enumName: 'tombstone_kind' })
  kind: TombstoneKind;

  /** As on candidates: the writing transaction's id, for the feed. */
  @Column({ name: 'change_seq', type: 'bigint', default: () => 'ik_change_seq()', select: false })
  changeSeq?: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}
