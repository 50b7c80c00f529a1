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
import { TenantEntity } from '../../tenancy/entities/tenant.entity.js';
import { CategoryEntity } from './category.entity.js';
import { QuestionVersionEntity } from './question-version.entity.js';
import { QuestionStatus, QuestionType, Seniority } from './taxonomy.enums.js';

/** A question's identity and metadata; its content lives in immutable versions. */
@Entity({ name: 'questions' })
@ForeignKey(() => CategoryEntity, ['tenantId', 'categoryId'], ['tenantId', 'id'])
@ForeignKey(() => QuestionVersionEntity, ['tenantId', 'currentVersionId'], ['tenantId', 'id'])
@Unique('questions_pack_key_key', ['tenantId', 'packName', 'packKey'])
@Index('questions_tenant_created_idx', ['tenantId', 'createdAt', 'id'])
@Index('questions_search_position_idx', ['tenantId', 'searchPosition'])
// GIN (slice key of tenant_id and search_position, search) through btree_gin: written in the
// migration (…-SearchSlices.ts).
@Index('questions_search_idx', { synchronize: false })
export class QuestionEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  @ForeignKey(() => TenantEntity, { onDelete: 'CASCADE' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'category_id', type: 'uuid' })
  categoryId: string;

  @Column({ type: 'enum', enum: QuestionType, enumName: 'question_type' })
  type: QuestionType;

  @Column({ type: 'enum', enum: Seniority, enumName: 'seniority', array: true })
  seniority: Seniority[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: 'estimated_minutes', type: 'int' })
  estimatedMinutes: number;

  @Column({
    type: 'enum',
    enum: QuestionStatus,
    enumName: 'question_status',
    default: QuestionStatus.DRAFT,
  })
  status: QuestionStatus;

  /** Set in the same transaction as the question's first version. */
  @Column({ name: 'current_version_id', type: 'uuid', nullable: true })
  currentVersionId: string | null;

  @Column({ name: 'pack_name', type: 'text', nullable: true })
  packName: string | null;

  @Column({ name: 'pack_key', type: 'text', nullable: true })
  packKey: string | null;

  /** Hash of the pack content last imported, to tell pack changes from tenant edits. */
  @Column({ name: 'pack_hash', type: 'text', nullable: true })
  packHash: string | null;

  /** Full-text document of the current version and the tags; maintained on every write. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  search: string | null;

  /**
   * The question's place in its tenant's insertion order, set by a trigger on insert (never
   * written here): search ranks the newest matches (migrations/…-SearchSlices.ts).
   */
  @Column({ name: 'search_position', type: 'bigint', insert: false, update: false, select: false })
  searchPosition: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
