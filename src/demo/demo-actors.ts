import type { INestApplication } from '@nestjs/common';
import type { Principal } from '../common/request-context.js';
import { RequestContext } from '../common/request-context.js';
import { Database } from '../database/database.service.js';
import type { Role } from '../common/role.js';
import { usersByEmails } from './demo.repository.js';

/** Acts as the demo tenant's members through the same services as the API. */
export interface DemoActors {
  get<T>(type: new (...args: never[]) => T): T;
  idOf(email: string): string;
  /** Runs `fn` as one member, in one committed transaction. */
  as<T>(email: string, role: Role, fn: (ctx: RequestContext) => Promise<T>): Promise<T>;
}

export async function demoActors(
  app: INestApplication,
  tenantId: string,
  emails: string[],
): Promise<DemoActors> {
  const get = <T>(type: new (...args: never[]) => T) => app.get(type, { strict: false });
  const db = get(Database);
  const users = await db.global((em) => usersByEmails(em, emails));
  const idOf = (email: string) => users.find((u) => u.email === email.toLowerCase())!.id;
  const as = async <T>(email: string, role: Role, fn: (ctx: RequestContext) => Promise<T>) => {
    const ctx = new RequestContext('demo-seed', '127.0.0.1', db);
    const principal: Principal = {
      kind: 'user',
      userId: idOf(email),
      actingUserId: idOf(email),
      tenantId,
      sessionId: '',
      role,
    };
    ctx.setPrincipal(principal);
    try {
      const result = await fn(ctx);
      if (!(await ctx.finish(true))) throw new Error('the demo story could not be saved');
      return result;
    } catch (error) {
      await ctx.finish(false);
      throw error;
    }
  };
  return { get, idOf, as };
}
