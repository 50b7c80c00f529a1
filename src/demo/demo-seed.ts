import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { Role } from '../common/role.js';
import { TenantService } from '../accounts/tenant.service.js';
import { DEMO_PANEL } from './demo-debrief.js';
import { seedDemoStory } from './demo-story.js';

export const DEMO_TENANT = { name: 'Acme', slug: 'acme' };
export const DEMO_MEMBERS = [
  { email: 'admin@acme.example', displayName: 'Ada Admin', role: Role.ADMIN },
  { email: 'recruiter@acme.example', displayName: 'Rita Recruiter', role: Role.RECRUITER },
  { email: 'manager@acme.example', displayName: 'Hal Hiring-Manager', role: Role.HIRING_MANAGER },
  { email: 'interviewer@acme.example', displayName: 'Ivan Interviewer', role: Role.INTERVIEWER },
  ...DEMO_PANEL,
];

/** Creates the demo tenant once (idempotent) and returns the banner lines to print. */
export async function seedDemoTenant(app: INestApplication, config: AppConfig): Promise<string[]> {
  const tenants = app.get(TenantService);
  const { tenant, created } = await tenants.ensureTenant(
    DEMO_TENANT.name,
    DEMO_TENANT.slug,
    DEMO_MEMBERS.map((m) => ({ ...m, password: config.DEMO_PASSWORD })),
    true,
  );
  const story = created
    ? await seedDemoStory(app, tenant.id, {
        recruiter: DEMO_MEMBERS[1].email,
        manager: DEMO_MEMBERS[2].email,
        interviewer: DEMO_MEMBERS[3].email,
      })
    : null;
  const token = await tenants.accessTokenFor(tenant.id, DEMO_MEMBERS[1].email);
  return [
    `Demo tenant "${tenant.name}" (slug ${tenant.slug}) ${created ? 'created' : 'already present'}; password for every demo user: ${config.DEMO_PASSWORD}`,
    ...DEMO_MEMBERS.map((m) => `  ${m.role.padEnd(15)} ${m.email}`),
    ...(story
      ? [
          `Demo data: the published loop "${story.loopName}" and the candidate ${story.candidateName}: one scorecard in, one overdue (candidateDebrief).`,
          `  and ${story.debriefName}, whose debrief has a spread, a split recommendation, an amendment and a late scorecard: sign in as ${DEMO_MEMBERS[2].email} and open Candidates.`,
        ]
      : []),
    ...(token
      ? [
          `Recruiter token (valid ${Math.round(config.ACCESS_TOKEN_TTL_SECONDS / 60)} min), paste into the HTTP headers:`,
          `  Authorization: Bearer ${token}`,
          `or into GraphiQL's Headers editor (JSON):`,
          `  ${headersJson(token)}`,
        ]
      : [`${DEMO_MEMBERS[1].email} is no longer a member: sign in as another demo user.`]),
  ];
}

/** The bearer header as GraphiQL's Headers editor takes it: a JSON object. */
export function headersJson(token: string): string {
  return JSON.stringify({ Authorization: `Bearer ${token}` }).replace('":"', '": "');
}
