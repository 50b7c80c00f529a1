import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { SessionEntity } from './session.entity.js';

/** A refresh token, stored only as the sha256 of its secret. Used once, then replaced. */
@Entity({ name: 'refresh_tokens' })
@ForeignKey(() => SessionEntity, ['tenantId', 'sessionId'], ['tenantId', 'id'], {
  onDelete: 'CASCADE',
})
@Index('refresh_tokens_hash_key', ['tenantId', 'tokenHash'], { unique: true })
export class RefreshTokenEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
