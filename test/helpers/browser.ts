import { AxeBuilder } from '@axe-core/playwright';
import { expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where browser tests write their screenshots (git-ignored), to be looked at by a person. */
export const RESULTS_DIR = 'test-results';
export const SIZES = { desktop: { width: 1280, height: 800 }, narrow: { width: 390, height: 844 } };

/**
 * The machine's Chromium (Debian: `apt-get install chromium`), never a browser that Playwright
 * downloads: CHROMIUM_PATH when set, else the first of these names on the PATH.
 */
export function chromiumPath(): string {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    if (!existsSync(given)) throw new Error(`CHROMIUM_PATH=${given} does not exist`);
    return given;
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // not on the PATH; try the next name
    }
  }
  throw new Error(
    'No Chromium found for the browser tests: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
  );
}

/** Headless Chromium, kept off the network except for what a page itself asks for. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Serious or critical axe violations on the page, as "rule: target" lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/**
 * Asserts no serious or critical axe violation on the page at the desktop and the narrow size,
 * and writes a full-page screenshot of each into test-results/web-<name>-<size>.png.
 */
export async function inspect(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  expect(await seriousViolations(page)).toEqual([]);
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(150);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${RESULTS_DIR}/web-${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(SIZES.desktop);
}

/** Signs in through the app's sign-in page and waits for the first page after it. */
export async function signInThroughPage(
  page: Page,
  base: string,
  who: { email: string; password: string; tenant: string },
): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('E-mail').fill(who.email);
  await page.getByLabel(/^Password/).fill(who.password);
  await page.getByLabel('Organisation').fill(who.tenant);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
