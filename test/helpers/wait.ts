import { adminQuery } from './server.js';

/**
 * Polls `probe` every 50 ms until it answers something truthy, and returns that; fails naming
 * `what` after `timeoutMs`. For what arrives after a commit (mail, webhook deliveries, jobs).
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Waits until the sync feeds serve every row committed so far. A feed serves only rows older
 * than the oldest transaction still running anywhere on the server (see SYNC_HORIZON_SQL), and
 * a transaction of another suite on the same server can hold that back for a moment.
 */
export async function syncFeedsCaughtUp(database: string): Promise<void> {
  const [{ xid }] = await adminQuery<{ xid: string }>(
    'SELECT pg_current_xact_id()::text AS xid',
    [],
    database,
  );
  await waitFor('the sync feeds to serve what is committed', async () => {
    const [{ passed }] = await adminQuery<{ passed: boolean }>(
      'SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint > $1::bigint AS passed',
      [xid],
      database,
    );
    return passed;
  });
}
