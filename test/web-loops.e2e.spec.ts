import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_MEMBERS, seedDemoTenant } from '../src/demo/demo-seed.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { inspect, launchChromium, signInThroughPage, SIZES } from './helpers/browser.js';
import { signIn } from './helpers/fixtures.js';
import { ok } from './helpers/interviews.js';

const RECRUITER = DEMO_MEMBERS[1].email;
const LOOP = 'Platform engineer loop';
const STAGE = 'Technical deep dive';

interface Listed {
  id: string;
  packKey: string;
  estimatedMinutes: number;
  currentVersion: { prompt: string; rubric: { criteria: { competency: { name: string } }[] } };
}
const competenciesOf = (q: Listed) =>
  q.currentVersion.rubric.criteria.map((c) => c.competency.name);

describe('the loop builder', () => {
  let t: TestApp;
  let base: string;
  let password: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  // A: assesses the focus competency; B: does not. Picked the same way on every run.
  let focus: string;
  let a: Listed;
  let b: Listed;

  beforeAll(async () => {
    t = await startTestApp({ DEFAULT_PACKS: 'backend-engineering' });
    password = t.config.DEMO_PASSWORD;
    await seedDemoTenant(t.app, t.config);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const token = await signIn(t, RECRUITER, 'acme', password);
    const listed: Listed[] = ok(
      await t.gql(
        `{ questions(first: 100, status: ACTIVE, type: TECHNICAL) { edges { node { id packKey estimatedMinutes
           currentVersion { prompt rubric { criteria { competency { name } } } } } } } }`,
        {},
        token,
      ),
    ).questions.edges.map((e: { node: Listed }) => e.node);
    listed.sort((x, y) => x.packKey.localeCompare(y.packKey));
    a = listed[0];
    focus = competenciesOf(a)[0];
    b = listed.find((q) => !competenciesOf(q).includes(focus))!;
    expect(b).toBeDefined();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: SIZES.desktop });
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of 40\d/.test(m.text())) problems.push(m.text());
    });
  }, 180_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  const findings = () => page.getByRole('list', { name: 'Coverage findings' });
  const pins = () =>
    page.getByRole('list', { name: `Questions of ${STAGE}` }).getByRole('listitem');
  /**
   * Drags `source` onto `target` with mouse steps. Playwright's mouse does not scroll, and the
   * browser sends no drag events outside its window: both must be in view.
   */
  const dragOnto = async (source: Locator, target: Locator) => {
    await source.scrollIntoViewIfNeeded();
    const from = (await source.boundingBox())!;
    const to = (await target.boundingBox())!;
    const height = page.viewportSize()!.height;
    for (const box of [from, to]) expect(box.y >= 0 && box.y + box.height <= height).toBe(true);
    await page.mouse.move(from.x + 8, from.y + 8);
    await page.mouse.down();
    await page.mouse.move(to.x + 8, to.y + to.height / 2, { steps: 5 });
    await page.mouse.up();
  };
  const addFromSearch = async (question: Listed) => {
    // Three of the prompt's longest words, as a person would type them.
    const words = question.currentVersion.prompt
      .split(/[^A-Za-z]+/)
      .sort((x, y) => y.length - x.length || x.localeCompare(y))
      .slice(0, 3);
    await page.getByLabel('Search the library').fill(words.join(' '));
    await page.getByLabel('Search the library').press('Enter');
    await page
      .getByRole('button', { name: `Add “${question.currentVersion.prompt}” to ${STAGE}` })
      .click();
  };

  it('builds a loop from the library: a blocking finding, its fix, reordering by keyboard and mouse, minutes and required kept', async () => {
    await signInThroughPage(page, base, { email: RECRUITER, password, tenant: 'acme' });
    await page.getByRole('link', { name: 'Loops' }).click();
    await page.getByRole('heading', { name: 'Loops', level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Templates' }).click();
    await page.getByRole('table').getByRole('link').first().waitFor();
    await inspect(page, 'loops-list');

    // The API's validation errors stand beside their fields.
    await page.getByRole('button', { name: 'Create draft' }).click();
    const name = page.getByRole('textbox', { name: 'Name' });
    await page.locator('input[name="name"][aria-invalid="true"]').waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await name.fill(LOOP);
    await page.getByRole('textbox', { name: 'Role' }).fill('Platform engineer');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { name: LOOP, level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Add stage' }).click();
    await page.locator('#new-stage-name[aria-invalid="true"]').waitFor();
    await page.getByLabel('Stage name').fill(STAGE);
    const minutes = [a, b].reduce((sum, q) => sum + Math.min(240, q.estimatedMinutes), 0);
    await page.getByLabel('Duration (minutes)').fill(String(minutes));
    await page.getByRole('textbox', { name: 'Focus competencies' }).click();
    await page.getByRole('option', { name: focus, exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Add stage' }).click();
    await page.getByRole('heading', { name: `1. ${STAGE}` }).waitFor();
    expect(await page.getByLabel('Stage name').getAttribute('aria-invalid')).not.toBe('true');

    await findings().getByText(`Stage "${STAGE}" has no questions.`).waitFor();
    expect(await page.getByRole('button', { name: 'Publish', exact: true }).isDisabled()).toBe(
      true,
    );

    // A question that does not assess the focus: the stage has questions, the gap stays.
    await addFromSearch(b);
    await pins().first().waitFor();
    await findings().getByText(`Stage "${STAGE}" has no questions.`).waitFor({ state: 'detached' });
    const gap = findings()
      .getByRole('listitem')
      .filter({ hasText: `"${focus}" is a focus of "${STAGE}"` });
    expect(await gap.textContent()).toContain('Blocking');
    expect(await page.getByRole('button', { name: 'Publish', exact: true }).isDisabled()).toBe(
      true,
    );
    expect(await page.getByText('focus, not assessed', { exact: true }).count()).toBe(1);
    await inspect(page, 'loops-builder-blocking');
    // The finding leads to its stage.
    await gap.getByRole('button').click();
    expect(await page.evaluate('document.activeElement?.id')).toMatch(/^stage-/);

    // The question that assesses it fixes the gap; publishing opens up.
    await addFromSearch(a);
    await gap.waitFor({ state: 'detached' });
    expect(await pins().count()).toBe(2);
    await page
      .getByRole('button', { name: 'Publish', exact: true })
      .and(page.locator(':enabled'))
      .waitFor();
    expect(await page.getByText(`${minutes} of ${minutes} minutes planned`).count()).toBe(1);

    // Keyboard: move the first question down; the focus follows it.
    expect(await pins().first().innerText()).toContain(b.currentVersion.prompt);
    await page.getByRole('button', { name: `Move question 1 of ${STAGE} down` }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('button', { name: `Move question 2 of ${STAGE} up` })
      .and(page.locator(':focus'))
      .waitFor();
    expect(await pins().first().innerText()).toContain(a.currentVersion.prompt);

    // Minutes change in place (updateStageQuestion): one write, the pin stays where it is.
    const budget = page.getByRole('textbox', { name: `Minutes for question 1 of ${STAGE}` });
    await budget.fill(String(Number(await budget.inputValue()) - 1));
    await budget.press('Enter');
    await page.getByText(`${minutes - 1} of ${minutes} minutes planned`).waitFor();

    // "Required" is saved at once (updateStageQuestion) and is still cleared after a reload.
    const required = page.getByRole('checkbox', { name: `Required: question 2 of ${STAGE}` });
    expect(await required.isChecked()).toBe(true);
    await required.uncheck();
    await page.getByText(`Question 2 of ${STAGE} changed.`).waitFor();
    await page.reload();
    await required.waitFor();
    expect(await required.isChecked()).toBe(false);
    expect(
      await page.getByRole('checkbox', { name: `Required: question 1 of ${STAGE}` }).isChecked(),
    ).toBe(true);

    // Stages move from the keyboard too: a debrief up above the first stage, then back down.
    await page.getByLabel('Stage name').fill('Debrief');
    await page.getByRole('textbox', { name: 'Kind' }).last().click();
    await page.getByRole('option', { name: 'Debrief', exact: true }).click();
    await page.getByRole('button', { name: 'Add stage' }).click();
    const second = page.getByRole('region', { name: '2. Debrief' });
    await second.waitFor();
    await page.getByRole('button', { name: 'Move stage Debrief up' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: '1. Debrief' }).waitFor();
    await page.getByRole('button', { name: 'Move stage Debrief down' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: '2. Debrief' }).waitFor();

    // The mouse: drag and drop (the browser's own) reorders questions and stages alike.
    expect(await pins().first().innerText()).toContain(a.currentVersion.prompt);
    await dragOnto(pins().first(), pins().nth(1));
    await page.getByText(`Question moved to position 2 of 2 in ${STAGE}.`).waitFor();
    await pins()
      .and(page.getByLabel(`Question 1: ${b.currentVersion.prompt}`))
      .waitFor();
    expect(await pins().nth(1).innerText()).toContain(a.currentVersion.prompt);
    // Both stages in the window at once (a drag cannot leave it), then back as they were.
    await page.setViewportSize({ width: SIZES.desktop.width, height: 1600 });
    const heading = (name: string) => page.getByRole('heading', { name, level: 3 });
    await dragOnto(heading('2. Debrief'), heading(`1. ${STAGE}`));
    await page.getByRole('region', { name: '1. Debrief' }).waitFor();
    await dragOnto(heading('1. Debrief'), heading(`2. ${STAGE}`));
    await page.getByRole('region', { name: '2. Debrief' }).waitFor();
    await page.setViewportSize(SIZES.desktop);
    await inspect(page, 'loops-builder-ready');
    expect(problems).toEqual([]);
  }, 600_000);

  it('publishes, shows the published loop read-only, and clones it to edit', async () => {
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('button', { name: 'Clone to edit' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Published' }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Add stage' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Move / }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: `1. ${STAGE}` }).count()).toBe(1);
    await inspect(page, 'loops-published');

    await page.getByRole('button', { name: 'Clone to edit' }).click();
    await page.getByRole('heading', { name: new RegExp(`^${LOOP}.*copy`), level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'Add stage' }).count()).toBe(1);
    expect(await pins().count()).toBe(2);

    await page.getByRole('link', { name: '← All loops' }).click();
    await page.getByRole('tab', { name: 'Published' }).click();
    await page.getByRole('table').getByRole('link', { name: LOOP, exact: true }).waitFor();
    expect(problems).toEqual([]);
  }, 240_000);
});
