import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import { isCompressible } from '../static/content-encoding.ts';

/**
 * GraphiQL's files, served by the app instead of a CDN so the page works offline and under a CSP with no
 * third-party origin. `@graphql-yoga/render-graphiql` ships them as strings (its own renderer inlines all
 * 9 MB into one page and starts Monaco's workers from blob: URLs, which would need 'unsafe-inline' scripts
 * and blob: workers); here each becomes a file whose name carries a hash of its content, so it can be cached
 * for a year and a new version is a new URL.
 */
export interface GraphiQLAsset {
  body: Uint8Array<ArrayBuffer>;
  type: string;
  /** The gzip form of a text file: 8.8 MB of GraphiQL is about 1.9 MB gzipped, which matters off loopback. */
  gzip?: Uint8Array<ArrayBuffer>;
}

const gzipAsync = promisify(gzip);

export interface GraphiQLAssets {
  /** Path (under the prefix) → file. */
  files: Map<string, GraphiQLAsset>;
  /** What the page links: its script, style, icon and our boot script. */
  urls: { js: string; css: string; favicon: string; boot: string };
  /** Monaco worker label → URL (the labels Monaco passes to MonacoEnvironment.getWorkerUrl). */
  workers: Record<string, string>;
}

const JS = 'text/javascript; charset=utf-8';
const BOOT_SCRIPT = path.join(import.meta.dirname, 'graphiql-boot.js');

/** `data:image/x-icon;base64,…` → its bytes and type; the package ships its favicon that way. */
function fromDataUri(uri: string): GraphiQLAsset {
  const match = /^data:([^;,]+);base64,(.*)$/s.exec(uri);
  if (!match) throw new Error('@graphql-yoga/render-graphiql changed its favicon format; update server/graphiql/graphiql-assets.ts.');
  return { type: match[1]!, body: new Uint8Array(Buffer.from(match[2]!, 'base64')) };
}

/** Loads the package (about 0.5 s to parse its 9 MB), so callers do it on the first GraphiQL request only. */
export async function loadGraphiQLAssets(prefix: string): Promise<GraphiQLAssets> {
  const bundle = await import('@graphql-yoga/render-graphiql/graphiql');
  const files = new Map<string, GraphiQLAsset>();
  const add = (name: string, extension: string, asset: GraphiQLAsset): string => {
    const hash = createHash('sha256').update(asset.body).digest('hex').slice(0, 12);
    const url = `${prefix}${name}-${hash}${extension}`;
    files.set(url, asset);
    return url;
  };
  const encoder = new TextEncoder();
  const text = (content: string, type: string): GraphiQLAsset => ({ body: encoder.encode(content), type });
  const urls = {
    js: add('graphiql', '.js', text(bundle.js, JS)),
    css: add('graphiql', '.css', text(bundle.css, 'text/css; charset=utf-8')),
    favicon: add('favicon', '.ico', fromDataUri(bundle.favicon)),
    boot: add('boot', '.js', { body: new Uint8Array(await readFile(BOOT_SCRIPT)), type: JS }),
  };
  const workers = {
    editorWorkerService: add('editor.worker', '.js', text(bundle.editorWorkerService, JS)),
    json: add('json.worker', '.js', text(bundle.jsonWorker, JS)),
    graphql: add('graphql.worker', '.js', text(bundle.graphqlWorker, JS)),
  };
  // Once per process, on libuv's thread pool (about 0.2 s for the 5 MB script), while the first page loads.
  await Promise.all(
    [...files.values()]
      .filter((asset) => isCompressible(asset.type))
      .map(async (asset) => {
        asset.gzip = new Uint8Array(await gzipAsync(asset.body, { level: constants.Z_BEST_SPEED + 5 }));
      }),
  );
  return { files, urls, workers };
}
