import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { TenantEntity } from '../../tenancy/entities/tenant.entity.js';

export interface ScaleLevel {
  value: number;
  label: string;
  description: string;
}

/**
 * One version of the tenant's rating scale. A change in the number of levels makes a new
 * version; rubrics (and scorecards) keep the version they were written against.
 */
@Entity({ name: 'rating_scales' })
@Unique('rating_scales_version_key', ['tenantId', 'version'])
export class RatingScaleEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  @ForeignKey(() => TenantEntity, { onDelete: 'CASCADE' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  levels: ScaleLevel[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
