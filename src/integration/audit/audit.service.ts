import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Database } from '../../database/database.service.js';
import { pageDirection, type Page } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { AuditActorType } from '../entities/audit-event.entity.js';
import type { AuditEvent, AuditEventsArgs } from './audit.models.js';
import { insertAuditEvent, listAuditEvents, type AuditRecord } from './audit.repository.js';

/** The append-only audit log: written in the change's transaction, read by admins. */
@Injectable()
export class AuditService {
  constructor(private readonly db: Database) {}

  /**
   * A public call that signed a person in to a tenant (signIn, createTenant, acceptInvitation,
   * over GraphQL or the web app's session endpoints), recorded in that tenant as their own act
   * once it has succeeded.
   */
  async insertSignIn(
    viewer: { tenantId: string; userId: string },
    record: Pick<AuditRecord, 'action' | 'requestId' | 'changedFields'>,
  ): Promise<void> {
    await this.db.withTenant(viewer.tenantId, (em) =>
      this.insert(em, viewer.tenantId, {
        ...record,
        entity: 'User',
        entityId: viewer.userId,
        actorType: AuditActorType.USER,
        actorId: viewer.userId,
      }),
    );
  }

  async insert(em: EntityManager, tenantId: string, record: AuditRecord): Promise<void> {
    await insertAuditEvent(em, tenantId, record);
  }

  /** Newest first. */
  async list(ctx: RequestContext, args: AuditEventsArgs): Promise<Page<AuditEvent>> {
    const em = await ctx.manager();
    const { rows, count, page } = await listAuditEvents(em, args, pageDirection(args));
    const keys = new Map(rows.map((r) => [r.id, r.occurred_key]));
    return page.page(
      rows.map((r) => ({
        id: r.id,
        occurredAt: r.occurred_at,
        actorType: r.actor_type,
        actorId: r.actor_id,
        onBehalfOfId: r.on_behalf_of,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        requestId: r.request_id,
        changedFields: r.changed_fields,
      })),
      count,
      (e) => ({ key: keys.get(e.id)!, id: e.id }),
    );
  }
}
