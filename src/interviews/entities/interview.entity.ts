import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { InterviewLoopEntity } from '../../loops/entities/interview-loop.entity.js';
import { LoopStageEntity } from '../../loops/entities/loop-stage.entity.js';
import { UserEntity } from '../../tenancy/entities/user.entity.js';
import { CandidateEntity } from './candidate.entity.js';
import { InterviewStatus } from './interview.enums.js';

/**
 * A candidate at one stage of a published loop. The stored status moves on writes
 * (submissions, cancellation); SCHEDULED reads as AWAITING_FEEDBACK once the end has passed.
 */
@Entity({ name: 'interviews' })
@ForeignKey(() => CandidateEntity, ['tenantId', 'candidateId'], ['tenantId', 'id'])
@ForeignKey(() => InterviewLoopEntity, ['tenantId', 'loopId'], ['tenantId', 'id'])
@ForeignKey(() => LoopStageEntity, ['tenantId', 'stageId'], ['tenantId', 'id'])
@Check('interviews_schedule_check', '"scheduled_end" > "scheduled_start"')
@Index('interviews_ats_external_key', ['tenantId', 'atsExternalId'], {
  unique: true,
  where: '"ats_external_id" IS NOT NULL',
})
@Index('interviews_candidate_idx', ['tenantId', 'candidateId'])
@Index('interviews_tenant_start_idx', ['tenantId', 'scheduledStart', 'id'])
@Index('interviews_tenant_change_idx', ['tenantId', 'changeSeq', 'id'])
// The sync feed's `updatedSince` bound as an index condition (see syncWhere).
@Index('interviews_tenant_updated_change_idx', ['tenantId', 'updatedAt', 'changeSeq'])
export class InterviewEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @Column({ name: 'loop_id', type: 'uuid' })
  loopId: string;

  @Column({ name: 'stage_id', type: 'uuid' })
  stageId: string;

  @Column({ name: 'scheduled_start', type: 'timestamptz' })
  scheduledStart: Date;

  @Column({ name: 'scheduled_end', type: 'timestamptz' })
  scheduledEnd: Date;

  @Column({
    type: 'enum',
    enum: InterviewStatus,
    enumName: 'interview_status',
    default: InterviewStatus.SCHEDULED,
  })
  status: InterviewStatus;

  /** Under the AFTER_PANEL policy, the panel's scorecards are revealed at this time at the latest. */
  @Column({ name: 'reveal_at', type: 'timestamptz', nullable: true })
  revealAt: Date | null;

  /**
   * The panel in the order it was given (scheduleInterview, assignInterviewers, the ATS's
   * upsert): `interviewers` lists it so. Empty for interviews scheduled before it was kept.
   */
  @Column({ name: 'panel_order', type: 'uuid', array: true, default: () => "'{}'" })
  panelOrder: string[];

  @Column({ name: 'ats_external_id', type: 'text', nullable: true })
  atsExternalId: string | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  @ForeignKey(() => UserEntity, { onDelete: 'SET NULL' })
  createdBy: string | null;

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
