import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import { importLibrary, ok, publishedLoop, type LoopSheet } from './helpers/interviews.js';

/** CI runs examples/ats-sync/sync.mjs, as a user would, against the real server. */
describe('the ATS sync example', () => {
  let t: TestApp;
  let acme: SeededTenant;
  let sheet: LoopSheet;
  let url: string;

  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_RETRY_BASE_MS: '200' });
    acme = await seedTenant(t, 'acme', 1);
    await importLibrary(t, acme.tokens.ADMIN);
    sheet = await publishedLoop(t, acme.tokens.RECRUITER, { name: 'Example loop' });
    await t.app.listen(0, '127.0.0.1');
    url = `${(await t.app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
  });
  afterAll(() => t.close());

  it('upserts, submits on behalf of the interviewer, receives a verified webhook and pages the scorecards in the ATS values', async () => {
    const key = ok(
      await t.gql(
        `mutation { createApiKey(input: { name: "Example ATS", ats: GREENHOUSE, scopes: [CANDIDATES_WRITE, INTERVIEWS_WRITE, LOOPS_READ, SCORECARDS_READ, SCORECARDS_WRITE, WEBHOOKS_MANAGE] }) { secret apiKey { id } } }`,
        {},
        acme.tokens.ADMIN,
      ),
    ).createApiKey;
    const [interviewer] = acme.panel;
    const child = spawn(process.execPath, ['examples/ats-sync/sync.mjs'], {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        IK_API_URL: url,
        IK_API_KEY: key.secret,
        IK_STAGE_ID: sheet.stageId,
        IK_INTERVIEWER_EMAIL: interviewer.email,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (process.env.IK_DEBUG_LOG) console.error(String(chunk));
    });
    const lines: Record<string, any>[] = [];
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    for await (const line of createInterface({ input: child.stdout })) {
      if (process.env.IK_DEBUG_LOG) console.error(line);
      const event = JSON.parse(line);
      lines.push(event);
    }
    expect({ code: await exited, stderr }).toEqual({ code: 0, stderr: '' });
    const submitted = lines.find((l) => l.event === 'submitted')!;
    const webhook = lines.find((l) => l.event === 'webhook')!;
    expect(webhook).toMatchObject({
      type: 'scorecard.submitted',
      verified: true,
      scorecardId: submitted.scorecardId,
      ats: { system: 'GREENHOUSE', recommendation: { value: 'yes', label: 'Yes' } },
    });
    const scorecards = lines.filter((l) => l.event === 'scorecard');
    expect(scorecards).toEqual([
      {
        event: 'scorecard',
        id: webhook.scorecardId,
        recommendation: 'YES',
        ats: 'GREENHOUSE',
        atsRecommendation: 'yes',
      },
    ]);
    // The interviewer's scorecard, written by the key for them: theirs, and audited as both.
    const card = ok(
      await t.gql(
        `query($id: ID!) { scorecard(id: $id) { status summary interviewer { email } } }`,
        { id: submitted.scorecardId },
        acme.tokens.ADMIN,
      ),
    ).scorecard;
    expect(card).toEqual({
      status: 'SUBMITTED',
      summary: 'Scored in the ATS.',
      interviewer: { email: interviewer.email },
    });
    const audit = ok(
      await t.gql(
        `query { auditEvents(action: "submitScorecard") { edges { node { actorId onBehalfOfId } } } }`,
        {},
        acme.tokens.ADMIN,
      ),
    ).auditEvents.edges;
    expect(audit).toEqual([{ node: { actorId: key.apiKey.id, onBehalfOfId: interviewer.id } }]);
    expect(lines.at(-1)).toMatchObject({ event: 'done' });
  });
});
