import { Role } from '../../src/common/role.js';
import { TenantService } from '../../src/accounts/tenant.service.js';
import type { TestApp } from './app.js';

export const PASSWORD = 'correct horse battery staple';

export const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    accessToken refreshToken accessTokenExpiresAt refreshTokenExpiresAt
    viewer { role user { id email } tenant { id slug } }
  }
}`;

export interface SignedInMember {
  id: string;
  email: string;
  token: string;
}

export interface SeededTenant {
  id: string;
  slug: string;
  tokens: Record<Role, string>;
  emails: Record<Role, string>;
  /** User ids, per role. */
  userIds: Record<Role, string>;
  /** Extra signed-in members with the INTERVIEWER role (`panel1@<slug>.example`...). */
  panel: SignedInMember[];
}

/** A tenant with one signed-in member per role, and `panelSize` extra interviewers. */
export async function seedTenant(t: TestApp, slug: string, panelSize = 0): Promise<SeededTenant> {
  const roles = Object.values(Role);
  const emails = Object.fromEntries(
    roles.map((r) => [r, `${r.toLowerCase().replace('_', '.')}@${slug}.example`]),
  ) as Record<Role, string>;
  const panelEmails = Array.from({ length: panelSize }, (_, i) => `panel${i + 1}@${slug}.example`);
  const { tenant } = await t.app.get(TenantService).ensureTenant(`Tenant ${slug}`, slug, [
    ...roles.map((role) => ({ email: emails[role], displayName: role, password: PASSWORD, role })),
    ...panelEmails.map((email, i) => ({
      email,
      displayName: `Panel ${i + 1}`,
      password: PASSWORD,
      role: Role.INTERVIEWER,
    })),
  ]);
  const tokens = {} as Record<Role, string>;
  const userIds = {} as Record<Role, string>;
  for (const role of roles) {
    const member = await signInMember(t, emails[role], slug);
    tokens[role] = member.token;
    userIds[role] = member.id;
  }
  const panel: SignedInMember[] = [];
  for (const email of panelEmails) panel.push(await signInMember(t, email, slug));
  return { id: tenant.id, slug, tokens, emails, userIds, panel };
}

export async function signInMember(
  t: TestApp,
  email: string,
  tenant: string,
): Promise<SignedInMember> {
  const result = await t.gql(SIGN_IN, { input: { email, password: PASSWORD, tenant } });
  if (!result.data) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
  return { id: result.data.signIn.viewer.user.id, email, token: result.data.signIn.accessToken };
}

export async function signIn(t: TestApp, email: string, tenant: string, password = PASSWORD) {
  const result = await t.gql(SIGN_IN, { input: { email, password, tenant } });
  if (!result.data) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
  return result.data.signIn.accessToken as string;
}
