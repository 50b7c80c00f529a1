import { Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { MembershipEntity } from '../../tenancy/entities/membership.entity.js';
import { InterviewLoopEntity } from './interview-loop.entity.js';

/** A member who reads this loop's kits and (later) its debriefs as hiring manager. */
@Entity({ name: 'loop_hiring_managers' })
@ForeignKey(() => InterviewLoopEntity, ['tenantId', 'loopId'], ['tenantId', 'id'], {
  onDelete: 'CASCADE',
})
@ForeignKey(() => MembershipEntity, ['tenantId', 'userId'], ['tenantId', 'userId'], {
  onDelete: 'CASCADE',
})
export class LoopHiringManagerEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @PrimaryColumn({ name: 'loop_id', type: 'uuid' })
  loopId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;
}
