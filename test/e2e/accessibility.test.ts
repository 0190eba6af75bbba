import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ZH } from '../support/versions-graph.ts';
import { addLanguageVersions, HAIDIAN, searchAndChoose, seedAndLaunch, waitForStartView } from './explorer-page.ts';

/**
 * axe-core's checks (WCAG 2.x A and AA, and its best practices) on the explorer's main views, in the real
 * browser: no serious or critical violation is allowed; minor and moderate ones are printed for the record.
 * The page's strict CSP would refuse the injected axe script, so this context bypasses CSP (the other e2e
 * files check the CSP itself).
 */
const baseURL = inject('baseURL');
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await seedAndLaunch();
});
afterAll(async () => browser?.close());

/** Runs axe on the whole page; returns the serious and critical violations, one line per rule with where. */
async function audit(view: string): Promise<string[]> {
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  // axe's own message per element says what to change, e.g. the contrast ratio with both colours.
  const line = (v: AxeResults['violations'][number]) =>
    `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×)${v.nodes
      .slice(0, 3)
      .map((n) => `\n    ${n.target.join(' ')}: ${[...n.any, ...n.all, ...n.none][0]?.message ?? ''}`)
      .join('')}`;
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const others = results.violations.filter((v) => !blocking.includes(v));
  console.log(
    `[axe] ${view}: ${results.passes.length} rules pass, ${blocking.length} serious or critical, ${others.length} minor or moderate${others.map((v) => `\n  ${line(v)}`).join('')}`,
  );
  return blocking.map(line);
}

describe('accessibility (axe-core)', () => {
  it("has no serious or critical violation on the start view, a node's details, the park lens and the path view", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
    await page.goto(`${baseURL}/`);
    await waitForStartView(page);
    await page.addScriptTag({ path: AXE_SCRIPT });
    // Every view is audited even when an earlier one fails, so one run lists everything to fix.
    const found: Record<string, string[]> = {};
    found['start view'] = await audit('start view');

    await searchAndChoose(page, 'Haidian', HAIDIAN);
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('Haidian Park');
    found.details = await audit('details of Haidian Park');

    await page.locator('[data-action="lens"]').click();
    await page.locator('#lens-list .task-group').first().waitFor();
    found['park lens'] = await audit('park lens on Haidian Park');

    await page.locator('[data-action="path-from"]').click();
    await page.locator('#docbar [data-action="select-document"]').click(); // the 2020 document, shown above the graph
    await expect.poll(() => page.locator('#details-title').textContent()).not.toBe('Haidian Park');
    await page.locator('[data-action="path-to"]').click();
    await expect.poll(() => page.locator('#path-steps li').count()).toBeGreaterThanOrEqual(3);
    found['path view'] = await audit('path view');

    expect(found).toEqual({ 'start view': [], details: [], 'park lens': [], 'path view': [] });
    await context.close();
  });

  it('has none on the details of a Chinese version and of a provision with its English text', async () => {
    await addLanguageVersions();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
    const found: Record<string, string[]> = {};
    for (const [view, id] of [
      ['Chinese document', ZH],
      ['Chinese provision', 'task:guo-han-2021-27:zh:1'],
      ['English measure', 'measure:guo-han-2021-27:1.1'],
    ] as const) {
      await page.goto(`${baseURL}/?node=${encodeURIComponent(id)}`);
      await page.locator(id === ZH ? '#details .props' : '#details section.translation').waitFor();
      await page.addScriptTag({ path: AXE_SCRIPT });
      found[view] = await audit(`details of the ${view}`);
    }
    expect(found).toEqual({ 'Chinese document': [], 'Chinese provision': [], 'English measure': [] });
    await context.close();
  });

  it('has none on the library list and the library overview', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
    const found: Record<string, string[]> = {};
    await page.goto(`${baseURL}/?view=library`);
    await page.locator('#library-table tbody tr').first().waitFor();
    await page.locator('#timeline .bar').first().waitFor();
    await page.addScriptTag({ path: AXE_SCRIPT });
    found['library list'] = await audit('library list');
    await page.locator('#show-overview').click();
    await page.locator('#overview-groups button').first().click();
    await page.locator('#overview-members button.open').first().waitFor();
    found['library overview'] = await audit('library overview with a group open');
    expect(found).toEqual({ 'library list': [], 'library overview': [] });
    await context.close();
  });
});
