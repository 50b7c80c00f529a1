import { Client } from 'pg';
import { withCredentials } from '../../src/database/data-source-options.js';
import type { TestApp } from './app.js';

/**
 * A connection as the service's runtime role (not superuser, not BYPASSRLS, owns nothing), so
 * that row-level security applies to what a test sends, as it does to the service.
 */
export async function runtimeClient(t: TestApp): Promise<Client> {
  const client = new Client({
    connectionString: withCredentials(
      t.databaseUrl,
      t.config.DATABASE_APP_ROLE,
      t.config.DATABASE_APP_PASSWORD,
    ),
  });
  await client.connect();
  return client;
}

/**
 * Runs `fn` on `client` in a transaction with `app.tenant_id` set to `tenant` (none when
 * null), as the service's request transaction does, and rolls it back.
 */
export async function asTenant<T>(
  client: Client,
  tenant: string | null,
  fn: () => Promise<T>,
): Promise<T> {
  await client.query('BEGIN');
  try {
    if (tenant !== null) {
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenant]);
    }
    return await fn();
  } finally {
    await client.query('ROLLBACK');
  }
}
