import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AtsSystem } from '../ats-scale/ats-scale.js';
import { TenantEntity } from '../../tenancy/entities/tenant.entity.js';
import { UserEntity } from '../../tenancy/entities/user.entity.js';

/**
 * A tenant's API key for an integration. Only a hash of the secret is kept; the key is found by
 * its public prefix (a second RLS policy lets the sign-in step read the row of one prefix).
 */
@Entity({ name: 'api_keys' })
@Index('api_keys_prefix_key', ['prefix'], { unique: true })
export class ApiKeyEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  @ForeignKey(() => TenantEntity, { onDelete: 'CASCADE' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  prefix: string;

  /** sha256 of the whole secret (high-entropy, so a fast hash is enough). */
  @Column({ name: 'secret_hash', type: 'bytea' })
  secretHash: Buffer;

  @Column({ type: 'text', array: true })
  scopes: string[];

  /** The ATS the integration speaks (its scale mapping applies to what the key reads). */
  @Column({ type: 'enum', enum: AtsSystem, enumName: 'ats_system', nullable: true })
  ats: AtsSystem | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  @ForeignKey(() => UserEntity, { onDelete: 'SET NULL' })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
