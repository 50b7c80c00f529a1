import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { TenantEntity } from '../../tenancy/entities/tenant.entity.js';

/**
 * An `Idempotency-Key` a caller sent with a mutation: the hash of the request and, once it has
 * run, the response to replay. Kept at least 24 hours.
 */
@Entity({ name: 'idempotency_keys' })
@Index('idempotency_keys_created_idx', ['tenantId', 'createdAt'])
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  @ForeignKey(() => TenantEntity, { onDelete: 'CASCADE' })
  tenantId: string;

  /** The user or API key that sent it: keys are scoped to their sender. */
  @PrimaryColumn({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ name: 'request_hash', type: 'bytea' })
  requestHash: Buffer;

  @Column({ name: 'status_code', type: 'int', nullable: true })
  statusCode: number | null;

  @Column({ name: 'response_body', type: 'text', nullable: true })
  responseBody: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
