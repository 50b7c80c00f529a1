import type { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { inBackground } from '../../database/data-source-options.js';
import type { Database } from '../../database/database.service.js';
import { listTenantIds, trySweepLock } from './job-queue.repository.js';

/**
 * Runs `fn` once per tenant, each in a transaction of that tenant (row-level security applies),
 * under a transaction-scoped advisory lock named `lockName` and the tenant: two replicas
 * sweeping at once never work the same tenant together (the second skips it this round).
 * Returns the sum of what `fn` returned. The one routine behind every periodic sweep (lost
 * webhook and mail jobs, feedback reminders).
 */
export async function sweepTenants(
  db: Database,
  lockName: string,
  fn: (em: EntityManager, tenantId: string) => Promise<number>,
): Promise<number> {
  const tenants = await allTenantIds(db);
  let total = 0;
  for (const { id: tenantId } of tenants) {
    total += await db.withTenant(tenantId, async (em) =>
      (await trySweepLock(em, lockName, tenantId)) ? fn(em, tenantId) : 0,
    );
  }
  return total;
}

/** Every tenant's id, in order, read outside any tenant. */
export function allTenantIds(db: Database): Promise<{ id: string }[]> {
  return db.global(listTenantIds);
}

/**
 * Calls `sweep` every `everyMs` (not at all for 0) until the returned stop is called; errors are
 * logged. Sweeps run as background work: their statements are not counted as a request's.
 */
export function everyInterval(
  everyMs: number,
  logger: Logger,
  sweep: () => Promise<unknown>,
): () => void {
  if (everyMs <= 0) return () => undefined;
  const timer = setInterval(() => {
    inBackground(sweep).catch((error: Error) => logger.error(`sweep: ${error.message}`));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
