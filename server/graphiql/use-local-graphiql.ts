import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { chooseEncoding } from '../static/content-encoding.ts';
import { EXPLORER_CSP, formatCsp, pageHeaders } from '../static/content-security-policy.ts';
import { type GraphiQLAssets, loadGraphiQLAssets } from './graphiql-assets.ts';
import { renderGraphiQLPage } from './graphiql-page.ts';

/**
 * The explorer's policy, loosened only where GraphiQL cannot run otherwise (each found in Chromium: drop one
 * and test/e2e/graphiql.test.ts sees the violation). Scripts stay 'self' only, with no 'unsafe-eval', so
 * nothing injected into the page can run code.
 * - style-src 'unsafe-inline': Monaco writes its theme (token colours, icon font) into a <style> element it
 *   creates at run time, with no nonce hook, and React and Monaco set style attributes in markup.
 * - font-src data:: the package's CSS embeds its fonts as data: URIs.
 * - img-src data:: Monaco draws error and warning squiggles as data: SVGs (blob: images are not needed).
 * - worker-src 'self': Monaco's language workers, served as same-origin files instead of blob: URLs.
 */
export const GRAPHIQL_CSP = formatCsp({
  ...EXPLORER_CSP,
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'font-src': "'self' data:",
  'worker-src': "'self'",
});

/**
 * Yoga plugin: GraphiQL at the GraphQL endpoint for browsers (GET or HEAD with Accept: text/html),
 * and its files under `<endpoint>/graphiql/`, all from this app: nothing is fetched from a CDN. Use it with
 * yoga's own `graphiql: false`.
 */
export function useLocalGraphiQL(options: GraphiQLOptions, endpoint = '/graphql'): Plugin {
  const prefix = `${endpoint}/graphiql/`;
  let assets: Promise<GraphiQLAssets> | undefined;
  const load = () => {
    // A failed load (package missing or changed) must be retried on the next request, not cached.
    assets ??= loadGraphiQLAssets(prefix).catch((error: unknown) => {
      assets = undefined;
      throw error;
    });
    return assets;
  };
  return {
    async onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const head = request.method === 'HEAD';
      // The same test as yoga's own GraphiQL: a browser asks for HTML; GraphQL clients ask for JSON.
      if (url.pathname === endpoint && request.headers.get('accept')?.includes('text/html')) {
        const page = renderGraphiQLPage({ endpoint, ...options }, await load());
        endResponse(new Response(head ? null : page, { headers: pageHeaders(GRAPHIQL_CSP) }));
      } else if (url.pathname.startsWith(prefix)) {
        const file = (await load()).files.get(url.pathname);
        if (!file) return endResponse(new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        const gzipped = file.gzip && chooseEncoding(request.headers.get('accept-encoding'), ['gzip']) === 'gzip';
        const body = gzipped ? file.gzip! : file.body;
        const headers = {
          'content-type': file.type,
          'content-length': String(body.length),
          ...(gzipped ? { 'content-encoding': 'gzip' } : {}),
          ...(file.gzip ? { vary: 'Accept-Encoding' } : {}),
          // The name carries a hash of the content: a new version is a new URL.
          'cache-control': 'public, max-age=31536000, immutable',
          'x-content-type-options': 'nosniff',
        };
        endResponse(new Response(head ? null : body, { headers }));
      }
    },
  };
}
