import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../neo4j/connection-settings.ts';
import { seedLibrary, watchedPage } from './explorer-page.ts';

/**
 * The library at a few hundred documents, in the real browser: the shipped document plus 200 bench corpus
 * documents (short ones, so seeding stays near ten seconds) and the documents they cite. It filters, sorts and
 * pages the list, narrows it by a text and a year range, opens a document's structure and the overview, and
 * compares what the page shows with what the API answers for the same question. No page error is allowed.
 */
const baseURL = inject('baseURL');
const CORPUS = 200;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  browser = await seedLibrary(CORPUS, { tasks: [3, 6], measures: [1, 3] });
  page = await watchedPage(browser, problems);
}, 240_000);
afterAll(async () => browser?.close());

interface Listed {
  totalCount: number;
  items: { id: string; docNumber: string | null; title: string | null; year: number | null }[];
}

/** The API's answer to the question the page is showing. */
async function listed(args: { filter?: Record<string, unknown>; sort?: string; offset?: number }): Promise<Listed> {
  const response = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'query($f: DocumentFilter, $s: DocumentSort, $o: Int) { documents(filter: $f, sort: $s, limit: 50, offset: $o) { totalCount items { id docNumber title year } } }',
      variables: { f: args.filter ?? null, s: args.sort ?? 'DATE', o: args.offset ?? 0 },
    }),
  });
  return ((await response.json()) as { data: { documents: Listed } }).data.documents;
}

const rowIds = () => page.locator('#library-table tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id));
const countText = () => page.locator('#library-count').textContent();
const n = (count: number) => count.toLocaleString('en-US');

/** The page shows exactly the API's page: the same rows in the same order, and the same total. */
async function showsPage(expected: Listed, first = 1) {
  const last = Math.min(expected.totalCount, first + 49);
  await expect.poll(countText).toBe(`Showing ${n(first)}–${n(last)} of ${n(expected.totalCount)} documents`);
  await expect.poll(rowIds).toEqual(expected.items.map((d) => d.id));
}

describe('the library at a few hundred documents', () => {
  it('opens on the library (not one document), sorts by title and pages through', async () => {
    await page.goto(`${baseURL}/`);
    await page.locator('#library-table').waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('library');
    const all = await listed({});
    expect(all.totalCount).toBeGreaterThan(CORPUS);
    await showsPage(all);
    // The README's picture of the library, refreshed on request only (UPDATE_SCREENSHOT=1), like explorer.png.
    await page.screenshot({ path: path.join(PROJECT_ROOT, process.env.UPDATE_SCREENSHOT ? 'docs/library.png' : '.data/e2e/library.png') });

    await page.locator('#library-sort').selectOption('TITLE');
    await showsPage(await listed({ sort: 'TITLE' }));
    await page.locator('#library-next').click();
    await showsPage(await listed({ sort: 'TITLE', offset: 50 }), 51);
    expect(page.url()).toContain('sort=title');
    expect(page.url()).toContain('page=2');
    await page.locator('#library-last').click();
    const lastOffset = Math.floor((all.totalCount - 1) / 50) * 50;
    await showsPage(await listed({ sort: 'TITLE', offset: lastOffset }), lastOffset + 1);
    expect(await page.locator('#library-next').isDisabled()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('filters by issuer, held, a text (debounced) and a year range picked on the histogram', async () => {
    await page.goto(`${baseURL}/?view=library`);
    await page.locator('#library-table').waitFor();
    await page.locator('#library-issuer').selectOption('State Council');
    await showsPage(await listed({ filter: { issuer: 'State Council' } }));
    await page.locator('#library-held').selectOption('true');
    await showsPage(await listed({ filter: { issuer: 'State Council', held: true } }));
    expect(page.url()).toContain('issuer=State+Council');
    expect(page.url()).toContain('held=1');

    await page.locator('#library-search').pressSequentially('Guo Fa');
    const text = { issuer: 'State Council', held: true, text: 'Guo Fa' };
    await showsPage(await listed({ filter: text }));
    expect(page.url()).toContain('q=Guo+Fa');

    // A click on 2005, Shift+click on 2012: the range 2005–2012, for the list and the link alike.
    await page.locator('#timeline .bar[data-from="2005"]').click();
    await page.locator('#timeline .bar[data-from="2012"]').click({ modifiers: ['Shift'] });
    await expect.poll(() => page.url()).toContain('from=2005&to=2012');
    const ranged = await listed({ filter: { ...text, yearFrom: 2005, yearTo: 2012 } });
    expect(ranged.totalCount).toBeGreaterThan(0);
    await showsPage(ranged);
    expect(ranged.items.every((d) => d.year !== null && d.year >= 2005 && d.year <= 2012)).toBe(true);
    await page.locator('#years-all').click();
    await page.locator('#library-clear').click();
    await showsPage(await listed({}));
    expect(problems).toEqual([]);
  });

  it('a number held only in Chinese: its row says so and opens the Chinese version', async () => {
    const response = await fetch(`${baseURL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ documents(filter: { language: "zh" }, limit: 100) { items { id versionOf { id docNumber language } } } }',
      }),
    });
    type Version = { id: string; versionOf: { id: string; docNumber: string; language: string | null } | null };
    const versions = ((await response.json()) as { data: { documents: { items: Version[] } } }).data.documents.items;
    // Only the Chinese file of this number is seeded: its work node holds no text.
    const chineseOnly = versions.find((v) => v.versionOf !== null && v.versionOf.language === null);
    expect(chineseOnly).toBeDefined();
    const work = chineseOnly!.versionOf!;
    await page.goto(`${baseURL}/?view=library&held=0&q=${encodeURIComponent(work.docNumber)}`);
    const row = page.locator(`#library-table tr[data-id="${work.id}"]`);
    await expect.poll(() => row.locator('td.held').textContent()).toBe('cited; held in 中文 Chinese');
    await row.locator('button.open').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('doc')).toBe(chineseOnly!.id);
    expect(problems).toEqual([]);
  });

  it("opens a chosen document's structure, then the overview and a group's documents", async () => {
    await page.goto(`${baseURL}/?view=library&held=1&sort=number`);
    await page.locator('#library-table').waitFor();
    const chosen = (await rowIds())[0]!;
    await page.locator(`#library-table button.open[data-id="${chosen}"]`).click();
    await expect.poll(() => page.locator('#docbar [data-action="select-document"]').getAttribute('data-id')).toBe(chosen);
    expect(new URL(page.url()).searchParams.get('doc')).toBe(chosen);
    const counts = await page.locator('#docbar-counts').textContent();
    const tasks = Number(/(\d+) tasks/.exec(counts ?? '')?.[1]);
    expect(tasks).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-count="Task"]').textContent()).toBe(String(tasks));
    await expect.poll(() => page.locator('#details-title').count()).toBe(1);

    await page.locator('#open-library').click();
    await page.locator('#show-overview').click();
    await page.locator('#overview-graph .group').first().waitFor();
    const groups = await page.locator('#overview-graph .group').count();
    expect(groups).toBeGreaterThan(1);
    expect(groups).toBeLessThanOrEqual(24);
    await page.locator('#overview-groups button').first().click();
    await expect.poll(() => page.locator('#overview-members-count').textContent()).toMatch(/^1–20 of [\d,]+ documents$/);
    await page.locator('#overview-group-by').selectOption('YEAR');
    await expect.poll(() => page.locator('#overview-summary').textContent()).toMatch(/in \d+ years/);
    await page.locator('#overview-groups button').first().click();
    const member = page.locator('#overview-members button.open').first();
    const memberId = await member.getAttribute('data-id');
    await member.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('doc')).toBe(memberId);
    expect(problems).toEqual([]);
  });
});
