import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { PROJECT_ROOT } from '../neo4j/connection-settings.ts';
import { createApp } from '../server/app.ts';
import type { Config } from '../server/config.ts';
import { useServeClient, warmClient } from '../server/static/serve-client.ts';
import { launchChromium } from '../test/e2e/chromium.ts';

/**
 * Section 4: the explorer as shipped. Built with the project's vite.config.ts into a temporary folder
 * (never client/dist, which others may be serving), measured gzipped, then served by the real app
 * (API + explorer on one port, as `npm start`) to headless Chromium. Layout times come from a bench
 * page (bench/layout-page/) that drives the explorer's own graph module on synthetic graphs.
 */
export interface ClientBench {
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  firstGraphMs: number[];
  /** layoutMs: until the laid-out graph is drawn; stopMs: until fcose's layoutstop. */
  layouts: { size: number; stopMs: number; layoutMs: number; longestBlockMs: number; frameAfterZoomMs: number; nodes: number }[];
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--headless=new'];

function sizes(dir: string, extension: string): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const file = path.join(d, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith(extension)) {
        const bytes = readFileSync(file);
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
      }
    }
  };
  walk(dir);
  return { raw, gzip };
}

async function serve(app: Parameters<typeof createServer>[1]): Promise<{ server: Server; base: string }> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function runClientBench(options: {
  driver: Driver;
  config: Config;
  navigations: number;
  layoutSizes: number[];
  log: (line: string) => void;
}): Promise<ClientBench> {
  const out = mkdtempSync(path.join(tmpdir(), 'bench-client-'));
  const dist = path.join(out, 'explorer');
  const layoutDist = path.join(out, 'layout');
  let browser: Browser | undefined;
  const servers: Server[] = [];
  try {
    await build({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
    await build({
      configFile: false,
      root: path.join(import.meta.dirname, 'layout-page'),
      logLevel: 'warn',
      build: { outDir: layoutDist, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
    });
    const js = sizes(dist, '.js');
    const css = sizes(dist, '.css');
    // The server compresses each file once (brotli at its best quality: ~2 s of CPU per 600 KB bundle). `npm start`
    // does that while it starts, before anyone can visit; here it would run during the first navigations.
    await Promise.all([warmClient(dist), warmClient(layoutDist)]);

    const explorer = await serve(createApp({ driver: options.driver, config: options.config, plugins: [useServeClient(dist)] }));
    const layout = await serve(createApp({ driver: options.driver, config: options.config, plugins: [useServeClient(layoutDist)] }));
    servers.push(explorer.server, layout.server);
    browser = await launchChromium({ args: CHROMIUM_ARGS });

    // Navigation → first rendered graph: Cytoscape holds nodes and two frames have been drawn since.
    // performance.now() in the page counts from navigation start.
    const firstGraphMs: number[] = [];
    for (let i = 0; i < options.navigations; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(explorer.base, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(
        () => {
          const container = document.getElementById('graph') as
            | (HTMLElement & { _cyreg?: { cy?: { nodes(): { length: number } } } })
            | null;
          const cy = container?._cyreg?.cy;
          if (!cy || cy.nodes().length === 0) return 0;
          return new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
        },
        undefined,
        { timeout: 30_000, polling: 'raf' },
      );
      firstGraphMs.push((await handle.jsonValue()) as number);
      await context.close();
    }

    const layouts: ClientBench['layouts'] = [];
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(layout.base, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof window.benchLayout === 'function');
    for (const size of options.layoutSizes) {
      const result = await page.evaluate((n) => window.benchLayout(n), size);
      layouts.push({ ...result, nodes: Math.round(size * 0.4) });
      options.log(
        `  layout ${size} elements: drawn at ${result.layoutMs.toFixed(0)} ms (layoutstop ${result.stopMs.toFixed(0)} ms, longest block ${result.longestBlockMs.toFixed(0)} ms, slowest zoom frame ${result.frameAfterZoomMs.toFixed(0)} ms)`,
      );
    }
    await context.close();
    return { js, css, firstGraphMs, layouts };
  } finally {
    await browser?.close();
    for (const server of servers) {
      server.closeAllConnections();
      server.close();
    }
    rmSync(out, { recursive: true, force: true });
  }
}
