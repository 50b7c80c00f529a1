import type { Client } from 'pg';

/** The readiness probe's statement: the server answers one, on the probe's own connection. */
export async function pingDatabase(client: Client): Promise<void> {
  await client.query('SELECT 1');
}
