import type PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { RUNTIME_GROUP_ROLE } from '../../database/prepare-database.js';

/*
 * The SQL of the job machinery: the queue's grants to the runtime role, and what a periodic
 * sweep reads (the tenants, a tenant's sweep lock). JobQueue and sweepTenants hold the rules.
 */

const GRANT_LOCK_KEY = 7_412_020; // serialises the start-up grants of replicas starting together

/**
 * Grants the runtime role what sending jobs needs on pg-boss's `schema` (quoted). One
 * simple-protocol message runs as one transaction, so the lock covers every GRANT (concurrent
 * GRANTs on one object fail with "tuple concurrently updated").
 */
export async function grantQueueToRuntimeRole(db: PgBoss.Db, schema: string): Promise<void> {
  await db.executeSql(
    `SELECT pg_advisory_xact_lock(${GRANT_LOCK_KEY});
       GRANT USAGE ON SCHEMA ${schema} TO ${RUNTIME_GROUP_ROLE};
       GRANT SELECT ON ${schema}.queue TO ${RUNTIME_GROUP_ROLE};
       GRANT INSERT, SELECT (id) ON ${schema}.job TO ${RUNTIME_GROUP_ROLE};`,
    [],
  );
}

/** Every tenant's id, in order (outside any tenant: the global transaction). */
export async function listTenantIds(em: EntityManager): Promise<{ id: string }[]> {
  return em.query(`SELECT id FROM tenants ORDER BY id`);
}

/** Takes the sweep `lockName`'s lock of the tenant for the transaction, unless another holds it. */
export async function trySweepLock(
  em: EntityManager,
  lockName: string,
  tenantId: string,
): Promise<boolean> {
  const [{ locked }]: { locked: boolean }[] = await em.query(
    `SELECT pg_try_advisory_xact_lock(hashtext($1 || ':' || $2)) AS locked`,
    [lockName, tenantId],
  );
  return locked;
}
