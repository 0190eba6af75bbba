import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GRAPHIQL_CSP } from '../../server/graphiql/use-local-graphiql.ts';
import { seedAndLaunch } from './explorer-page.ts';

/**
 * GraphiQL as a developer meets it with no network at all: every request to another origin is refused, yet
 * the editor opens, its default tab (the Haidian Park question) runs, and the result pane shows the seeded
 * document's answer. Nothing breaks the page's CSP, in the page or in Monaco's workers.
 */
const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await seedAndLaunch();
});
afterAll(async () => browser?.close());

/** The lines Monaco shows (it draws spaces as U+00A0), trimmed. */
const linesOf = (editor: Locator) =>
  editor.locator('.view-line').evaluateAll((lines) => lines.map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ').trim()));

interface Row {
  via: string;
  task: { number: number };
  measure: { id: string };
}

describe('GraphiQL', () => {
  it('runs offline from the app’s own files, under its CSP, and answers the default tab’s query', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(20_000);
    const elsewhere: string[] = [];
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        elsewhere.push(route.request().url());
        return route.abort('internetdisconnected');
      },
    );
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // CSP violations are reported as console errors, in the page and in each worker.
    const onConsole = (where: string) => (message: { type(): string; text(): string }) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${where}: ${message.text().slice(0, 300)}`);
    };
    page.on('console', onConsole('console'));
    const workers: string[] = [];
    page.on('worker', (worker) => {
      workers.push(new URL(worker.url()).pathname);
      worker.on('console', onConsole(`worker ${worker.url()}`));
    });

    const response = await page.goto(`${baseURL}/graphql`);
    expect(response!.headers()['content-security-policy']).toBe(GRAPHIQL_CSP);
    expect(await page.locator('script:not([src]):not([type="application/json"])').count()).toBe(0);

    const editor = page.locator('.graphiql-query-editor .monaco-editor');
    await editor.waitFor({ timeout: 30_000 });
    await expect.poll(() => linesOf(editor)).toContain('query MeasuresAffectingHaidianPark {');
    const tabs = await page.locator('.graphiql-tab .graphiql-tab-button').allTextContents();
    expect(tabs.map((t) => t.trim())).toEqual([
      'MeasuresAffectingHaidianPark',
      'LensHaidianArtificialIntelligence',
      'Search',
      'Neighborhood',
      'Parks',
      'Path',
    ]);

    const answered = page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') &&
        r.request().method() === 'POST' &&
        (r.request().postData() ?? '').includes('MeasuresAffectingHaidianPark'),
    );
    await page.locator('button[aria-label^="Execute query"]').click();
    const body = (await (await answered).json()) as { data: { measuresAffectingPark: Row[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const rows = body.data.measuresAffectingPark;
    // The shipped document's answer, as the explorer's lens shows it: tasks 13, 10 and 20.
    expect(rows.map((r) => r.task.number)).toEqual(expect.arrayContaining([13, 10, 20]));
    expect(new Set(rows.map((r) => r.via))).toEqual(new Set(['TASK_CONTEXT', 'PARENT_ZONE']));
    const pane = page.locator('.graphiql-response .monaco-editor');
    await expect.poll(() => linesOf(pane)).toContain('"measuresAffectingPark": [');
    expect(await linesOf(pane)).toContain(`"id": "${rows[0]!.measure.id}",`);

    // The schema-aware checks run in Monaco's GraphQL worker, served by the app (not from a blob: URL), and an
    // unknown field gets its squiggle (drawn as a data: SVG, which is why img-src allows data:).
    await editor.locator('.view-line span', { hasText: /^alsoVia$/ }).dblclick();
    await page.keyboard.type('notAField');
    await expect.poll(() => editor.locator('.squiggly-error').count()).toBeGreaterThan(0);
    expect(workers).toContainEqual(expect.stringMatching(/graphql\.worker/));
    for (const worker of workers) expect(worker).toMatch(/^\/graphql\/graphiql\/[a-z.]+worker-[0-9a-f]{12}\.js$/);
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
