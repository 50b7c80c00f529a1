import { Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CompetencyEntity } from './competency.entity.js';
import { QuestionVersionEntity } from './question-version.entity.js';

const decimal = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** One criterion of a question version's rubric, with an anchor text per scale level. */
@Entity({ name: 'rubric_criteria' })
@ForeignKey(() => QuestionVersionEntity, ['tenantId', 'questionVersionId'], ['tenantId', 'id'])
@ForeignKey(() => CompetencyEntity, ['tenantId', 'competencyId'], ['tenantId', 'id'])
@Index('rubric_criteria_version_idx', ['tenantId', 'questionVersionId', 'position'])
export class RubricCriterionEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'question_version_id', type: 'uuid' })
  questionVersionId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'competency_id', type: 'uuid' })
  competencyId: string;

  @Column({ type: 'numeric', precision: 6, scale: 2, transformer: decimal })
  weight: number;

  /** anchors[i] describes level i + 1 of the version's scale. */
  @Column({ type: 'text', array: true })
  anchors: string[];
}
