import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { PROJECT_ROOT } from '../neo4j/connection-settings.ts';
import { createApp } from '../server/app.ts';
import type { Config } from '../server/config.ts';
import { useServeClient, warmClient } from '../server/static/serve-client.ts';
import { launchChromium } from '../test/e2e/chromium.ts';
import { CHROMIUM_ARGS } from './client.ts';
import type { ScaleMeasurer, ScaleRow } from './corpus-scale.ts';
import { fmt, median } from './stats.ts';

/**
 * The explorer at library scale (issue 12, item 7), measured at each N of section 6 while the graph holds N
 * documents: the library's first render, the lens rendered for the parks with the smallest answers of at least 1,000
 * and 5,000 measures and for the park with the most, and the slowest frame while that lens is zoomed and panned. The explorer is built as shipped and
 * served by the real app (answer cache on, as `npm start`) in this process, to headless Chromium, a fresh browser
 * context per navigation so nothing is cached between them. Times are `performance.now()` in the page (from
 * navigation start) two frames after the awaited elements exist: what a person sees, not when the DOM was touched.
 */
const SECTION = '6. Library at scale';
const VIEWPORT = { width: 1400, height: 900 };
const LENS_SIZES = [1_000, 5_000, Number.POSITIVE_INFINITY];
/** How long each zoom or pan is watched: the explorer's own animations take 200 ms. */
const WATCH_MS = 400;
const SETTLE_MS = 1_000;

interface Served {
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

async function serveExplorer(driver: Driver, config: Config): Promise<Served> {
  const out = mkdtempSync(path.join(tmpdir(), 'bench-client-scale-'));
  await build({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
  // As `npm start` does while starting: the first visits must not pay for compressing the bundle.
  await warmClient(out);
  const server: Server = createServer(createApp({ driver, config, plugins: [useServeClient(out)] }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium({ args: CHROMIUM_ARGS });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    async close() {
      await browser.close();
      server.closeAllConnections();
      server.close();
      rmSync(out, { recursive: true, force: true });
    },
  };
}

async function graphql<T>(base: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** Every park with its lens total (all paths, the explorer's default), so the sizes asked for are found, not guessed. */
async function lensTotals(base: string): Promise<{ id: string; name: string; total: number }[]> {
  const { parks } = await graphql<{ parks: { items: { id: string; name: string }[] } }>(
    base,
    '{ parks(limit: 500) { items { id name } } }',
  );
  const totals = [];
  for (const park of parks.items) {
    const { lens } = await graphql<{ lens: { totalCount: number } }>(base, 'query($p: ID!) { lens(parkId: $p, limit: 1) { totalCount } }', {
      p: park.id,
    });
    totals.push({ ...park, total: lens.totalCount });
  }
  return totals;
}

/**
 * The park whose answer is the smallest of at least `target` measures (the largest there is when none reaches it):
 * "a lens of 5,000 measures" means at least that many, and in a large library the parks jump from hundreds of
 * measures to tens of thousands. `Infinity` picks the park with the most.
 */
function atLeast<T extends { total: number }>(items: T[], target: number): T | undefined {
  const sorted = [...items].sort((a, b) => a.total - b.total);
  return sorted.find((item) => item.total >= target) ?? sorted.at(-1);
}

type View = 'library' | 'lens';

/**
 * Navigates a fresh context and resolves with performance.now() two frames after the view is on screen: the
 * library's first row, or the lens's count and its weighted document edges in the graph.
 */
async function timeNavigation(browser: Browser, url: string, view: View): Promise<{ ms: number; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (which) => {
      const container = document.getElementById('graph') as (HTMLElement & { _cyreg?: { cy?: import('cytoscape').Core } }) | null;
      const cy = container?._cyreg?.cy;
      const ready =
        which === 'library'
          ? document.querySelector('#library-table tbody tr') !== null
          : document.querySelector('#lens-count[data-total]') !== null && !!cy && cy.edges('[type = "MEASURES"]').length > 0;
      if (!ready) return 0;
      return new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
    },
    view,
    { timeout: 60_000, polling: 'raf' },
  );
  if (errors.length > 0) throw new Error(`${url}: page error ${errors[0]}`);
  return { ms: (await handle.jsonValue()) as number, page };
}

/**
 * The page-side frame watcher, as source: tsx compiles named functions with a `__name` helper that does not exist
 * in the page, so a function passed to page.evaluate must not contain any.
 */
const WATCH_FRAMES = `new Promise((resolve) => {
  let worst = 0;
  const start = performance.now();
  let previous = start;
  const frame = (now) => {
    worst = Math.max(worst, now - previous);
    previous = now;
    if (now - start < ${WATCH_MS}) requestAnimationFrame(frame);
    else resolve(worst);
  };
  requestAnimationFrame(frame);
})`;

/** The slowest frame while the toolbar zooms in, zooms out, and the view pans, each watched for WATCH_MS. */
async function slowestFrame(page: Page): Promise<number> {
  const actions: (() => Promise<unknown>)[] = [
    () => page.locator('button[aria-label="Zoom in"]').click(),
    () => page.locator('button[aria-label="Zoom out"]').click(),
    () =>
      page.evaluate(() => {
        const cy = (document.getElementById('graph') as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
        cy.animate({ panBy: { x: 240, y: 120 } }, { duration: 200 });
      }),
  ];
  let slowest = 0;
  for (const act of actions) {
    const watching = page.evaluate<number>(WATCH_FRAMES);
    await act();
    slowest = Math.max(slowest, await watching);
  }
  return slowest;
}

/**
 * The measurer for section 6. `navigations` per figure (median taken); the explorer is built and served once, on
 * the first call, and `close` stops it.
 */
export function clientScaleMeasurer(options: { driver: Driver; config: Config; navigations: number; log: (line: string) => void }): {
  measure: ScaleMeasurer;
  close(): Promise<void>;
} {
  let served: Promise<Served> | undefined;
  const measure: ScaleMeasurer = async (_apiUrl, n) => {
    served ??= serveExplorer(options.driver, options.config);
    const { base, browser } = await served;
    const rows: ScaleRow[] = [];
    const add = (metric: string, value: string, target: string, met: boolean) =>
      rows.push({ section: SECTION, metric: `N = ${n.toLocaleString('en-US')}: ${metric}`, value, target, met });

    const library: number[] = [];
    for (let i = 0; i < options.navigations; i++) {
      const { ms, page } = await timeNavigation(browser, `${base}/?view=library`, 'library');
      library.push(ms);
      await page.context().close();
    }
    const libraryMs = median(library);
    options.log(`  N=${n}: library first render ${fmt(libraryMs)} ms`);
    add(
      'library first render (rows on screen, from navigation start)',
      `${fmt(libraryMs)} ms (median of ${library.length})`,
      '≤ 1,500 ms',
      libraryMs <= 1500,
    );

    const totals = await lensTotals(base);
    const measured = new Set<string>();
    for (const size of LENS_SIZES) {
      const park = atLeast(totals, size);
      // Two sizes that land on one park (a small library) measure it once.
      if (!park || measured.has(park.id)) continue;
      measured.add(park.id);
      const renders: number[] = [];
      let frame = 0;
      for (let i = 0; i < options.navigations; i++) {
        const { ms, page } = await timeNavigation(browser, `${base}/?lens=${encodeURIComponent(park.id)}`, 'lens');
        renders.push(ms);
        // Zooming is timed once the view has settled (its layout animation and the list's last rows), as a person
        // reads the answer before zooming: measured right away, the frame includes that work, not the zoom.
        await page.waitForTimeout(SETTLE_MS);
        frame = Math.max(frame, await slowestFrame(page));
        await page.context().close();
      }
      const renderMs = median(renders);
      const wanted = Number.isFinite(size) ? `the smallest answer of at least ${size.toLocaleString('en-US')}` : 'the largest answer';
      const about = `${park.name}, ${park.total.toLocaleString('en-US')} measures (${wanted})`;
      options.log(`  N=${n}: lens ${about}: rendered ${fmt(renderMs)} ms, slowest zoom/pan frame ${fmt(frame)} ms`);
      add(
        `lens rendered: ${about}, list and graph on screen`,
        `${fmt(renderMs)} ms (median of ${renders.length})`,
        '≤ 1,500 ms',
        renderMs <= 1500,
      );
      add(
        `slowest frame zooming in, out and panning that lens, 1 s after it was drawn (${renders.length} views)`,
        `${fmt(frame)} ms`,
        '≤ 50 ms',
        frame <= 50,
      );
    }
    return rows;
  };
  return {
    measure,
    async close() {
      if (served) await (await served).close();
    },
  };
}
