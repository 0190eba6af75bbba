import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type CorpusOptions, generateCorpus } from '../../bench/corpus.ts';
import { extractGraph } from '../../seed/extract/extract.ts';
import { parsePolicy } from '../../seed/parse/parse.ts';
import { writeGraph } from '../../seed/write/write.ts';
import { writeDocuments } from '../../seed/write/write-documents.ts';
import { SHIPPED_DOCUMENT, seedFiles } from '../support/seed-files.ts';
import { emptyGraph, openTestDriver } from '../support/test-db.ts';
import { chineseVersion, englishVersion } from '../support/versions-graph.ts';
import { launchChromium } from './chromium.ts';

/** What every e2e file starts from and the few moves they share on the explorer page. */
export const HAIDIAN = 'park:haidian-park';

const E2E_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The integration project shares the test Neo4j and runs first: give the page exactly the shipped document,
 * then start the browser.
 */
export async function seedAndLaunch(): Promise<Browser> {
  const driver = await openTestDriver();
  try {
    await emptyGraph(driver);
    await seedFiles(driver, [SHIPPED_DOCUMENT]);
  } finally {
    await driver.close();
  }
  return launchChromium({ args: E2E_ARGS });
}

/**
 * Adds an English document and its Chinese version (test/support/versions-graph.ts) to what the page shows. Only
 * after the start view's checks: the start view then holds their tasks too.
 */
export async function addLanguageVersions(): Promise<void> {
  const driver = await openTestDriver();
  try {
    for (const graph of [englishVersion(), chineseVersion()]) await writeGraph(driver, graph);
  } finally {
    await driver.close();
  }
}

/**
 * The shipped document plus `count` documents of the bench corpus (bench/corpus.ts) and what they cite, through
 * the real pipeline and writer: the library the at-scale tests drive. Every corpus document must be written.
 */
export async function seedLibrary(count: number, options: CorpusOptions = {}): Promise<Browser> {
  const browser = await seedAndLaunch();
  const driver = await openTestDriver();
  try {
    const sources = (function* () {
      for (const doc of generateCorpus(count, options)) {
        yield { name: doc.name, load: () => extractGraph(parsePolicy(doc.text, doc.name)) };
      }
    })();
    const { rejected } = await writeDocuments(driver, sources);
    expect(rejected).toBe(0);
  } finally {
    await driver.close();
  }
  return browser;
}

/** A page at the explorer's usual size whose page errors and console errors land in `problems`. */
export async function watchedPage(browser: Browser, problems: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return page;
}

export const labelCount = async (page: Page, label: string) => Number(await page.locator(`[data-count="${label}"]`).textContent());

/** The start view is on screen when its 26 tasks are (the first visit also waits for the bundle). */
export async function waitForStartView(page: Page): Promise<void> {
  await expect.poll(() => labelCount(page, 'Task'), { timeout: 45_000 }).toBe(26);
}

export async function searchAndChoose(page: Page, query: string, optionId: string): Promise<void> {
  await page.locator('#search-input').fill(query);
  await page.locator(`#suggestions [role="option"][data-id="${optionId}"]`).click();
}
