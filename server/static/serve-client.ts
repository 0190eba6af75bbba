import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';

/**
 * Serves the built explorer (client/dist, made by `vite build`) at `/`, beside the API on the same port.
 * Hashed files under /assets are cached for a year; the page itself is never cached (it names the current
 * hashes) and carries a strict Content-Security-Policy: the explorer uses no inline script or style.
 */
export const CLIENT_DIST = path.resolve(import.meta.dirname, '../../client/dist');

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Paths that belong to the API, never to the page. */
const API_PATHS = ['/graphql', '/health', '/ready'];

const NOT_BUILT = `<!doctype html><title>Explorer not built</title>
<p>The API is running, but the explorer page has not been built yet. Run <code>npx vite build</code> and reload.</p>`;

async function file(p: string): Promise<Buffer | null> {
  try {
    return (await stat(p)).isFile() ? await readFile(p) : null;
  } catch {
    return null;
  }
}

function pageHeaders(): Record<string, string> {
  return {
    'content-type': TYPES['.html']!,
    'cache-control': 'no-cache',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}

/**
 * Answers a GET/HEAD for the explorer, or returns null to let the API handle the request.
 * Unknown paths without a file extension get index.html (deep links like /?node=… or /park/x);
 * unknown files get a 404 rather than a page that would fail to parse as script.
 */
export async function serveClient(request: Request, dist = CLIENT_DIST): Promise<Response | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const url = new URL(request.url);
  if (API_PATHS.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`))) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return new Response('Bad path', { status: 400 });
  }
  const target = path.resolve(dist, `.${path.posix.normalize(pathname)}`);
  // Never outside dist, whatever ../ or encoded tricks the path holds.
  if (target !== dist && !target.startsWith(dist + path.sep)) return new Response('Not found', { status: 404 });
  const body = (a: Buffer) => (request.method === 'HEAD' ? null : new Uint8Array(a));

  const extension = path.extname(target);
  if (extension && path.basename(target) !== 'index.html') {
    const content = await file(target);
    if (!content) return new Response('Not found', { status: 404, headers: { 'content-type': TYPES['.txt']! } });
    const hashed = pathname.startsWith('/assets/');
    return new Response(body(content), {
      headers: {
        'content-type': TYPES[extension] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
      },
    });
  }
  const index = await file(path.join(dist, 'index.html'));
  if (!index) return new Response(request.method === 'HEAD' ? null : NOT_BUILT, { status: 503, headers: pageHeaders() });
  return new Response(body(index), { headers: pageHeaders() });
}

/** Yoga plugin: `plugins: [useServeClient()]` serves the explorer on the API's port. */
export function useServeClient(dist = CLIENT_DIST): Plugin {
  return {
    async onRequest({ request, endResponse }) {
      const response = await serveClient(request, dist);
      if (response) endResponse(response);
    },
  };
}
