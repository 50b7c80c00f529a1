import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import argon2 from 'argon2';
import { createHmac } from 'node:crypto';
import { ApiKeyService } from '../src/auth/api-key.service.js';
import { Role } from '../src/common/role.js';
import { codeOf, startTestApp, type TestApp } from './helpers/app.js';
import { PASSWORD, seedTenant, SIGN_IN, signIn, type SeededTenant } from './helpers/fixtures.js';
import { adminQuery } from './helpers/server.js';

const ME = `{ me { role user { email } tenant { slug } } }`;
const REFRESH = `mutation R($t: String!) { refreshSession(input: { refreshToken: $t }) { accessToken refreshToken } }`;

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('sign-in, tokens and sessions', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let globex: SeededTenant;

  beforeAll(async () => {
    t = await startTestApp({ SIGNIN_MAX_FAILURES: '50', ACCESS_TOKEN_TTL_SECONDS: '60' });
    acme = await seedTenant(t, 'acme');
    globex = await seedTenant(t, 'globex');
  });
  afterAll(() => t.close());

  it('signs in and answers me with user, tenant and role', async () => {
    const login = await t.gql(SIGN_IN, {
      input: { email: 'RECRUITER@ACME.example', password: PASSWORD, tenant: 'acme' },
    });
    expect(login.errors).toBeUndefined();
    expect(login.data!.signIn.viewer).toMatchObject({
      role: 'RECRUITER',
      tenant: { slug: 'acme' },
      user: { email: acme.emails.RECRUITER },
    });
    const me = await t.gql(ME, {}, login.data!.signIn.accessToken);
    expect(me.data!.me).toEqual({
      role: 'RECRUITER',
      user: { email: acme.emails.RECRUITER },
      tenant: { slug: 'acme' },
    });
  });

  it('answers wrong password, unknown user and foreign tenant with the same error', async () => {
    const attempts = [
      { email: acme.emails.ADMIN, password: 'wrong password!!', tenant: 'acme' },
      { email: 'nobody@acme.example', password: PASSWORD, tenant: 'acme' },
      { email: acme.emails.ADMIN, password: PASSWORD, tenant: 'globex' },
      { email: acme.emails.ADMIN, password: PASSWORD, tenant: 'no-such-tenant' },
    ];
    const answers = [];
    for (const input of attempts) {
      const result = await t.gql(SIGN_IN, { input });
      expect(result.data).toBeNull();
      answers.push({ code: codeOf(result), message: result.errors![0].message });
    }
    expect(answers[0].code).toBe('UNAUTHENTICATED');
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
  });

  it('rejects a missing, tampered, alg:none and expired token', async () => {
    const token = acme.tokens.ADMIN;
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const tampered = `${header}.${b64({ ...claims, tid: globex.id })}.${signature}`;
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    const sign = (body: object) => {
      const head = b64({ alg: 'HS256', typ: 'JWT' });
      const unsigned = `${head}.${b64(body)}`;
      const mac = createHmac('sha256', t.config.JWT_SECRET).update(unsigned).digest('base64url');
      return `${unsigned}.${mac}`;
    };
    const now = Math.floor(Date.now() / 1000);
    const base = { ...claims, iss: t.config.JWT_ISSUER, aud: t.config.JWT_AUDIENCE };
    const expired = sign({ ...base, iat: now - 120, exp: now - 60 });
    const wrongAudience = sign({ ...base, aud: 'someone-else', exp: now + 60 });
    const valid = sign({ ...base, exp: now + 60 });
    expect((await t.gql(ME, {}, valid)).data!.me.role).toBe('ADMIN');
    expect(codeOf(await t.gql(ME))).toBe('UNAUTHENTICATED');
    for (const bad of [tampered, none, expired, wrongAudience, 'not-a-jwt']) {
      const result = await t.gql(ME, {}, bad);
      expect(result.data).toBeNull();
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a correctly signed token without exp or iat, in GraphQL and on the kit route', async () => {
    const claims = JSON.parse(Buffer.from(acme.tokens.ADMIN.split('.')[1], 'base64url').toString());
    const sign = (body: Record<string, unknown>) => {
      const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(body)}`;
      const mac = createHmac('sha256', t.config.JWT_SECRET).update(unsigned).digest('base64url');
      return `${unsigned}.${mac}`;
    };
    const now = Math.floor(Date.now() / 1000);
    const { exp: _exp, iat: _iat, ...rest } = claims;
    const noExp = sign({ ...rest, iat: now });
    const noIat = sign({ ...rest, exp: now + 60 });
    const stringExp = sign({ ...rest, iat: now, exp: String(now + 60) });
    const kit = `/kits/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.md`;
    // The same claims with both times pass: only the missing claim makes the difference.
    const complete = sign({ ...rest, iat: now, exp: now + 60 });
    expect((await t.gql(ME, {}, complete)).data!.me.role).toBe('ADMIN');
    expect((await t.http().get(kit).set('authorization', `Bearer ${complete}`)).status).toBe(404);
    for (const bad of [noExp, noIat, stringExp]) {
      const result = await t.gql(ME, {}, bad);
      expect(result.data).toBeNull();
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
      expect((await t.http().get(kit).set('authorization', `Bearer ${bad}`)).status).toBe(401);
    }
  });

  it('checks the bearer once per request, however many steps need the caller', async () => {
    // Spies count the real calls (nothing is replaced): JWT verifications, API-key look-ups.
    const verify = jest.spyOn(t.app.get(JwtService), 'verify');
    const keyLookup = jest.spyOn(t.app.get(ApiKeyService), 'authenticate');
    const callsOf = async (spy: { mock: { calls: unknown[] } }, send: () => Promise<unknown>) => {
      const before = spy.mock.calls.length;
      await send();
      return spy.mock.calls.length - before;
    };
    const createCandidate = (token: string, key: string) =>
      t
        .http()
        .post('/graphql')
        .set('authorization', `Bearer ${token}`)
        .set('idempotency-key', key)
        .send({
          query: `mutation { createCandidate(input: { name: "Once Checked" }) { name } }`,
        });
    try {
      // The rate limit, then the guard of each of three root fields.
      const threeFields = `{ me { role } again: me { role } members(first: 1) { totalCount } }`;
      const read = callsOf(verify, async () => {
        const result = await t.gql(threeFields, {}, acme.tokens.ADMIN);
        expect(result.errors).toBeUndefined();
        expect(result.data!.again.role).toBe('ADMIN');
      });
      expect(await read).toBe(1);
      // The rate limit, the idempotency pre-handler, then the guard.
      const write = callsOf(verify, async () => {
        const res = await createCandidate(acme.tokens.RECRUITER, 'auth-once');
        expect(res.body.data.createCandidate.name).toBe('Once Checked');
      });
      expect(await write).toBe(1);
      // The kit route: the rate limit, then the guard (a stage that does not exist).
      const kit = `/kits/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.md`;
      const markdown = callsOf(verify, async () => {
        const res = await t.http().get(kit).set('authorization', `Bearer ${acme.tokens.ADMIN}`);
        expect(res.status).toBe(404);
      });
      expect(await markdown).toBe(1);
      // A token that fails is refused after one verification too.
      const refused = callsOf(verify, async () => {
        const result = await t.gql(threeFields, {}, `${acme.tokens.ADMIN}x`);
        expect(result.data).toBeNull();
        expect(codeOf(result)).toBe('UNAUTHENTICATED');
      });
      expect(await refused).toBe(1);
      // An API key: the idempotency pre-handler, the scope hook and the guard share one look-up.
      const made = await t.gql(
        'mutation { createApiKey(input: { name: "Once", scopes: [CANDIDATES_WRITE] }) { secret } }',
        {},
        acme.tokens.ADMIN,
      );
      const secret: string = made.data!.createApiKey.secret;
      const byKey = callsOf(keyLookup, async () => {
        const res = await createCandidate(secret, 'auth-once-key');
        expect(res.body.data.createCandidate.name).toBe('Once Checked');
      });
      expect(await byKey).toBe(1);
    } finally {
      verify.mockRestore();
      keyLookup.mockRestore();
    }
  });

  it('rotates refresh tokens and revokes the whole chain when a used one comes back', async () => {
    const login = await t.gql(SIGN_IN, {
      input: { email: acme.emails.INTERVIEWER, password: PASSWORD, tenant: 'acme' },
    });
    const first = login.data!.signIn;
    const second = (await t.gql(REFRESH, { t: first.refreshToken })).data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const third = (await t.gql(REFRESH, { t: second.refreshToken })).data!.refreshSession;
    expect((await t.gql(ME, {}, third.accessToken)).data!.me.role).toBe('INTERVIEWER');

    // The first token again: treated as stolen; the session and all its tokens die.
    expect(codeOf(await t.gql(REFRESH, { t: first.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { t: third.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ME, {}, third.accessToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { t: 'garbage-token-value' }))).toBe('UNAUTHENTICATED');
  });

  it('signs out: the access and refresh tokens of that session stop working', async () => {
    const login = (
      await t.gql(SIGN_IN, {
        input: { email: acme.emails.HIRING_MANAGER, password: PASSWORD, tenant: 'acme' },
      })
    ).data!.signIn;
    expect((await t.gql('mutation { signOut }', {}, login.accessToken)).data).toEqual({
      signOut: true,
    });
    expect(codeOf(await t.gql(ME, {}, login.accessToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { t: login.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('stores argon2id at OWASP parameters and upgrades a weaker hash at sign-in', async () => {
    const weak = await argon2.hash(PASSWORD, {
      type: argon2.argon2id,
      memoryCost: 4096,
      timeCost: 1,
      parallelism: 1,
    });
    await adminQuery(
      'UPDATE users SET password_hash = $1 WHERE email = $2',
      [weak, globex.emails.ADMIN],
      t.database,
    );
    await signIn(t, globex.emails.ADMIN, 'globex');
    const [row] = await adminQuery<{ password_hash: string }>(
      'SELECT password_hash FROM users WHERE email = $1',
      [globex.emails.ADMIN],
      t.database,
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await argon2.verify(row.password_hash, PASSWORD)).toBe(true);
  });

  it('loses access at once when the membership is removed', async () => {
    const removed = await seedTenant(t, 'initech');
    const members = await t.gql(
      `{ members(first: 10) { edges { node { id role } } } }`,
      {},
      removed.tokens.ADMIN,
    );
    const interviewer = members.data!.members.edges.find(
      (e: { node: { role: Role } }) => e.node.role === Role.INTERVIEWER,
    ).node.id;
    await t.gql(
      `mutation($id: ID!) { removeMember(memberId: $id) }`,
      { id: interviewer },
      removed.tokens.ADMIN,
    );
    expect(codeOf(await t.gql(ME, {}, removed.tokens.INTERVIEWER))).toBe('UNAUTHENTICATED');
  });
});

describe('sign-in throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SIGNIN_MAX_FAILURES: '3' });
    await seedTenant(t, 'acme');
  });
  afterAll(() => t.close());

  it('answers RATE_LIMITED after repeated failures for one e-mail, even with the right password', async () => {
    const email = 'admin@acme.example';
    for (let i = 0; i < 3; i += 1) {
      const r = await t.gql(SIGN_IN, {
        input: { email, password: 'wrong password!!', tenant: 'acme' },
      });
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
    }
    const blocked = await t.gql(SIGN_IN, { input: { email, password: PASSWORD, tenant: 'acme' } });
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    // The README's promise: a 429 with Retry-After, as the request limiter answers.
    expect(blocked.status).toBe(429);
    expect(blocked.headers['retry-after']).toBe(
      String(blocked.errors![0].extensions.retryAfterSeconds),
    );
    // Another e-mail from the same address is still allowed (address limit is 4x higher).
    const other = await t.gql(SIGN_IN, {
      input: { email: 'recruiter@acme.example', password: PASSWORD, tenant: 'acme' },
    });
    expect(other.data!.signIn.viewer.role).toBe('RECRUITER');
    // Parallel guesses for a fresh e-mail cannot all slip under the limit.
    const burst = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.gql(SIGN_IN, {
          input: {
            email: 'interviewer@acme.example',
            password: 'wrong password!!',
            tenant: 'acme',
          },
        }),
      ),
    );
    const codes = burst.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(3);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(5);
  });
});

describe('createTenant with the e-mail of an account', () => {
  const CREATE = `mutation($input: CreateTenantInput!) {
    createTenant(input: $input) { accessToken viewer { role tenant { slug } } }
  }`;
  let t: TestApp;
  let acme: SeededTenant;
  beforeAll(async () => {
    t = await startTestApp({ SIGNIN_MAX_FAILURES: '3' });
    acme = await seedTenant(t, 'acme');
  });
  afterAll(() => t.close());

  const create = (email: string, slug: string, password: string) =>
    t.gql(CREATE, { input: { name: slug, slug, admin: { email, password, displayName: 'X' } } });

  it('answers a wrong password as signIn does and counts it with the sign-in failures', async () => {
    const email = acme.emails.ADMIN;
    const viaSignIn = await t.gql(SIGN_IN, {
      input: { email, password: 'wrong password!!', tenant: 'acme' },
    });
    const viaCreate = await create(email, 'guess-one', 'wrong password!!');
    const answer = (r: typeof viaSignIn) => ({
      status: r.status,
      data: r.data,
      message: r.errors![0].message,
      extensions: r.errors![0].extensions,
    });
    expect(answer(viaCreate)).toEqual(answer(viaSignIn));
    expect(codeOf(viaCreate)).toBe('UNAUTHENTICATED');
    expect(viaCreate.errors![0].message).not.toMatch(/account/i);
    // The third failure for this e-mail, then the throttle: for signIn and createTenant alike.
    expect(codeOf(await create(email, 'guess-two', 'wrong password!!'))).toBe('UNAUTHENTICATED');
    const blocked = await t.gql(SIGN_IN, { input: { email, password: PASSWORD, tenant: 'acme' } });
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(codeOf(await create(email, 'guess-three', PASSWORD))).toBe('RATE_LIMITED');
    // Nothing was created by the refused attempts.
    const made = await adminQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM tenants WHERE slug LIKE 'guess-%'`,
      [],
      t.database,
    );
    expect(made[0].n).toBe(0);
  });

  it("lets an account's own password create a tenant it then administers", async () => {
    const made = await create(acme.emails.RECRUITER, 'recruiter-co', PASSWORD);
    expect(made.data!.createTenant.viewer).toEqual({
      role: 'ADMIN',
      tenant: { slug: 'recruiter-co' },
    });
    await signIn(t, acme.emails.RECRUITER, 'acme');
  });
});
