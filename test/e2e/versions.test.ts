import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MOFCOM, WORK, ZH } from '../support/versions-graph.ts';
import { addLanguageVersions, seedAndLaunch } from './explorer-page.ts';

/**
 * The details panel of a document with a Chinese version, in the real browser: language, addressees as links to
 * the agency, links between the versions, and a provision's and a measure's text in the other language.
 */
const baseURL = inject('baseURL');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await seedAndLaunch();
  await addLanguageVersions();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(20_000);
  page = await context.newPage();
});
afterAll(async () => browser?.close());

const title = () => page.locator('#details-title');
const selected = () => new URL(page.url()).searchParams.get('node');
const row = (term: string) => page.locator(`.props dt:text-is("${term}") + dd`);

async function select(id: string) {
  await page.goto(`${baseURL}/?node=${encodeURIComponent(id)}`);
  await page.locator('#details-title').waitFor();
}

describe('language versions in the details panel', () => {
  it('a Chinese provision shows its English text under "English", and links to it', async () => {
    await select('task:guo-han-2021-27:zh:1');
    await expect.poll(() => title().textContent()).toBe('扩大金融开放。');
    expect(await title().getAttribute('lang')).toBe('zh');
    expect(await page.locator('#details .source').first().getAttribute('lang')).toBe('zh');
    const english = page.locator('#details section.translation[data-language="en"]');
    expect(await english.locator('h3').textContent()).toBe('English');
    expect(await english.locator('.source').textContent()).toBe(
      'Open up finance. Allow foreign banks to open branches. Support cross-border payments in the port.',
    );
    expect(await english.locator('.source').getAttribute('lang')).toBe('en');
    await english.getByRole('button', { name: 'Open the English provision' }).click();
    await expect.poll(() => title().textContent()).toBe('Open up finance.');
    const chinese = page.locator('#details section.translation[data-language="zh"]');
    expect(await chinese.locator('h3').textContent()).toBe('中文');
    expect(await chinese.locator('h3').getAttribute('lang')).toBe('zh');
  });

  it('an English measure shows the Chinese measure of the same task key and order under "中文"', async () => {
    await select('measure:guo-han-2021-27:1.2');
    await expect.poll(() => title().textContent()).toBe('Measure 1.2');
    const chinese = page.locator('#details section.translation[data-language="zh"]');
    expect(await chinese.locator('.source').textContent()).toBe('支持港口跨境支付。');
    expect(await chinese.locator('.source').getAttribute('lang')).toBe('zh');
  });

  it('a document shows its language, its addressees (the resolved one as a link to the agency) and its other version', async () => {
    await select(ZH);
    await expect.poll(() => title().textContent()).toBe('国务院关于服务贸易开放试点的批复');
    expect(await row('language').textContent()).toBe('Chinese (zh)');
    expect(await row('addressed to').locator('> span').getAttribute('lang')).toBe('zh');
    expect(await row('addressed to').textContent()).toBe('商务部, 海南省人民政府');
    expect(await row('addressed to').locator('button').allTextContents()).toEqual(['商务部']);
    const english = row('versions').getByRole('button', { name: 'English' });
    await english.click();
    await expect.poll(() => title().textContent()).toBe('Reply of the State Council on the pilot opening-up of trade in services');
    expect(selected()).toBe(WORK);
    await row('versions').getByRole('button', { name: '中文' }).click();
    await expect.poll(selected).toBe(ZH);
    await row('addressed to').getByRole('button', { name: '商务部' }).click();
    await expect.poll(() => title().textContent()).toBe('Ministry of Commerce');
    expect(selected()).toBe(MOFCOM);
  });
});
