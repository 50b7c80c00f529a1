import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { StageQuestionEntity } from '../../loops/entities/stage-question.entity.js';
import { CompetencyEntity } from '../../taxonomy/entities/competency.entity.js';
import { QuestionVersionEntity } from '../../taxonomy/entities/question-version.entity.js';
import { RubricCriterionEntity } from '../../taxonomy/entities/rubric-criterion.entity.js';
import { ScorecardRevisionEntity } from './scorecard-revision.entity.js';

/**
 * One criterion's score in a revision; a null score is "not assessed". The version and
 * competency are repeated from the criterion so calibration aggregates read one table.
 */
@Entity({ name: 'scorecard_scores' })
@ForeignKey(() => ScorecardRevisionEntity, ['tenantId', 'revisionId'], ['tenantId', 'id'])
@ForeignKey(() => StageQuestionEntity, ['tenantId', 'stageQuestionId'], ['tenantId', 'id'])
@ForeignKey(() => RubricCriterionEntity, ['tenantId', 'criterionId'], ['tenantId', 'id'])
@ForeignKey(() => QuestionVersionEntity, ['tenantId', 'questionVersionId'], ['tenantId', 'id'])
@ForeignKey(() => CompetencyEntity, ['tenantId', 'competencyId'], ['tenantId', 'id'])
@Index('scorecard_scores_version_idx', ['tenantId', 'questionVersionId'])
export class ScorecardScoreEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @PrimaryColumn({ name: 'revision_id', type: 'uuid' })
  revisionId: string;

  @PrimaryColumn({ name: 'stage_question_id', type: 'uuid' })
  stageQuestionId: string;

  @PrimaryColumn({ name: 'criterion_id', type: 'uuid' })
  criterionId: string;

  @Column({ name: 'question_version_id', type: 'uuid' })
  questionVersionId: string;

  @Column({ name: 'competency_id', type: 'uuid' })
  competencyId: string;

  @Column({ type: 'smallint', nullable: true })
  score: number | null;

  /**
   * Order of the rating on the sheet (stage question position, then criterion position),
   * fixed at write: a revision's ratings are read in this order from the primary key's
   * neighbourhood, without looking up the question and criterion of each.
   */
  @Column({ type: 'smallint' })
  position: number;
}
