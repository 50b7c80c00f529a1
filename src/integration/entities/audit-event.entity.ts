import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { TenantEntity } from '../../tenancy/entities/tenant.entity.js';

export enum AuditActorType {
  USER = 'USER',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
}

/**
 * One mutation, as the audit log keeps it: who, what, on which entity, and the names (never the
 * values) of the fields it changed. Append-only: a trigger rejects UPDATE, DELETE and TRUNCATE
 * for every role, the owner included.
 */
@Entity({ name: 'audit_events' })
@Index('audit_events_tenant_time_idx', ['tenantId', 'occurredAt', 'id'])
export class AuditEventEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  @ForeignKey(() => TenantEntity)
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({
    name: 'actor_type',
    type: 'enum',
    enum: AuditActorType,
    enumName: 'audit_actor_type',
  })
  actorType: AuditActorType;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** The member an API key acted for (On-Behalf-Of), beside the key as the actor. */
  @Column({ name: 'on_behalf_of', type: 'uuid', nullable: true })
  onBehalfOf: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text', nullable: true })
  entity: string | null;

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ name: 'changed_fields', type: 'text', array: true, default: () => "'{}'" })
  changedFields: string[];
}
