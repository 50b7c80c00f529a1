import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import {
  fillAndSubmit,
  importLibrary,
  ok,
  publishedLoop,
  type LoopSheet,
} from './helpers/interviews.js';

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

  it('upserts, receives a verified webhook and pages the submitted scorecards', async () => {
    const key = ok(
      await t.gql(
        `mutation { createApiKey(input: { name: "Example ATS", scopes: [CANDIDATES_WRITE, INTERVIEWS_WRITE, SCORECARDS_READ, WEBHOOKS_MANAGE] }) { secret } }`,
        {},
        acme.tokens.ADMIN,
      ),
    ).createApiKey.secret;
    const [interviewer] = acme.panel;
    const child = spawn(process.execPath, ['examples/ats-sync/sync.mjs'], {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        IK_API_URL: url,
        IK_API_KEY: key,
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
      if (event.event === 'ready') {
        // The interviewer submits in the product: the webhook fires.
        await fillAndSubmit(t, interviewer.token, event.interviewId, sheet, {
          score: () => 3,
          recommendation: 'YES',
        });
      }
    }
    expect({ code: await exited, stderr }).toEqual({ code: 0, stderr: '' });
    const webhook = lines.find((l) => l.event === 'webhook')!;
    expect(webhook).toMatchObject({ type: 'scorecard.submitted', verified: true });
    const scorecards = lines.filter((l) => l.event === 'scorecard');
    expect(scorecards).toEqual([
      { event: 'scorecard', id: webhook.scorecardId, recommendation: 'YES' },
    ]);
    expect(lines.at(-1)).toMatchObject({ event: 'done' });
  });
});
