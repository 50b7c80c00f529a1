import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { withDatabase } from '../src/database/data-source-options.js';
import { DEMO_MEMBERS } from '../src/demo/demo-seed.js';
import { ReadinessProbe } from '../src/health/readiness.service.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { SIGN_IN } from './helpers/fixtures.js';
import { createTestDatabase, dropTestDatabase, freePort, testServerUrl } from './helpers/server.js';

describe('readiness', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 503 naming the start-up work under way, and 200 once it is done', async () => {
    const done = t.app.get(ReadinessProbe).hold('demo data');
    const waiting = await t.http().get('/health/ready');
    expect(waiting.status).toBe(503);
    expect(waiting.body.error.startup).toEqual({ status: 'down', waitingFor: ['demo data'] });
    expect((await t.http().get('/health/live')).status).toBe(200);
    done();
    const ready = await t.http().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.details.startup.status).toBe('up');
  });
});

describe('readiness without the database', () => {
  it('answers 503 without passing on what the database said', async () => {
    const t = await startTestApp();
    try {
      await dropTestDatabase(t.database); // terminates the service's connections
      const res = await t.http().get('/health/ready');
      expect(res.status).toBe(503);
      expect(res.body.error.database).toEqual({
        status: 'down',
        message: 'The database does not answer.',
      });
    } finally {
      await t.close();
    }
  });
});

describe('npm start with the demo seed', () => {
  let database: string;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    await dropTestDatabase(database);
  });

  it('reports ready only once a demo user can sign in', async () => {
    const port = await freePort();
    let stdout = '';
    child = spawn(process.execPath, ['dist/src/main.js'], {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NODE_ENV: 'test',
        PORT: String(port),
        DATABASE_URL: withDatabase(testServerUrl(), database),
        DEMO_SEED: 'true',
        DEMO_PASSWORD: 'demo-password-for-tests',
        DEFAULT_PACKS: 'backend-engineering',
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const base = `http://127.0.0.1:${port}`;
    const statuses: number[] = [];
    const deadline = Date.now() + 60_000;
    while (statuses.at(-1) !== 200) {
      if (Date.now() > deadline || child.exitCode !== null) {
        throw new Error(`never ready (${statuses.join(', ')}): ${stdout}`);
      }
      const status = await fetch(`${base}/health/ready`).then(
        (r) => r.status,
        () => 0, // not listening yet
      );
      if (status) statuses.push(status);
      if (status !== 200) await new Promise((r) => setTimeout(r, 20));
    }
    // At the first ready answer, the demo recruiter signs in.
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_IN,
        variables: {
          input: {
            email: DEMO_MEMBERS[1].email,
            password: 'demo-password-for-tests',
            tenant: 'acme',
          },
        },
      }),
    });
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.signIn.viewer.role).toBe('RECRUITER');
    expect(new Set(statuses.slice(0, -1))).toEqual(new Set(statuses.length > 1 ? [503] : []));
    // The banner comes with readiness, not before.
    const deadlineBanner = Date.now() + 5000;
    while (!stdout.includes('is ready') && Date.now() < deadlineBanner) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(stdout).toMatch(/Interview Kit API is ready[\s\S]*\{"Authorization": "Bearer /);
    // The banner names the web app, and its address answers with the app to any client.
    expect(stdout).toContain(`Web app:     http://127.0.0.1:${port}/\n`);
    const page = await fetch(`${base}/`, { headers: { accept: '*/*' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  }, 90_000);
});
