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
import { TenantEntity } from '../../tenancy/entities/tenant.entity.js';

export enum MailStatus {
  PENDING = 'PENDING',
  RETRYING = 'RETRYING',
  /** Claimed by one worker until `claimed_until`: no other worker sends it meanwhile. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  DEAD = 'DEAD',
}

/**
 * One e-mail to one address, written in the transaction of the change that caused it and sent
 * after commit by the mail worker. The rendered message (subject, text, HTML, calendar part)
 * is kept encrypted (AES-256-GCM, bound to the row): an invitation carries its token, which
 * the database otherwise keeps only as a hash. Outside development it is erased once sent.
 */
@Entity({ name: 'mail_messages' })
@Index('mail_messages_pending_idx', ['status', 'nextAttemptAt'])
@Index('mail_messages_tenant_created_idx', ['tenantId', 'createdAt', 'id'])
@Index('mail_messages_dedupe_key', ['tenantId', 'dedupeKey'], { unique: true })
@Index('mail_messages_calendar_uid_idx', ['tenantId', 'calendarUid'])
export class MailMessageEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  @ForeignKey(() => TenantEntity, { onDelete: 'CASCADE' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** What the message is (`invitation`, `interview.assigned`...), for the log and the dev inbox. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  /** Set for messages that must go out at most once per cause (a reminder's round). */
  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey: string | null;

  /**
   * The UID of the calendar entry the message invites to, updates or cancels: the count of
   * earlier messages for it is the next SEQUENCE, so a calendar applies the latest.
   */
  @Column({ name: 'calendar_uid', type: 'text', nullable: true })
  calendarUid: string | null;

  @Column({ name: 'content_ciphertext', type: 'bytea', nullable: true })
  contentCiphertext: Buffer | null;

  @Column({
    type: 'enum',
    enum: MailStatus,
    enumName: 'mail_status',
    default: MailStatus.PENDING,
  })
  status: MailStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
