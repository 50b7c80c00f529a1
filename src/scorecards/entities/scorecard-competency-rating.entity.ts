import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { CompetencyEntity } from '../../taxonomy/entities/competency.entity.js';
import { ScorecardRevisionEntity } from './scorecard-revision.entity.js';

/** The interviewer's overall rating of one focus competency of the stage, in a revision. */
@Entity({ name: 'scorecard_competency_ratings' })
@ForeignKey(() => ScorecardRevisionEntity, ['tenantId', 'revisionId'], ['tenantId', 'id'])
@ForeignKey(() => CompetencyEntity, ['tenantId', 'competencyId'], ['tenantId', 'id'])
export class ScorecardCompetencyRatingEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @PrimaryColumn({ name: 'revision_id', type: 'uuid' })
  revisionId: string;

  @PrimaryColumn({ name: 'competency_id', type: 'uuid' })
  competencyId: string;

  @Column({ type: 'smallint' })
  score: number;
}
