import { CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { ScorecardEntity } from './scorecard.entity.js';

/**
 * A once-only notice about a scorecard was given (`kind`: `overdue`, the scorecard.overdue
 * webhook event). Its key makes the feedback sweep idempotent: the event is emitted in the
 * transaction that inserts the row, and only when the insert did something.
 */
@Entity({ name: 'scorecard_notices' })
@ForeignKey(() => ScorecardEntity, ['tenantId', 'scorecardId'], ['tenantId', 'id'], {
  onDelete: 'CASCADE',
})
export class ScorecardNoticeEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @PrimaryColumn({ name: 'scorecard_id', type: 'uuid' })
  scorecardId: string;

  @PrimaryColumn({ type: 'text' })
  kind: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
