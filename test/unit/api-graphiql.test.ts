import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { renderGraphiQLPage } from '../../server/graphiql/graphiql-page.ts';
import { GRAPHIQL_CSP } from '../../server/graphiql/use-local-graphiql.ts';
import { GRAPHIQL_TABS } from '../../server/graphiql-examples.ts';
import { fakeDriver } from './api-fake-driver.ts';

/** GraphiQL served by the app: the page, its files, and what it leaves to the API. The browser side is test/e2e/graphiql.test.ts. */
const app = createApp({ driver: fakeDriver(() => []).driver, config: loadConfig({ API_CACHE_MB: '0' }) });
const get = (path: string, accept = 'text/html', method = 'GET', encoding = '') =>
  app.fetch(`http://localhost${path}`, { method, headers: { accept, 'accept-encoding': encoding } });

/** The options the page hands to the boot script, read back the way the browser reads them. */
function configOf(html: string): {
  options: { title: string; endpoint: string; defaultTabs: { query: string }[] };
  workers: Record<string, string>;
} {
  const block = /<script type="application\/json" id="graphiql-config">(.*?)<\/script>/s.exec(html);
  expect(block).not.toBeNull();
  return JSON.parse(block![1]!);
}

describe('GraphiQL page', () => {
  it('is served at /graphql to browsers under its CSP, with no inline script and only same-origin files', async () => {
    const response = await get('/graphql');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(GRAPHIQL_CSP);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const html = await response.text();
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
    expect(scripts.filter((attributes) => !/\bsrc="|type="application\/json"/.test(attributes))).toEqual([]);
    const links = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBe(4);
    for (const link of links) expect(link).toMatch(/^\/graphql\/graphiql\//);
    const { options, workers } = configOf(html);
    expect(options.title).toBe('Policy graph API');
    expect(options.endpoint).toBe('/graphql');
    expect(options.defaultTabs).toEqual(GRAPHIQL_TABS);
    expect(Object.keys(workers).sort()).toEqual(['editorWorkerService', 'graphql', 'json']);
  });

  it('serves every file the page names, typed, cacheable for a year, and 404s anything else under its prefix', async () => {
    const html = await (await get('/graphql')).text();
    const urls = [...[...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!), ...Object.values(configOf(html).workers)];
    for (const url of urls) {
      const response = await get(url, '*/*');
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toMatch(
        url.endsWith('.js') ? /^text\/javascript/ : url.endsWith('.css') ? /^text\/css/ : /^image\//,
      );
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(Number(response.headers.get('content-length'))).toBe((await response.arrayBuffer()).byteLength);
    }
    expect((await get('/graphql/graphiql/graphiql-000000000000.js', '*/*')).status).toBe(404);
    // Off loopback 8.8 MB matters: text files go out gzipped to a browser that accepts it.
    const plain = await get(configOf(html).workers.graphql!, '*/*');
    const zipped = await get(configOf(html).workers.graphql!, '*/*', 'GET', 'gzip, deflate, br');
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
    expect(Number(zipped.headers.get('content-length'))).toBeLessThan(Number(plain.headers.get('content-length')) / 2);
    expect(plain.headers.get('content-encoding')).toBeNull();
    const head = await get(urls[0]!, '*/*', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('leaves GraphQL requests to the API', async () => {
    const response = await app.fetch('http://localhost/graphql?query=%7B__typename%7D', { headers: { accept: 'application/json' } });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('keeps options that contain markup inside their data block', () => {
    const hostile = { title: '</title><script>alert(1)</script>', defaultTabs: [{ query: '# </script><script>alert(2)</script>' }] };
    const html = renderGraphiQLPage(hostile, { urls: { js: '/a.js', css: '/a.css', favicon: '/a.ico', boot: '/b.js' }, workers: {} });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(configOf(html).options).toEqual(hostile);
  });
});
