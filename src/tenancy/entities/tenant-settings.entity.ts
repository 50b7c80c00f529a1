import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from './tenant.entity.js';

/** Who may read a submitted scorecard written by someone else (see DESIGN.md, sealed feedback). */
export enum FeedbackVisibility {
  /** An interviewer sees other scorecards on a candidate once their own are all submitted. */
  AFTER_OWN_SUBMIT = 'AFTER_OWN_SUBMIT',
  /** Interviewers see an interview's scorecards once the whole panel has submitted or its reveal time has passed. */
  AFTER_PANEL = 'AFTER_PANEL',
  /** Interviewers of a candidate see each other's submitted scorecards at once. */
  ALWAYS = 'ALWAYS',
  /** Interviewers never see each other's scorecards. */
  NEVER = 'NEVER',
}

/** One row per tenant once an admin changes a setting; defaults apply before that. */
@Entity({ name: 'tenant_settings' })
export class TenantSettingsEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  @ForeignKey(() => TenantEntity, { onDelete: 'CASCADE' })
  tenantId: string;

  @Column({
    name: 'feedback_visibility',
    type: 'enum',
    enum: FeedbackVisibility,
    enumName: 'feedback_visibility',
    default: FeedbackVisibility.AFTER_OWN_SUBMIT,
  })
  feedbackVisibility: FeedbackVisibility;

  /** A scorecard is due this many hours after its interview's scheduled end. */
  @Column({ name: 'feedback_due_hours', type: 'int', default: 24 })
  feedbackDueHours: number;

  /** The admin's changes to the ATS scale mappings, by ATS (defaults fill the rest). */
  @Column({ name: 'ats_scale_mappings', type: 'jsonb', default: () => "'{}'" })
  atsScaleMappings: Record<string, unknown>;

  /** The first feedback reminder goes this many minutes after the interview's scheduled end. */
  @Column({ name: 'feedback_reminder_delay_minutes', type: 'int', default: 60 })
  feedbackReminderDelayMinutes: number;

  /** Later reminders follow every this many hours. */
  @Column({ name: 'feedback_reminder_interval_hours', type: 'int', default: 24 })
  feedbackReminderIntervalHours: number;

  /** At most this many reminders per scorecard; 0: none. */
  @Column({ name: 'feedback_reminder_limit', type: 'int', default: 3 })
  feedbackReminderLimit: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
