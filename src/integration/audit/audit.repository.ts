import type { EntityManager } from 'typeorm';
import type { Keyset } from '../../common/pagination.js';
import type { AuditActorType } from '../entities/audit-event.entity.js';

/* The SQL of the audit log: appended to, read by page. AuditService holds the rules. */

export interface AuditRecord {
  actorType: AuditActorType;
  actorId: string | null;
  /** The member an API key acted for (On-Behalf-Of). */
  onBehalfOf?: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  requestId: string | null;
  changedFields: string[];
}

export interface AuditRow {
  id: string;
  occurred_at: Date;
  occurred_key: string;
  actor_type: AuditActorType;
  actor_id: string | null;
  on_behalf_of: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  request_id: string | null;
  changed_fields: string[];
}

export async function insertAuditEvent(
  em: EntityManager,
  tenantId: string,
  record: AuditRecord,
): Promise<void> {
  await em.query(
    `INSERT INTO audit_events (tenant_id, actor_type, actor_id, action, entity, entity_id,
                                 request_id, changed_fields, on_behalf_of)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      tenantId,
      record.actorType,
      record.actorId,
      record.action,
      record.entity,
      record.entityId,
      record.requestId,
      record.changedFields,
      record.onBehalfOf ?? null,
    ],
  );
}

/** One page of the events matching `where` (conditions over `values`), in `page`'s order. */
export async function listAuditEvents(
  em: EntityManager,
  where: string,
  page: Keyset,
  values: unknown[],
): Promise<AuditRow[]> {
  return em.query(
    `SELECT id, occurred_at, occurred_at::text AS occurred_key, actor_type, actor_id, on_behalf_of,
              action, entity, entity_id, request_id, changed_fields
         FROM audit_events WHERE ${where}
        ORDER BY ${page.orderBy} LIMIT ${page.limit}`,
    values,
  );
}
