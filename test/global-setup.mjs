// Runs in plain Node before jest starts its workers (no TypeScript transform here), so it
// uses the compiled service from dist/ (`npm test` builds first).
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { AppConfig } from '../dist/src/config/config.js';
import { withDatabase } from '../dist/src/database/data-source-options.js';
import { startEmbeddedPostgres } from '../dist/src/database/embedded-postgres.js';
import { ensureRuntimeRole, runMigrations } from '../dist/src/database/prepare-database.js';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * One PostgreSQL for the whole run: the embedded one (fresh data folder) unless DATABASE_URL
 * names a server. Migrations run once into a template database that every suite copies.
 */
export default async function globalSetup() {
  const runId = randomBytes(3).toString('hex');
  process.env.IK_TEST_RUN_ID = runId;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = await mkdtemp(path.join(tmpdir(), 'ik-test-pg-'));
    await chmod(dir, 0o755); // as root, the postgres user must enter it
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'data'),
      port: await freePort(),
      log: () => undefined,
    });
    globalThis.__IK_EMBEDDED__ = embedded;
    serverUrl = embedded.url;
  }
  process.env.IK_TEST_SERVER_URL = serverUrl;
  const template = `ik_t_${runId}_template`;
  process.env.IK_TEST_TEMPLATE = template;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const templateUrl = withDatabase(serverUrl, template);
  await runMigrations(templateUrl, () => undefined);
  const defaults = new AppConfig();
  await ensureRuntimeRole(templateUrl, defaults.DATABASE_APP_ROLE, defaults.DATABASE_APP_PASSWORD);
}
