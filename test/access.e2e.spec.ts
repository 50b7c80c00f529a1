import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { accessibleIds, Permission, requireAccess } from '../src/access/access.js';
import { RequestContext, type Principal } from '../src/common/request-context.js';
import { Role } from '../src/common/role.js';
import { Database } from '../src/database/database.service.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import { ok } from './helpers/interviews.js';

const CREATE = `mutation($input: CreateLoopInput!) { createLoop(input: $input) { id } }`;

/**
 * The access module's bulk check against the real database: many ids in one statement, the
 * same NOT_FOUND / FORBIDDEN as a read by id, another tenant's id answered like a missing one.
 */
describe('requireAccess and accessibleIds', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let other: SeededTenant;
  let managed: string[];
  let unmanaged: string;
  let foreign: string;

  const newLoop = async (tenant: SeededTenant, name: string, hiringManagerIds: string[]) =>
    ok(
      await t.gql(
        CREATE,
        { input: { name, roleTitle: 'Backend engineer', hiringManagerIds } },
        tenant.tokens.RECRUITER,
      ),
    ).createLoop.id as string;

  /** A request context for `role`'s member of acme, its transaction already open. */
  async function as(role: Role) {
    const ctx = new RequestContext(`access-${role}`, '127.0.0.1', t.app.get(Database));
    ctx.setPrincipal({
      kind: 'user',
      userId: acme.userIds[role],
      actingUserId: acme.userIds[role],
      tenantId: acme.id,
      sessionId: '',
      role,
    } as Principal);
    await ctx.manager();
    return ctx;
  }

  /** What `run` did and how many statements it sent. */
  async function counted<T>(run: () => Promise<T>) {
    const before = t.statements.count;
    const result = await run().then(
      (value) => ({ value, error: undefined }),
      (error: { code?: string; message?: string }) => ({ value: undefined, error }),
    );
    return { ...result, statements: t.statements.count - before };
  }

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedTenant(t, 'access-acme');
    other = await seedTenant(t, 'access-other');
    const manager = acme.userIds.HIRING_MANAGER;
    managed = [await newLoop(acme, 'First', [manager]), await newLoop(acme, 'Second', [manager])];
    unmanaged = await newLoop(acme, 'Someone else', []);
    foreign = await newLoop(other, 'Other tenant', [other.userIds.HIRING_MANAGER]);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('checks many ids in one statement and refuses the first one not allowed', async () => {
    const ctx = await as(Role.HIRING_MANAGER);
    try {
      const allowed = await counted(() => requireAccess(ctx, Permission.LOOP_READ, managed));
      expect(allowed).toMatchObject({ error: undefined, statements: 1 });

      const refused = await counted(() =>
        requireAccess(ctx, Permission.LOOP_READ, [...managed, unmanaged]),
      );
      expect(refused.statements).toBe(1);
      expect(refused.error).toMatchObject({
        code: 'FORBIDDEN',
        message: 'Only the hiring managers of this loop read it.',
      });

      // Another tenant's loop is missing, like an id that never existed; ids answer in order.
      for (const missing of [foreign, randomUUID()]) {
        const error = (await counted(() => requireAccess(ctx, Permission.LOOP_READ, [missing])))
          .error;
        expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'Loop was not found.' });
      }
      const first = await counted(() =>
        requireAccess(ctx, Permission.LOOP_READ, [unmanaged, randomUUID()]),
      );
      expect(first.error).toMatchObject({ code: 'FORBIDDEN' });

      const some = await counted(() =>
        accessibleIds(ctx, Permission.LOOP_READ, [...managed, unmanaged, foreign]),
      );
      expect(some.statements).toBe(1);
      expect([...some.value!].sort()).toEqual([...managed].sort());
    } finally {
      await ctx.finish(false);
    }
  });

  it('lets an admin reach every loop, still answering NOT_FOUND for a missing one', async () => {
    const ctx = await as(Role.ADMIN);
    try {
      const all = [...managed, unmanaged];
      expect(await counted(() => requireAccess(ctx, Permission.LOOP_READ, all))).toMatchObject({
        error: undefined,
        statements: 1,
      });
      const missing = await counted(() =>
        requireAccess(ctx, Permission.LOOP_READ, [...all, foreign]),
      );
      expect(missing.error).toMatchObject({ code: 'NOT_FOUND' });
      // A batch whose rows the caller reads anyway needs no statement for an admin.
      const some = await counted(() => accessibleIds(ctx, Permission.LOOP_READ, all));
      expect(some).toMatchObject({ statements: 0 });
      expect([...some.value!].sort()).toEqual([...all].sort());
    } finally {
      await ctx.finish(false);
    }
  });
});
