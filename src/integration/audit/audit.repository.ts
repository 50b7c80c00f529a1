import type { EntityManager } from 'typeorm';
import {
  cappedCount,
  descendingPage,
  type Keyset,
  type PageDirection,
} from '../../common/pagination.js';
import { SqlParams } from '../../common/sql.js';
import type { AuditActorType } from '../entities/audit-event.entity.js';
import type { AuditEventsArgs } from './audit.models.js';

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

/**
 * One page (in `dir`, newest first) of the events matching `args`, the page's keyset, and the
 * count of all of them (capped), run when asked.
 */
export async function listAuditEvents(
  em: EntityManager,
  args: AuditEventsArgs,
  dir: PageDirection,
): Promise<{ rows: AuditRow[]; count: () => Promise<number>; page: Keyset }> {
  const p = new SqlParams();
  const where = ['true'];
  if (args.actorId) where.push(`actor_id = ${p.add(args.actorId)}`);
  if (args.action) where.push(`action = ${p.add(args.action)}`);
  if (args.entity) where.push(`entity = ${p.add(args.entity)}`);
  if (args.entityId) where.push(`entity_id = ${p.add(args.entityId)}`);
  if (args.from) where.push(`occurred_at >= ${p.add(args.from)}`);
  if (args.to) where.push(`occurred_at < ${p.add(args.to)}`);
  const filter = where.join(' AND ');
  const countParams = [...p.values];
  const page = descendingPage(dir, 'occurred_at', 'id', 'timestamptz');
  where.push(page.condition((v) => p.add(v)));
  const rows: AuditRow[] = await em.query(
    `SELECT id, occurred_at, occurred_at::text AS occurred_key, actor_type, actor_id, on_behalf_of,
              action, entity, entity_id, request_id, changed_fields
         FROM audit_events WHERE ${where.join(' AND ')}
        ORDER BY ${page.orderBy} LIMIT ${page.limit}`,
    p.values,
  );
  const count = () => cappedCount(em, `FROM audit_events WHERE ${filter}`, countParams);
  return { rows, count, page };
}
