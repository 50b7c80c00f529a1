import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Role } from '../../src/common/role.js';
import { TenantService } from '../../src/accounts/tenant.service.js';
import { PASSWORD, SIGN_IN } from './fixtures.js';
import { post } from './faults.js';

/** A tenant with one recruiter, signed in over HTTP: the token for the load of a fault test. */
export async function recruiterToken(
  app: NestFastifyApplication,
  base: string,
  slug: string,
): Promise<string> {
  const email = `recruiter@${slug}.example`;
  await app
    .get(TenantService)
    .ensureTenant(`Tenant ${slug}`, slug, [
      { email, displayName: 'Recruiter', password: PASSWORD, role: Role.RECRUITER },
    ]);
  const answer = await post(base, SIGN_IN, { input: { email, password: PASSWORD, tenant: slug } });
  const token = answer.body?.data?.signIn?.accessToken as string | undefined;
  if (!token) throw new Error(`sign-in failed: ${JSON.stringify(answer.body)}`);
  return token;
}

export const CREATE_CANDIDATE = `mutation($input: CreateCandidateInput!) {
  createCandidate(input: $input) { id name } }`;
export const COUNT_CANDIDATES = `{ candidates(first: 5) { totalCount edges { node { id } } } }`;
