import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { AtsSystem } from '../ats-scale/ats-scale.js';
import { TenantEntity } from '../../tenancy/entities/tenant.entity.js';

/** Where a tenant wants events sent. The signing secret is kept encrypted (AES-256-GCM). */
@Entity({ name: 'webhook_endpoints' })
export class WebhookEndpointEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  @ForeignKey(() => TenantEntity, { onDelete: 'CASCADE' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', array: true })
  events: string[];

  @Column({ name: 'secret_ciphertext', type: 'bytea' })
  secretCiphertext: Buffer;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** The ATS whose values scorecard events carry to this endpoint (`data.ats`). */
  @Column({ type: 'enum', enum: AtsSystem, enumName: 'ats_system', nullable: true })
  ats: AtsSystem | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The outbox: an event, written in the transaction of the change it reports. */
@Entity({ name: 'webhook_events' })
@Index('webhook_events_tenant_time_idx', ['tenantId', 'occurredAt', 'id'])
export class WebhookEventEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  @ForeignKey(() => TenantEntity, { onDelete: 'CASCADE' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}

export enum DeliveryStatus {
  PENDING = 'PENDING',
  RETRYING = 'RETRYING',
  SUCCEEDED = 'SUCCEEDED',
  DEAD = 'DEAD',
}

/** One event to one endpoint: its attempts and outcome. */
@Entity({ name: 'webhook_deliveries' })
@ForeignKey(() => WebhookEventEntity, ['tenantId', 'eventId'], ['tenantId', 'id'], {
  onDelete: 'CASCADE',
})
@ForeignKey(() => WebhookEndpointEntity, ['tenantId', 'endpointId'], ['tenantId', 'id'], {
  onDelete: 'CASCADE',
})
@Index('webhook_deliveries_tenant_created_idx', ['tenantId', 'createdAt', 'id'])
@Index('webhook_deliveries_pending_idx', ['status', 'nextAttemptAt'])
export class WebhookDeliveryEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId: string;

  @Column({
    type: 'enum',
    enum: DeliveryStatus,
    enumName: 'delivery_status',
    default: DeliveryStatus.PENDING,
  })
  status: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'last_status_code', type: 'int', nullable: true })
  lastStatusCode: number | null;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
