import { AxeBuilder } from '@axe-core/playwright';
import { expect } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

export { chromiumPath, launchChromium } from './chromium.js';

/** Where browser tests write their screenshots (git-ignored), to be looked at by a person. */
export const RESULTS_DIR = 'test-results';
export const SIZES = { desktop: { width: 1280, height: 800 }, narrow: { width: 390, height: 844 } };

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
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(150);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${RESULTS_DIR}/web-${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(SIZES.desktop);
}

/**
 * The README's picture of a page (one per role): the top `height` pixels at the desktop size,
 * into test-results/readme-<name>.png. Copied by hand to docs/screenshots/ (kept under ~150 KB).
 */
export async function readmeScreenshot(page: Page, name: string, height = 800): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  // The window itself at that height (not a clip of the full page), so fixed and sticky bars
  // sit where a person sees them.
  await page.setViewportSize({ width: SIZES.desktop.width, height });
  await page.evaluate('window.scrollTo(0, 0)');
  await page.waitForTimeout(150);
  await page.screenshot({ path: `${RESULTS_DIR}/readme-${name}.png` });
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

/** The error Mantine shows beside `field` (its aria-describedby), once it is marked invalid. */
export async function errorBeside(field: Locator): Promise<string> {
  await field.and(field.page().locator('[aria-invalid="true"]')).waitFor();
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/);
  const texts = await Promise.all(
    ids.filter(Boolean).map((id) => field.page().locator(`[id="${id}"]`).innerText()),
  );
  return texts.join(' ');
}
