import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmod, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { createApp, type CreatedApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/config.js';
import { runningServer, startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { Role } from '../src/common/role.js';
import { TenantService } from '../src/accounts/tenant.service.js';
import { loadPack } from '../src/taxonomy/pack/pack-loader.js';
import { PASSWORD, SIGN_IN } from './helpers/fixtures.js';
import { freePort, tempDir } from './helpers/server.js';

/**
 * `npm start` keeps the embedded PostgreSQL of .data/postgres running; the CLI used to start a
 * second one on the same folder and fail. Here the real service runs on its own embedded
 * server (not the tests' shared one), and the CLI works beside it.
 */
describe('the CLI beside a running service on the embedded PostgreSQL', () => {
  let root: string;
  let env: Record<string, string>;
  let service: CreatedApp;

  beforeAll(async () => {
    root = await tempDir('ik-cli-');
    await chmod(root, 0o755); // as root, the postgres user must enter it
    env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: '', // the embedded server, also when the run targets an external one
      EMBEDDED_PG_DIR: path.join(root, 'postgres'),
      EMBEDDED_PG_PORT: String(await freePort()),
      DEMO_SEED: 'false',
      DEFAULT_PACKS: '',
    };
    service = await createApp(loadConfig(env));
    await service.app
      .get(TenantService)
      .ensureTenant('Acme', 'acme', [
        { email: 'admin@acme.example', displayName: 'Ada', password: PASSWORD, role: Role.ADMIN },
      ]);
  }, 120_000);
  afterAll(async () => {
    await service?.app.close();
    await rm(root, { recursive: true, force: true });
  });

  it('imports a pack through the running server and leaves it running', async () => {
    const cli = spawnSync(
      process.execPath,
      ['dist/src/cli.js', 'pack:import', '--tenant', 'acme', 'backend-engineering'],
      { encoding: 'utf8', env: { ...process.env, ...env, NODE_OPTIONS: '' }, timeout: 60_000 },
    );
    expect(cli.stderr).toMatch(/using the server already running on/);
    expect(cli.status).toBe(0);
    const result = JSON.parse(cli.stderr.slice(cli.stderr.indexOf('{')));
    expect(result.questionsCreated).toBe(loadPack('backend-engineering').questions.length);

    // The service still has its database, and sees what the CLI wrote.
    const http = () => request(service.app.getHttpServer());
    expect((await http().get('/health/ready')).status).toBe(200);
    const signIn = await http()
      .post('/graphql')
      .send({
        query: SIGN_IN,
        variables: { input: { email: 'admin@acme.example', password: PASSWORD, tenant: 'acme' } },
      });
    const token = signIn.body.data.signIn.accessToken;
    const questions = await http()
      .post('/graphql')
      .set('authorization', `Bearer ${token}`)
      .send({ query: '{ questions(first: 1) { totalCount } }' });
    expect(questions.body.data.questions.totalCount).toBe(result.questionsCreated);
  });

  it('tells a second service on the same folder that one already runs, instead of an empty error', async () => {
    await expect(
      startEmbeddedPostgres({
        dataDir: env.EMBEDDED_PG_DIR,
        port: await freePort(),
        log: () => undefined,
      }),
    ).rejects.toThrow(/already runs on .*: is the service already running \(npm start\)\?/);
  });

  it('ignores a postmaster.pid whose process is gone', async () => {
    const stale = path.join(root, 'stale');
    await mkdir(stale);
    // Above Linux's largest pid (2^22): no such process can exist.
    await writeFile(path.join(stale, 'postmaster.pid'), `99999999\n${stale}\n0\n5432\n\n`);
    expect(runningServer(stale)).toBeUndefined();
    expect(runningServer(env.EMBEDDED_PG_DIR)).toMatchObject({
      port: Number(env.EMBEDDED_PG_PORT),
    });
  });
});
