import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmod, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveDataDir } from '../src/database/embedded-postgres.js';
import { tempDir } from './helpers/server.js';
import { GraphQLError } from 'graphql';
import { loadConfig } from '../src/config/config.js';
import { formatError, formatErrors } from '../src/graphql/error-formatter.js';
import { seedDemoTenant, DEMO_MEMBERS } from '../src/demo/demo-seed.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { signIn } from './helpers/fixtures.js';

describe('configuration', () => {
  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ TENANT_CREATION: 'token' }, 'TENANT_CREATION_TOKEN'],
  ])('rejects %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(
      new RegExp(`^Invalid configuration:[\\s\\S]*${variable}:`),
    );
  });

  it('stops the real process with a non-zero exit and the variable named', () => {
    const run = spawnSync(process.execPath, ['dist/src/main.js'], {
      env: { ...process.env, PORT: 'not-a-port', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(78);
    expect(run.stderr).toMatch(/PORT: .*(integer|number)/);
  });
});

describe('embedded PostgreSQL data folder', () => {
  it('moves the data where the postgres user can reach it when a parent folder is closed (as root)', async () => {
    const home = await tempDir('ik-home-');
    await mkdir(path.join(home, 'clone'), { recursive: true });
    await chmod(home, 0o700);
    const requested = path.join(home, 'clone', '.data', 'postgres');
    const asRoot = resolveDataDir(requested, true);
    expect(asRoot.startsWith(tmpdir())).toBe(true);
    expect(asRoot.startsWith(home)).toBe(false);
    expect(resolveDataDir(requested, true)).toBe(asRoot); // stable: reused on the next start
    expect(resolveDataDir(requested, false)).toBe(requested);
    await chmod(home, 0o755);
    expect(resolveDataDir(requested, true)).toBe(requested);
  });
});

describe('service basics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      DEMO_PASSWORD: 'demo-password-for-tests',
      DEFAULT_PACKS: 'backend-engineering',
    });
  });
  afterAll(() => t.close());

  it('answers the health checks', async () => {
    expect((await t.http().get('/health/live')).status).toBe(200);
    const ready = await t.http().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.details.database.status).toBe('up');
  });

  it('seeds the demo tenant once, with one user per role, and prints a recruiter token', async () => {
    const first = await seedDemoTenant(t.app, t.config);
    const second = await seedDemoTenant(t.app, t.config);
    expect(first[0]).toMatch(/created/);
    expect(second[0]).toMatch(/already present/);
    const bearer = second.find((l) => /Authorization: Bearer/.test(l))!.match(/Bearer (\S+)/)![1];
    // The same header as JSON, for GraphiQL's Headers editor.
    expect(JSON.parse(second.at(-1)!)).toEqual({ Authorization: `Bearer ${bearer}` });
    const me = await t.gql('{ me { role tenant { slug } } }', {}, bearer);
    expect(me.data!.me).toEqual({ role: 'RECRUITER', tenant: { slug: 'acme' } });
    for (const member of DEMO_MEMBERS) {
      await expect(signIn(t, member.email, 'acme', 'demo-password-for-tests')).resolves.toEqual(
        expect.any(String),
      );
    }
    const count = await t.gql('{ members { totalCount } }', {}, bearer);
    expect(count.data!.members.totalCount).toBe(DEMO_MEMBERS.length);
    // The demo story: a published loop, a candidate, one scorecard in and one overdue.
    expect(first.join('\n')).toMatch(/Demo data: .*Sam Rivera/);
    const candidates = await t.gql(
      '{ candidates(first: 5) { edges { node { id name } } } }',
      {},
      bearer,
    );
    const [sam] = candidates.data!.candidates.edges.map((e: any) => e.node);
    expect(sam.name).toBe('Sam Rivera');
    const debrief = await t.gql(
      `query($id: ID!) { candidateDebrief(candidateId: $id) { scorecards { recommendation }
         missing { overdueSeconds interviewer { email } } } }`,
      { id: sam.id },
      bearer,
    );
    expect(debrief.data!.candidateDebrief).toMatchObject({
      scorecards: [{ recommendation: 'YES' }],
      missing: [{ interviewer: { email: 'interviewer@acme.example' } }],
    });
    expect(debrief.data!.candidateDebrief.missing[0].overdueSeconds).toBeGreaterThan(0);
    const ivan = await signIn(t, 'interviewer@acme.example', 'acme', 'demo-password-for-tests');
    const todo = await t.gql(
      '{ interviews(first: 5, assignedToMe: true) { edges { node { kit { questions { prompt } } } } } }',
      {},
      ivan,
    );
    expect(todo.data!.interviews.edges[0].node.kit.questions.length).toBeGreaterThanOrEqual(2);
  });

  it('creates a tenant whose admin is signed in, and refuses a taken slug', async () => {
    const create = `mutation($slug: String!) { createTenant(input: { name: "Hooli", slug: $slug,
      admin: { email: "gavin@hooli.example", password: "a very long password", displayName: "Gavin" } }) {
      accessToken viewer { role tenant { slug } } } }`;
    const made = await t.gql(create, { slug: 'hooli' });
    expect(made.data!.createTenant.viewer).toEqual({ role: 'ADMIN', tenant: { slug: 'hooli' } });
    const taken = await t.gql(create, { slug: 'hooli' });
    expect(taken.errors![0].extensions).toMatchObject({ code: 'CONFLICT', path: 'input.slug' });
    const badSlug = await t.gql(create, { slug: 'Not A Slug' });
    expect(badSlug.errors![0].extensions.fields[0].path).toBe('input.slug');
  });

  it("answers a request error's plain causes with its own status, not as INTERNAL", () => {
    // Mercurius's shape: an error with a statusCode, its causes in `errors`.
    const wrapper = Object.assign(new Error('Method Not Allowed'), {
      statusCode: 405,
      errors: [new Error('Operation cannot be performed via a GET request')],
    });
    const validation = Object.assign(new Error('Graphql validation error'), {
      statusCode: 400,
      errors: [new GraphQLError('Cannot query field "x" on type "Query".')],
    });
    const formatted = formatErrors(
      [new GraphQLError('Method Not Allowed', { originalError: wrapper })],
      'req-1234567890',
      false,
    );
    expect(formatted).toEqual({
      errors: [
        {
          message: 'Operation cannot be performed via a GET request',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
      requestStatus: 405,
    });
    // GraphQL's own errors inside such a wrapper are request errors of the document, no status.
    const invalid = formatErrors(
      [new GraphQLError('Graphql validation error', { originalError: validation })],
      'req-1234567890',
      false,
    );
    expect(invalid.requestStatus).toBeUndefined();
    expect(invalid.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('masks unexpected errors: no stack, no SQL, a request id to find the log line', () => {
    const sqlError = Object.assign(new Error('relation "secret_table" does not exist'), {
      code: '42P01',
    });
    const formatted = formatError(
      new GraphQLError('boom', { originalError: sqlError, path: ['members'] }),
      'req-1234567890',
      false,
    );
    expect(formatted).toEqual({
      message: 'Internal server error.',
      path: ['members'],
      locations: undefined,
      extensions: { code: 'INTERNAL', requestId: 'req-1234567890' },
    });
  });
});
