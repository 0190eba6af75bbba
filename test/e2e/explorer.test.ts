import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../neo4j/connection-settings.ts';
import { searchAndChoose as choose, HAIDIAN, labelCount, seedAndLaunch, waitForStartView } from './explorer-page.ts';

/**
 * The explorer in a real browser (Debian's Chromium) against the real app and the seeded test Neo4j:
 * what a policy analyst does in their first minute, plus outages, deep links and small screens.
 */
const baseURL = inject('baseURL');
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  browser = await seedAndLaunch();
});
afterAll(async () => browser?.close());

async function open(viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  // Fail with a message rather than waiting for the test timeout when an element never shows up.
  context.setDefaultTimeout(20_000);
  page = await context.newPage();
  problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return page;
}

/** Opens the explorer and waits for the start view (the 26 tasks on screen). */
async function explore(query = '', viewport?: { width: number; height: number }) {
  await open(viewport);
  const response = await page.goto(`${baseURL}/${query}`);
  await waitForStartView(page);
  return response!;
}

const count = (label: string) => labelCount(page, label);
const taskNumbers = async () =>
  (await page.locator('#lens-list .task-group').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.task))).map(Number);

const searchAndChoose = (query: string, optionId: string) => choose(page, query, optionId);

afterEach(async () => {
  await page?.context().close();
});

describe('explorer', () => {
  it('opens on the document, its 4 categories and 26 tasks and the parks they reach, under a strict CSP', async () => {
    const response = await explore();
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await count('Document')).toBe(1);
    expect(await count('Category')).toBe(4);
    expect(await count('Park')).toBeGreaterThan(5);
    expect(await count('Measure')).toBe(0); // folded into task → park links, so the first view is no hairball
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await expect.poll(() => page.locator('#timeline button.bar').count()).toBeGreaterThan(1);
    const years = await page.locator('#timeline .year').allTextContents();
    expect(years.map(Number)).toEqual([...years.map(Number)].sort());
    for (const layout of ['breadthfirst', 'concentric', 'fcose']) await page.locator('#layout').selectOption(layout);
    await page.locator('button', { hasText: 'Fit' }).click();
    await page.locator('button[aria-label="Zoom in"]').click();
    expect(problems).toEqual([]);
  });

  it('finds Haidian Park, answers which measures affect it (tasks 13, 10, 20) and shows their sentences', async () => {
    await explore();
    await searchAndChoose('Haidian', HAIDIAN);
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('Haidian Park');
    expect(page.url()).toContain(`node=${encodeURIComponent(HAIDIAN)}`);

    await page.locator('[data-action="lens"]').click();
    await page.locator('#lens-list').waitFor();
    expect(await taskNumbers()).toEqual(expect.arrayContaining([13, 10, 20]));
    const vias = await page.locator('#lens-list [data-via]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.via));
    expect(new Set(vias)).toEqual(new Set(['TASK_CONTEXT', 'PARENT_ZONE']));
    expect(page.url()).toContain(`lens=${encodeURIComponent(HAIDIAN)}`);
    await page.mouse.move(0, 0);
    mkdirSync(path.join(PROJECT_ROOT, '.data/e2e'), { recursive: true });
    await page.waitForTimeout(600); // let the fit animation settle for the screenshot
    // The picture shows the lens with the park's details, Chinese aliases included (fonts-noto-cjk, see .ci/run).
    expect(await page.locator('#details').textContent()).toContain('海淀园');
    // The README's picture is refreshed on request only, so a test run never dirties the work tree.
    const shot = process.env.UPDATE_SCREENSHOT ? 'docs/explorer.png' : '.data/e2e/explorer.png';
    await page.screenshot({ path: path.join(PROJECT_ROOT, shot) });

    // Reading a measure: its sentence, with the park mentions marked.
    await page.locator('#lens-list button[data-task="20"]').first().click();
    await expect.poll(() => page.locator('#details-title').textContent()).toMatch(/^Measure 20\./);
    await expect.poll(() => page.locator('#details .source mark').count()).toBeGreaterThan(0);
    await page.locator('#lens-list button[data-task="13"]').first().click();
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('Measure 13.1');

    // Without parent zones only the task that names Haidian Park itself remains.
    await page.locator('[data-toggle="parentZones"]').uncheck();
    await expect.poll(taskNumbers).toEqual([13]);
    expect(page.url()).toContain('parent=0');
    expect(problems).toEqual([]);
  });

  it('expands a node on double-click, collapses it, caps big neighbourhoods with "show more", and resets', async () => {
    await explore();
    await searchAndChoose('Haidian Park', HAIDIAN);
    // Where Cytoscape drew the park (read from the instance Cytoscape keeps on its container), then a real double-click.
    await page.waitForTimeout(500);
    const at = await page.evaluate((id) => {
      const cy = (document.getElementById('graph') as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const p = cy.getElementById(id).renderedPosition();
      return { x: box.x + p.x, y: box.y + p.y };
    }, HAIDIAN);
    await page.mouse.dblclick(at.x, at.y);
    await expect.poll(() => count('Measure')).toBeGreaterThanOrEqual(4);
    await page.locator('[data-action="collapse"]').click();
    await expect.poll(() => count('Measure')).toBe(0);

    const zone = 'park:zhongguancun-national-independent-innovation-demonstration-zone';
    await searchAndChoose('Zhongguancun National Independent', zone);
    await expect.poll(() => page.locator('#details-title').textContent()).toMatch(/^Zhongguancun National/);
    await page.locator('[data-action="expand"]').click();
    await page.locator('[data-action="more"]').waitFor();
    // The zone has 15 neighbours and more: the first 15 arrive, then 'show more' fetches the rest and goes away.
    expect(await count('Measure')).toBeGreaterThanOrEqual(13);
    await page.locator('[data-action="more"]').click();
    await expect.poll(() => page.locator('[data-action="more"]').count()).toBe(0);

    await page.locator('[data-action="reset"]').click();
    await expect.poll(() => count('Measure')).toBe(0);
    expect(await count('Task')).toBe(26);
    expect(page.url()).toBe(`${baseURL}/`);
  });

  it('hides a label and shows it again without asking the server', async () => {
    await explore();
    let requests = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) requests += 1;
    });
    const size = () => page.locator('#graph-size').textContent();
    const before = await size();
    await page.locator('input[data-label="Park"]').uncheck();
    await expect.poll(size).not.toBe(before);
    expect(page.url()).toContain('hide=Park');
    await page.locator('input[data-label="Park"]').check();
    await expect.poll(size).toBe(before);
    expect(page.url()).not.toContain('hide=');
    expect(requests).toBe(0);
  });

  it('restores selection, lens and filters from a shared link, also after reload', async () => {
    const link = `?node=${encodeURIComponent('task:guo-han-2020-123:13')}&lens=${encodeURIComponent(HAIDIAN)}&hide=Agency`;
    await explore(link);
    const check = async () => {
      await expect.poll(() => page.locator('#details-title').textContent(), { timeout: 15_000 }).toMatch(/^Take Haidian Park/);
      await page.locator('#lens-list').waitFor();
      expect(await taskNumbers()).toEqual(expect.arrayContaining([13, 10, 20]));
      expect(await page.locator('input[data-label="Agency"]').isChecked()).toBe(false);
    };
    await check();
    await page.reload();
    await waitForStartView(page);
    await check();
    expect(page.url()).toContain(link.slice(1));
  });

  it('shows the shortest path between two chosen nodes', async () => {
    await explore();
    await searchAndChoose('Haidian Park', HAIDIAN);
    await page.locator('[data-action="path-from"]').click();
    await page.locator('#docbar [data-action="select-document"]').click(); // the 2020 document, shown above the graph
    await expect.poll(() => page.locator('#details-title').textContent()).not.toBe('Haidian Park');
    await page.locator('[data-action="path-to"]').click();
    await expect.poll(() => page.locator('#path-steps li').count()).toBeGreaterThanOrEqual(3);
  });

  it('supports the keyboard: / focuses search, arrows move through suggestions, Esc clears the selection', async () => {
    await explore();
    await page.locator('#graph').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('Haidian');
    await page.locator('#suggestions [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await page.locator('#suggestions [aria-selected="true"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details-title').count()).toBe(1);
    await page.locator('#graph').click({ position: { x: 5, y: 5 } });
    await page.locator('#search-input').evaluate((el: HTMLElement) => el.blur());
    await page.locator('#search-input').focus();
    await page.keyboard.press('Escape');
    await page.locator('#timeline').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).not.toContain('node=');
  });

  it('exports the view as JSON with nodes and edges', async () => {
    await explore();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="json"]').click()]);
    const file = await download.path();
    const { readFile } = await import('node:fs/promises');
    const json = JSON.parse(await readFile(file, 'utf8')) as { nodes: { label: string }[]; edges: unknown[] };
    expect(json.nodes.filter((n) => n.label === 'Task')).toHaveLength(26);
    expect(json.edges.length).toBeGreaterThan(26);
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="png"]').click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
  });

  it('says plainly when the API is down, never a blank page, and recovers on retry', async () => {
    await open();
    await page.route('**/graphql', (route) => route.abort());
    await page.goto(`${baseURL}/`);
    await page.locator('#banner').waitFor();
    expect(await page.locator('#banner-text').textContent()).toMatch(/cannot reach its server/);
    expect(await page.locator('#legend').isVisible()).toBe(true);
    await page.unroute('**/graphql');
    await page.locator('[data-action="retry"]').click();
    await waitForStartView(page);
    expect(await page.locator('#banner').isHidden()).toBe(true);
  });

  it('tells the database is down when the API reports DATABASE_UNAVAILABLE', async () => {
    await open();
    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [{ message: 'The graph database is unavailable', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
        }),
      }),
    );
    await page.goto(`${baseURL}/`);
    await page.locator('#banner').waitFor();
    expect(await page.locator('#banner-text').textContent()).toMatch(/database is not answering/);
  });

  it('stays usable 390 px wide', async () => {
    await explore('', { width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('#search-input').isVisible()).toBe(true);
    const graph = await page.locator('#graph').boundingBox();
    expect(graph!.height).toBeGreaterThan(250);
    await searchAndChoose('Haidian', HAIDIAN);
    await page.locator('[data-action="lens"]').click();
    await page.locator('#lens-list').waitFor();
    expect(await taskNumbers()).toEqual(expect.arrayContaining([13, 10, 20]));
  });
});
