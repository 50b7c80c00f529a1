import { Role } from '../../src/tenancy/entities/membership.entity.js';
import { TenantService } from '../../src/tenancy/tenant.service.js';
import type { TestApp } from './app.js';

export const PASSWORD = 'correct horse battery staple';

export const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    accessToken refreshToken accessTokenExpiresAt refreshTokenExpiresAt
    viewer { role user { id email } tenant { id slug } }
  }
}`;

export interface SeededTenant {
  id: string;
  slug: string;
  tokens: Record<Role, string>;
  emails: Record<Role, string>;
}

/** A tenant with one signed-in member per role. */
export async function seedTenant(t: TestApp, slug: string): Promise<SeededTenant> {
  const roles = Object.values(Role);
  const emails = Object.fromEntries(
    roles.map((r) => [r, `${r.toLowerCase().replace('_', '.')}@${slug}.example`]),
  ) as Record<Role, string>;
  const { tenant } = await t.app.get(TenantService).ensureTenant(
    `Tenant ${slug}`,
    slug,
    roles.map((role) => ({ email: emails[role], displayName: role, password: PASSWORD, role })),
  );
  const tokens = {} as Record<Role, string>;
  for (const role of roles) tokens[role] = await signIn(t, emails[role], slug);
  return { id: tenant.id, slug, tokens, emails };
}

export async function signIn(t: TestApp, email: string, tenant: string, password = PASSWORD) {
  const result = await t.gql(SIGN_IN, { input: { email, password, tenant } });
  if (!result.data) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
  return result.data.signIn.accessToken as string;
}
