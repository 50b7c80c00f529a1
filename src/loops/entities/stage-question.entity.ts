import { Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { QuestionVersionEntity } from '../../taxonomy/entities/question-version.entity.js';
import { LoopStageEntity } from './loop-stage.entity.js';

/** A question pinned, at one version, to a stage. */
@Entity({ name: 'stage_questions' })
@ForeignKey(() => LoopStageEntity, ['tenantId', 'stageId'], ['tenantId', 'id'], {
  onDelete: 'CASCADE',
})
@ForeignKey(() => QuestionVersionEntity, ['tenantId', 'questionVersionId'], ['tenantId', 'id'])
@Index('stage_questions_stage_idx', ['tenantId', 'stageId', 'position'])
export class StageQuestionEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'stage_id', type: 'uuid' })
  stageId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ name: 'question_version_id', type: 'uuid' })
  questionVersionId: string;

  @Column({ name: 'time_budget_minutes', type: 'int' })
  timeBudgetMinutes: number;

  @Column({ type: 'boolean', default: true })
  required: boolean;
}
