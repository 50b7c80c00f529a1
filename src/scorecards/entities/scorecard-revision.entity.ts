import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { ScorecardEntity } from './scorecard.entity.js';
import { type ContentNote, Recommendation } from './scorecard.enums.js';

/**
 * Submitted content of a scorecard: number 1 is the submission, later numbers are amendments
 * with a reason. The runtime role may only insert and read them: every revision stays readable.
 */
@Entity({ name: 'scorecard_revisions' })
@ForeignKey(() => ScorecardEntity, ['tenantId', 'scorecardId'], ['tenantId', 'id'])
@Unique('scorecard_revisions_number_key', ['tenantId', 'scorecardId', 'number'])
export class ScorecardRevisionEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'scorecard_id', type: 'uuid' })
  scorecardId: string;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'enum', enum: Recommendation, enumName: 'recommendation' })
  recommendation: Recommendation;

  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  notes: ContentNote[];

  /** Why an amendment was made; null on the submission. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** The author could already read other interviewers' feedback on the candidate. */
  @Column({ name: 'after_reveal', type: 'boolean', default: false })
  afterReveal: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
