import { spawn, type ChildProcess } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { post } from './faults.js';
import { freePort } from './server.js';

/** The built service (`node dist/src/main.js`) as a child process, on 127.0.0.1. */
export interface ChildServer {
  child: ChildProcess;
  base: string;
  port: number;
  output: () => string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

export async function spawnServer(env: Record<string, string>, readyMs = 50_000) {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DEMO_SEED: 'false',
      DEFAULT_PACKS: '',
      HOST: '127.0.0.1',
      PORT: String(port),
      RATE_LIMIT_PER_MINUTE: '1000000',
      // The shutdown test holds requests on a lock for a few seconds.
      DATABASE_LOCK_TIMEOUT_MS: '30000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const started = Date.now();
  while (!output.includes('Interview Kit API is ready')) {
    if (child.exitCode !== null) throw new Error(`server exited at start:\n${output}`);
    if (Date.now() - started > readyMs) {
      child.kill('SIGKILL');
      throw new Error(`server not ready in ${readyMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const server: ChildServer = {
    child,
    port,
    base: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
  };
  return server;
}

/** A new tenant over the API; its admin's access token. */
export async function adminToken(base: string, slug: string): Promise<string> {
  const answer = await post(
    base,
    `mutation($input: CreateTenantInput!) { createTenant(input: $input) { accessToken } }`,
    {
      input: {
        name: `Tenant ${slug}`,
        slug,
        admin: {
          displayName: 'Admin',
          email: `admin@${slug}.example`,
          password: 'correct horse battery staple',
        },
      },
    },
  );
  const token = answer.body?.data?.createTenant?.accessToken as string | undefined;
  if (!token) throw new Error(`createTenant failed: ${JSON.stringify(answer.body)}`);
  return token;
}

/** A keep-alive connection that has served one request and now sits idle. */
export function idleKeepAlive(port: number): Promise<{ socket: Socket; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const closed = new Promise<number>((done) =>
      socket.once('close', () => done(performance.now())),
    );
    socket.once('error', () => undefined);
    socket.once('connect', () => {
      socket.write('GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    });
    socket.once('data', () => resolve({ socket, closed }));
    socket.once('close', () => reject(new Error('closed before answering')));
  });
}
