import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ConfigError, type AppConfig } from '../config/config.js';
import { dataSourceOptions, withCredentials, withDatabase } from './data-source-options.js';
import type { EmbeddedServer } from './embedded-postgres.js';
import { loadEmbeddedPostgres } from './load-embedded-postgres.js';

export const EMBEDDED_DATABASE = 'interview_kit';
/** Group role that the migrations grant table privileges to; the login role is a member. */
export const RUNTIME_GROUP_ROLE = 'ik_runtime';
const LOCK_KEY = 7_412_019; // advisory lock serialising migrations and role set-up across replicas

export interface PreparedDatabase {
  ownerUrl: string;
  appUrl: string;
  embedded?: EmbeddedServer;
}

type Log = (message: string) => void;

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    }
  });
}

export async function runMigrations(ownerUrl: string, log: Log): Promise<number> {
  const source = new DataSource({ ...dataSourceOptions(ownerUrl, { poolSize: 1 }) });
  await source.initialize();
  try {
    await source.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    const applied = await source.runMigrations({ transaction: 'each' });
    for (const migration of applied) log(`migration applied: ${migration.name}`);
    return applied.length;
  } finally {
    await source.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    await source.destroy();
  }
}

/**
 * The service never runs as the tables' owner: it logs in as a role that is not superuser,
 * not BYPASSRLS and owns nothing, so row-level security applies to every query it sends.
 */
export async function ensureRuntimeRole(ownerUrl: string, role: string, password: string) {
  // Roles are cluster-wide but advisory locks are per database: replicas (or test databases)
  // starting together can still race on the role row, which PostgreSQL reports as
  // "tuple concurrently updated" (XX000). Trying again is safe: every statement is idempotent.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await setUpRuntimeRole(ownerUrl, role, password);
    } catch (error) {
      const concurrent = /concurrently|already exists/.test((error as Error).message);
      if (!concurrent || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

async function setUpRuntimeRole(ownerUrl: string, role: string, password: string) {
  const literal = `'${password.replace(/'/g, "''")}'`;
  await withClient(ownerUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    try {
      const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (exists.rowCount === 0) await client.query(`CREATE ROLE "${role}" LOGIN`);
      await client.query(
        `ALTER ROLE "${role}" WITH LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ${literal}`,
      );
      await client.query(`GRANT ${RUNTIME_GROUP_ROLE} TO "${role}"`);
      // No temporary tables for the runtime role (a database's privileges are not copied
      // with it, so this is applied at every start, not only by the migration).
      await client.query(`DO $$ BEGIN
        EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
      END $$`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
    }
  });
}

/**
 * The SECURITY DEFINER functions (question search, scorecard erasure) read past row-level
 * security as their owner. Every tenant table forces RLS, so an owner that is neither
 * superuser nor BYPASSRLS makes them see no rows at all: search finds nothing and erasure
 * erases nothing, without an error. Refuse to start instead (as after a restore or an
 * `ALTER ... OWNER` that handed them to a plain role).
 */
export async function checkDefinerOwners(ownerUrl: string): Promise<void> {
  const { rows } = await withClient(ownerUrl, (client) =>
    client.query<{ fn: string; owner: string }>(
      `SELECT p.oid::regprocedure::text AS fn, r.rolname AS owner
         FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner
        WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef
          AND NOT (r.rolsuper OR r.rolbypassrls)
        ORDER BY 1`,
    ),
  );
  if (rows.length === 0) return;
  const owners = [...new Set(rows.map((r) => r.owner))];
  throw new ConfigError(
    `Refusing to start: the SECURITY DEFINER function(s) ${rows.map((r) => r.fn).join(', ')} ` +
      `are owned by ${owners.map((o) => `"${o}"`).join(', ')}, which is neither superuser nor ` +
      `BYPASSRLS, so under row-level security they would silently see no rows (search finds ` +
      `nothing, erasure erases nothing). Give the owner BYPASSRLS (ALTER ROLE … BYPASSRLS) or ` +
      `hand the functions to a role that has it (ALTER FUNCTION … OWNER TO …).`,
  );
}

/**
 * Starts the embedded server when no DATABASE_URL is set, migrates, and sets up the runtime role.
 * With `attach` (the CLI), an embedded server that already runs on the data folder is used.
 */
export async function prepareDatabase(
  config: AppConfig,
  log: Log,
  { attach = false } = {},
): Promise<PreparedDatabase> {
  let embedded: EmbeddedServer | undefined;
  let ownerUrl = config.DATABASE_URL;
  if (!ownerUrl) {
    // Imported only here: with DATABASE_URL the package (and its exit hooks) is never loaded.
    const { startEmbeddedPostgres } = await loadEmbeddedPostgres();
    embedded = await startEmbeddedPostgres({
      dataDir: config.EMBEDDED_PG_DIR,
      port: config.EMBEDDED_PG_PORT,
      log,
      attach,
    });
    await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
    ownerUrl = withDatabase(embedded.url, EMBEDDED_DATABASE);
  }
  try {
    if (config.MIGRATIONS_RUN) await runMigrations(ownerUrl, log);
    await ensureRuntimeRole(ownerUrl, config.DATABASE_APP_ROLE, config.DATABASE_APP_PASSWORD);
    await checkDefinerOwners(ownerUrl);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    ownerUrl,
    appUrl: withCredentials(ownerUrl, config.DATABASE_APP_ROLE, config.DATABASE_APP_PASSWORD),
    embedded,
  };
}
