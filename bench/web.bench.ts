/**
 * npm run bench:web — what the web app costs a person opening it, against the real server.
 *
 * Starts the built service in this process with the demo tenant (production settings, the
 * built web/dist), then drives the machine's Chromium (Playwright) through:
 *  (a) the JavaScript sent for the interviewer's page /interviews/:id: every script response,
 *      its bytes as sent and gzipped here (level 6, what a compressing proxy would send), in
 *      all and those asked for before the page was interactive (the rest load on demand);
 *  (b) time to an interactive page: from navigation start to the page's main heading (h1 in
 *      <main>) and its first interactive control (link, button or field in <main>, outside the
 *      navigation) visible,
 *      median of RUNS loads with a warm cache and RUNS with the cache cleared first;
 * and the same for the hiring manager's debrief /candidates/:id, the recruiter's /library,
 * /loops, /schedule and /calibration, and the admin's /admin (each section a lazy chunk). Prints each against its
 * target (< 250 KB gzip, < 1.5 s). A benchmark, not a test: it asserts nothing.
 */
import 'reflect-metadata';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../test/helpers/chromium.js';
import { freePort } from '../test/helpers/server.js';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/config.js';
import { DEMO_MEMBERS, seedDemoTenant } from '../src/demo/demo-seed.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TARGET_JS_GZIP = 250 * 1024;
const TARGET_MS = 1500;
const [ADMIN, RECRUITER, MANAGER, INTERVIEWER] = DEMO_MEMBERS.map((m) => m.email);

const print = (line: string) => process.stdout.write(`${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/**
 * In the page: performance.now() once the main heading and a control are visible, else 0. A
 * function, not a string (the app's CSP refuses eval); `globalThis` as the bench has no DOM types.
 */
function ready(): number {
  const page = globalThis as any;
  const visible = (e: any) =>
    !!e && e.offsetParent !== null && e.getBoundingClientRect().height > 0;
  const heading = page.document.querySelector('main h1');
  const controls = page.document.querySelectorAll(
    'main a[href], main button:not([disabled]), main input, main textarea, main select',
  );
  const control = [...controls].find((e: any) => !e.closest('nav') && visible(e));
  return visible(heading) && control ? page.performance.now() : 0;
}

/** Milliseconds from navigation start until the main heading and a control are visible. */
async function timeToInteractive(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(ready, undefined, {
    polling: 'raf',
    timeout: 30_000,
  });
  return (await handle.jsonValue()) as number;
}

/** When the page asked for each script, in ms from navigation start (the ready() clock). */
function scriptStarts(): [string, number][] {
  const page = globalThis as any;
  return page.performance
    .getEntriesByType('resource')
    .map((e: any) => [e.name, e.startTime] as [string, number]);
}

/**
 * Bytes of every script the page loads, as sent and gzipped: in all (until the network is idle)
 * and those it asked for before it was interactive (the rest are chunks loaded on demand, such
 * as a chart drawn once its figures arrive).
 */
async function scriptBytes(page: Page, url: string) {
  const bodies: { url: string; body: Promise<Buffer> }[] = [];
  const listener = (response: import('playwright-core').Response) => {
    if (response.request().resourceType() === 'script')
      bodies.push({ url: response.url(), body: response.body() });
  };
  page.on('response', listener);
  const interactive = await timeToInteractive(page, url);
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  const started = new Map(await page.evaluate(scriptStarts));
  const all = await Promise.all(
    bodies.map(async (b) => ({
      early: (started.get(b.url) ?? Infinity) < interactive,
      raw: (await b.body).length,
      gzip: gzipSync(await b.body, { level: 6 }).length,
    })),
  );
  const sum = (xs: typeof all) => ({
    files: xs.length,
    raw: xs.reduce((n, b) => n + b.raw, 0),
    gzip: xs.reduce((n, b) => n + b.gzip, 0),
  });
  return { ...sum(all), interactive: sum(all.filter((b) => b.early)) };
}

async function measure(context: BrowserContext, label: string, url: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const cold: number[] = [];
  const warm: number[] = [];
  await cdp.send('Network.clearBrowserCache');
  const js = await scriptBytes(page, url);
  for (let i = 0; i < RUNS; i += 1) {
    await cdp.send('Network.clearBrowserCache');
    cold.push(await timeToInteractive(page, url));
    warm.push(await timeToInteractive(page, url));
  }
  await page.close();
  const line = (name: string, value: string, ok: boolean, target: string) =>
    print(
      `  ${name.padEnd(34)} ${value.padStart(10)}   target ${target}  ${ok ? 'met' : 'MISSED'}`,
    );
  print(`${label}: ${url.replace(/^https?:\/\/[^/]+/, '')}`);
  line(`JavaScript (${js.files} files), gzip`, kb(js.gzip), js.gzip < TARGET_JS_GZIP, '< 250 KB');
  print(`  ${'JavaScript as sent (uncompressed)'.padEnd(34)} ${kb(js.raw).padStart(10)}`);
  print(
    `  ${`of which before interactive (${js.interactive.files})`.padEnd(34)} ${kb(js.interactive.gzip).padStart(10)}   gzip (${kb(js.interactive.raw)} as sent)`,
  );
  line(
    `interactive, cold cache (median ${RUNS})`,
    `${Math.round(median(cold))} ms`,
    median(cold) < TARGET_MS,
    '< 1.5 s',
  );
  line(
    `interactive, warm cache (median ${RUNS})`,
    `${Math.round(median(warm))} ms`,
    median(warm) < TARGET_MS,
    '< 1.5 s',
  );
}

async function main() {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: process.env.JWT_SECRET ?? 'benchmark-only-secret-0123456789abcdef',
    EMBEDDED_PG_DIR: process.env.EMBEDDED_PG_DIR ?? '.data/bench-web-postgres',
    EMBEDDED_PG_PORT: process.env.EMBEDDED_PG_PORT ?? String(await freePort()),
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    DEFAULT_PACKS: 'backend-engineering',
    RATE_LIMIT_PER_MINUTE: '100000000',
  });
  const { app } = await createApp(config);
  const browser = await launchChromium();
  try {
    await seedDemoTenant(app, config);
    await app.listen({ port: 0, host: '127.0.0.1' });
    // localhost: a secure context for Chromium, so the production (Secure) refresh cookie sticks.
    const base = (await app.getUrl()).replace(/\[::1\]|127\.0\.0\.1/, 'localhost');
    const signedIn = async (email: string) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${base}/sign-in`);
      await page.getByLabel('E-mail').fill(email);
      await page.getByLabel(/^Password/).fill(config.DEMO_PASSWORD);
      await page.getByLabel('Organisation').fill('acme');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      return { context, page };
    };

    print(
      `Web app benchmark: ${cpus().length} CPUs, Node ${process.version}, Chromium ${browser.version()}, ${RUNS} runs each`,
    );
    const ivan = await signedIn(INTERVIEWER);
    await ivan.page.getByRole('link', { name: 'Sam Rivera' }).click();
    await ivan.page.waitForURL(/\/interviews\/.+/);
    const interviewUrl = ivan.page.url();
    await ivan.page.close();
    await measure(ivan.context, 'Interview page (interviewer)', interviewUrl);

    const hal = await signedIn(MANAGER);
    await hal.page.getByRole('link', { name: 'Candidates' }).click();
    await hal.page.getByRole('link', { name: 'Alex Morgan' }).click();
    await hal.page.waitForURL(/\/candidates\/.+/);
    const debriefUrl = hal.page.url();
    await hal.page.close();
    await measure(hal.context, 'Debrief (hiring manager)', debriefUrl);

    const rita = await signedIn(RECRUITER);
    await rita.page.close();
    for (const [label, path] of [
      ['Library (recruiter)', '/library'],
      ['Loop builder list (recruiter)', '/loops'],
      ['Schedule (recruiter)', '/schedule'],
      ['Calibration (recruiter)', '/calibration'],
    ]) {
      await measure(rita.context, label, `${base}${path}`);
    }
    const ada = await signedIn(ADMIN);
    await ada.page.close();
    await measure(ada.context, 'Administration (admin)', `${base}/admin`);
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
