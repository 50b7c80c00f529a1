import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '../../tenancy/entities/tenant.entity.js';
import type { Seniority } from './taxonomy.enums.js';

/** How criterion scores become a question score and how questions weigh in the debrief. */
export interface ScoringGuideData {
  combination: string;
  veto: string;
  notAssessed: string;
  debrief: string;
}

export interface SeniorityLevelData {
  seniority: Seniority;
  title: string;
  definition: string;
}

export interface GuidanceSectionData {
  key: string;
  title: string;
  points: string[];
}

/**
 * The tenant's interview guide: one row per tenant, written by pack import (the tenant owns
 * it from then on) and shown in every kit.
 */
@Entity({ name: 'interview_guides' })
export class InterviewGuideEntity {
  @PrimaryColumn({
    name: 'tenant_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_interview_guides',
  })
  @ForeignKey(() => TenantEntity, { onDelete: 'CASCADE', name: 'FK_interview_guides_tenant' })
  tenantId: string;

  @Column({ name: 'scoring_guide', type: 'jsonb' })
  scoringGuide: ScoringGuideData;

  @Column({ name: 'seniority_levels', type: 'jsonb' })
  seniorityLevels: SeniorityLevelData[];

  @Column({ name: 'interviewer_guidance', type: 'jsonb' })
  interviewerGuidance: GuidanceSectionData[];

  @Column({ name: 'pack_name', type: 'text', nullable: true })
  packName: string | null;

  @Column({ name: 'pack_version', type: 'text', nullable: true })
  packVersion: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
