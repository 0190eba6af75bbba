import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { createFileStore, type FileStore, type StoredFile } from './compressed-files.ts';
import { type Coding, chooseEncoding, isCompressible } from './content-encoding.ts';
import { pageHeaders } from './content-security-policy.ts';

export { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

/**
 * Serves the built explorer (client/dist, made by `vite build`) at `/`, beside the API on the same port.
 * Hashed files under /assets are cached for a year; the page itself is never cached (it names the current
 * hashes) and carries a strict Content-Security-Policy: the explorer uses no inline script or style.
 * Text files go out brotli- or gzip-encoded when the browser accepts it (600 KB of JS is 155 KB as brotli,
 * 184 KB as gzip), compressed once per file version and kept in memory (compressed-files.ts).
 */
export const CLIENT_DIST = path.resolve(import.meta.dirname, '../../client/dist');

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

/** One store per dist folder, so every app serving that folder shares its compressed bytes. */
const stores = new Map<string, FileStore>();
function storeFor(dist: string): FileStore {
  let store = stores.get(dist);
  if (!store) {
    store = createFileStore();
    stores.set(dist, store);
  }
  return store;
}

const typeOf = (file: string) => TYPES[path.extname(file)] ?? 'application/octet-stream';

/**
 * The response for one file, in the encoding the request accepts. `Vary: Accept-Encoding` goes on every
 * compressible answer, identity ones included, so a shared cache never hands brotli to a client that did
 * not ask for it. HEAD gets the same headers (Content-Encoding and Content-Length of what GET would send).
 */
function fileResponse(request: Request, file: StoredFile, headers: Record<string, string>): Response {
  const codings = Object.keys(file.encoded) as Coding[];
  const coding = chooseEncoding(request.headers.get('accept-encoding'), codings);
  const bytes = coding === 'identity' ? file.bytes : file.encoded[coding]!;
  const out: Record<string, string> = { ...headers, 'content-length': String(bytes.length) };
  if (isCompressible(headers['content-type'] ?? '')) out.vary = 'Accept-Encoding';
  if (coding !== 'identity') out['content-encoding'] = coding;
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), { headers: out });
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

  const store = storeFor(dist);
  if (path.extname(target) && path.basename(target) !== 'index.html') {
    const type = typeOf(target);
    const content = await store.get(target, isCompressible(type));
    if (!content) return new Response('Not found', { status: 404, headers: { 'content-type': TYPES['.txt']! } });
    const hashed = pathname.startsWith('/assets/');
    return fileResponse(request, content, {
      'content-type': type,
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
  }
  const index = await store.get(path.join(dist, 'index.html'), true);
  if (!index) return new Response(request.method === 'HEAD' ? null : NOT_BUILT, { status: 503, headers: pageHeaders() });
  return fileResponse(request, index, pageHeaders());
}

/**
 * Reads and compresses every file of dist in the background, so visitors right after a start get brotli
 * rather than gzip; settles when every coding of every file is done. Best effort: a missing dist (explorer
 * not built) or a file that vanishes is skipped.
 */
export async function warmClient(dist = CLIENT_DIST): Promise<void> {
  const store = storeFor(dist);
  let names: string[];
  try {
    names = await readdir(dist, { recursive: true });
  } catch {
    return;
  }
  const files = names.map((name) => path.join(dist, name));
  await Promise.all(files.map(async (file) => (await store.get(file, isCompressible(typeOf(file))))?.complete));
}

/** Yoga plugin: `plugins: [useServeClient()]` serves the explorer on the API's port. */
export function useServeClient(dist = CLIENT_DIST): Plugin {
  void warmClient(dist);
  return {
    async onRequest({ request, endResponse }) {
      const response = await serveClient(request, dist);
      if (response) endResponse(response);
    },
  };
}
