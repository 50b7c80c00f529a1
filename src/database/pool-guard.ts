import type { Pool, PoolClient } from 'pg';

type Log = (message: string) => void;

const GUARDED = Symbol('ik.poolGuard');

/**
 * A permanent 'error' listener on every pooled client. pg-pool removes its idle listener when
 * it hands a client to a waiting caller, and TypeORM adds its own only later, in a promise
 * callback; a FATAL arriving in between (PostgreSQL restarting: 57P01) would be an unhandled
 * 'error' event and end the process. With this listener the error is only logged: the dead
 * client fails its next query, and pg-pool drops it when it is released.
 */
export function guardPool(pool: Pool, log: Log): void {
  const marked = pool as Pool & { [GUARDED]?: true };
  if (marked[GUARDED]) return;
  marked[GUARDED] = true;
  const guard = (client: PoolClient) => {
    const tagged = client as PoolClient & { [GUARDED]?: true };
    if (tagged[GUARDED]) return;
    tagged[GUARDED] = true;
    client.on('error', (error: Error & { code?: string }) => {
      log(`database connection lost: ${error.code ?? ''} ${error.message}`.trim());
    });
  };
  pool.on('connect', guard);
  // Clients opened before the guard (TypeORM's first connection at initialize()).
  const existing = (pool as unknown as { _clients?: PoolClient[] })._clients ?? [];
  for (const client of existing) guard(client);
  // An idle client's error is re-emitted on the pool; without a listener that too would throw.
  pool.on('error', () => undefined);
}
