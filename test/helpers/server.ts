import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { withDatabase } from '../../src/database/data-source-options.js';

/** Set by the global set-up for every test worker. */
export const TEST_ENV = {
  serverUrl: 'IK_TEST_SERVER_URL',
  template: 'IK_TEST_TEMPLATE',
  runId: 'IK_TEST_RUN_ID',
} as const;

export function testServerUrl(): string {
  const url = process.env[TEST_ENV.serverUrl];
  if (!url) throw new Error('global set-up did not run');
  return url;
}

export async function adminQuery<T = Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
  database = 'postgres',
): Promise<T[]> {
  const client = new Client({ connectionString: withDatabase(testServerUrl(), database) });
  await client.connect();
  try {
    // Without parameters, the simple protocol allows several statements in one call.
    const result = params.length ? await client.query(sql, params) : await client.query(sql);
    return (Array.isArray(result) ? result.at(-1) : result).rows as T[];
  } finally {
    await client.end();
  }
}

/** A fresh database copied from the migrated template: each suite gets its own. */
export async function createTestDatabase(): Promise<string> {
  const name = `ik_t_${process.env[TEST_ENV.runId]}_${randomBytes(4).toString('hex')}`;
  const template = process.env[TEST_ENV.template]!;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      return name;
    } catch (error) {
      // Two workers copying the template at the same instant can collide; try again.
      if (attempt >= 5) throw error;
      await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
    }
  }
}

export async function dropTestDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/** A TCP port on 127.0.0.1 that is free now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
