import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { DEMO_MEMBERS, seedDemoTenant } from '../src/demo/demo-seed.js';
import { LiveResolver } from '../src/live/live.resolver.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import {
  launchChromium,
  RESULTS_DIR,
  seriousViolations,
  signInThroughPage,
  SIZES,
} from './helpers/browser.js';
import { hoursFromNow } from './helpers/clock.js';
import { signIn } from './helpers/fixtures.js';
import { createCandidate, ok, scheduleInterview } from './helpers/interviews.js';
import { withoutListener } from './helpers/live-client.js';
import { waitFor } from './helpers/wait.js';

const RECRUITER = DEMO_MEMBERS[1].email;
const JONAS = 'jonas@acme.example';

/**
 * "My interviews" open in Chromium while a recruiter works through the API: it follows the
 * changes without a reload, and reloads itself after the server's live feed was interrupted.
 */
describe('My interviews, live', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ DEFAULT_PACKS: 'backend-engineering' });
    await seedDemoTenant(t.app, t.config);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: SIZES.desktop, timezoneId: 'Asia/Tokyo' });
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      // Before signing in, the page asks /auth/refresh for a session it does not have (401); a
      // socket the server closes for a reconnection is reported by Chromium as a warning only.
      if (m.type() === 'error' && !/status of 401/.test(m.text())) problems.push(m.text());
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows an interview scheduled and then cancelled with the interviewer, without a reload', async () => {
    const recruiter = await signIn(t, RECRUITER, 'acme', t.config.DEMO_PASSWORD);
    const jonas = await signIn(t, JONAS, 'acme', t.config.DEMO_PASSWORD);
    const jonasId = t.app.get(JwtService).decode<{ sub: string }>(jonas).sub;
    const stageId = ok(
      await t.gql(`{ interviews(first: 1) { edges { node { stage { id } } } } }`, {}, recruiter),
    ).interviews.edges[0].node.stage.id;
    const schedule = async (name: string) =>
      scheduleInterview(t, recruiter, {
        candidateId: await createCandidate(t, recruiter, name),
        stageId,
        interviewerIds: [jonasId],
        scheduledStart: hoursFromNow(26),
        scheduledEnd: hoursFromNow(27),
      });

    const started = t.app.get(LiveResolver).startedSubscriptions;
    await signInThroughPage(page, base, {
      email: JONAS,
      password: t.config.DEMO_PASSWORD,
      tenant: 'acme',
    });
    await page.getByRole('heading', { name: 'My interviews', level: 1 }).waitFor();
    await waitFor('the page to subscribe', () => {
      return t.app.get(LiveResolver).startedSubscriptions > started;
    });
    // A marker that a reload would wipe.
    await page.evaluate(() => ((globalThis as unknown as { stayed: boolean }).stayed = true));
    const upcoming = page.getByRole('region', { name: /^Upcoming/ });
    const done = page.getByRole('region', { name: /^Done/ });

    const id = await schedule('Lin Live');
    await upcoming.getByRole('link', { name: 'Lin Live' }).waitFor();
    ok(
      await t.gql(
        `mutation($input: CancelInterviewInput!) { cancelInterview(input: $input) { id } }`,
        { input: { id, reason: 'Position filled' } },
        recruiter,
      ),
    );
    const row = done.getByRole('listitem').filter({ hasText: 'Lin Live' });
    await row.getByText('Cancelled').waitFor();
    expect(await upcoming.getByRole('link', { name: 'Lin Live' }).count()).toBe(0);

    // Scheduled while the server's live feed is down: the page hears nothing, then reloads
    // once the server tells it to reconnect.
    await withoutListener(t, () => schedule('Gap Gale'));
    await upcoming.getByRole('link', { name: 'Gap Gale' }).waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => (globalThis as unknown as { stayed?: boolean }).stayed)).toBe(
      true,
    );
    // One size only: web-app inspects this page at both (axe at two sizes doubles the time).
    expect(await seriousViolations(page)).toEqual([]);
    mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: `${RESULTS_DIR}/web-my-interviews-live.png`, fullPage: true });
    expect(problems).toEqual([]);
  }, 120_000);
});
