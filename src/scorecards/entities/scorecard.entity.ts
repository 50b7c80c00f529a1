import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { CandidateEntity } from '../../interviews/entities/candidate.entity.js';
import { InterviewEntity } from '../../interviews/entities/interview.entity.js';
import { UserEntity } from '../../tenancy/entities/user.entity.js';
import { type ScorecardContent, ScorecardStatus } from './scorecard.enums.js';

/**
 * One assigned interviewer's scorecard for one interview, created on assignment. While DRAFT
 * its content lives in `draft` and `version` guards every write; once submitted the content
 * lives in immutable revisions and `current_revision_id` names the latest.
 */
@Entity({ name: 'scorecards' })
@ForeignKey(() => InterviewEntity, ['tenantId', 'interviewId'], ['tenantId', 'id'])
@ForeignKey(() => CandidateEntity, ['tenantId', 'candidateId'], ['tenantId', 'id'])
@Unique('scorecards_interview_interviewer_key', ['tenantId', 'interviewId', 'interviewerId'])
@Index('scorecards_candidate_idx', ['tenantId', 'candidateId'])
@Index('scorecards_interviewer_idx', ['tenantId', 'interviewerId', 'status'])
// Also the sync feed's `updatedSince` bound as an index condition (see syncWhere).
@Index('scorecards_tenant_updated_idx', ['tenantId', 'updatedAt', 'id'])
@Index('scorecards_tenant_submitted_idx', ['tenantId', 'submittedAt'])
@Index('scorecards_tenant_change_idx', ['tenantId', 'changeSeq', 'id'])
export class ScorecardEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'interview_id', type: 'uuid' })
  interviewId: string;

  /** The interview's candidate, repeated so the sealed-feedback rule reads one table. */
  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @Column({ name: 'interviewer_id', type: 'uuid' })
  @ForeignKey(() => UserEntity)
  interviewerId: string;

  @Column({
    type: 'enum',
    enum: ScorecardStatus,
    enumName: 'scorecard_status',
    default: ScorecardStatus.DRAFT,
  })
  status: ScorecardStatus;

  /** Optimistic version: every save, submit and amendment adds one. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  draft: Partial<ScorecardContent>;

  @Column({ name: 'current_revision_id', type: 'uuid', nullable: true })
  currentRevisionId: string | null;

  /**
   * Whether any amendment was written after its author could read other interviewers'
   * feedback: kept here on write (the amendment sets it, nothing clears it) so that a page of
   * scorecards reads it from its own row instead of searching every revision.
   */
  @Column({ name: 'amended_after_reveal', type: 'boolean', default: false })
  amendedAfterReveal: boolean;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

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
