import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { MembershipEntity } from './membership.entity.js';

/**
 * A member's choices about mail that is not essential (see NotificationPreferences). One row
 * per member once they change something; defaults apply before that. Goes with the membership.
 */
@Entity({ name: 'notification_preferences' })
@ForeignKey(() => MembershipEntity, ['tenantId', 'userId'], ['tenantId', 'userId'], {
  onDelete: 'CASCADE',
})
export class NotificationPreferencesEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** Mail when every scorecard of an interview in one's loop is in (hiring managers). */
  @Column({ name: 'feedback_complete', type: 'boolean', default: true })
  feedbackComplete: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
