import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The machine's Chromium (Debian: `apt-get install chromium`), never a browser that Playwright
 * downloads: CHROMIUM_PATH when set, else the first of these names on the PATH. Free of Jest,
 * so the browser benchmark (bench/web.bench.ts) launches it the same way as the tests.
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
