import { Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { InterviewLoopEntity } from './interview-loop.entity.js';
import { StageKind } from './loop.enums.js';

/** One stage of a loop, in order. */
@Entity({ name: 'loop_stages' })
@ForeignKey(() => InterviewLoopEntity, ['tenantId', 'loopId'], ['tenantId', 'id'], {
  onDelete: 'CASCADE',
})
@Index('loop_stages_loop_idx', ['tenantId', 'loopId', 'position'])
export class LoopStageEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'loop_id', type: 'uuid' })
  loopId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'enum', enum: StageKind, enumName: 'stage_kind' })
  kind: StageKind;

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes: number;

  @Column({ name: 'focus_competency_ids', type: 'uuid', array: true, default: () => "'{}'" })
  focusCompetencyIds: string[];

  @Column({ type: 'text', default: '' })
  instructions: string;
}
