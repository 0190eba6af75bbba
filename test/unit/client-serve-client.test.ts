import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../server/static/content-encoding.ts';
import { CONTENT_SECURITY_POLICY, serveClient, warmClient } from '../../server/static/serve-client.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'client-dist-'));
mkdirSync(path.join(dist, 'assets'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><script type="module" src="/assets/index-abc.js"></script>');
writeFileSync(path.join(dist, 'assets/index-abc.js'), 'console.log(1)');
writeFileSync(path.join(tmpdir(), 'secret.txt'), 'secret');
// A bundle-like script big enough that compression pays, and a PNG (already compressed: sent as is).
const BUNDLE = Array.from({ length: 400 }, (_, i) => `export function f${i}(x) { return x.map((y) => y * ${i}); }`).join('\n');
writeFileSync(path.join(dist, 'assets/index-def.js'), BUNDLE);
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(4096, 7)]);
writeFileSync(path.join(dist, 'assets/logo-abc.png'), PNG);
afterAll(() => rmSync(dist, { recursive: true, force: true }));
// Brotli is added in the background once gzip is ready; warming waits for both (as a server does at start).
beforeAll(() => warmClient(dist));

const get = (p: string, method = 'GET', headers: Record<string, string> = {}) =>
  serveClient(new Request(`http://127.0.0.1${p}`, { method, headers }), dist);
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());
// What Chromium sends; Node's own fetch sends no Accept-Encoding to serveClient in these tests.
const BROWSER = { 'accept-encoding': 'gzip, deflate, br, zstd' };

describe('serveClient', () => {
  it('serves the page with a strict CSP and no caching', async () => {
    const response = (await get('/'))!;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('/assets/index-abc.js');
  });

  it('caches hashed assets for a year', async () => {
    const response = (await get('/assets/index-abc.js'))!;
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('falls back to the page for deep links and 404s missing files', async () => {
    expect((await get('/park/haidian?node=x'))!.headers.get('content-type')).toMatch(/^text\/html/);
    expect((await get('/assets/missing.js'))!.status).toBe(404);
  });

  it('leaves API paths and non-GET requests to the API', async () => {
    expect(await get('/graphql')).toBeNull();
    expect(await get('/health')).toBeNull();
    expect(await get('/ready')).toBeNull();
    expect(await get('/', 'POST')).toBeNull();
  });

  it('never reads outside dist', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = (await get(p))!;
      expect(await response.text()).not.toBe('secret');
    }
  });

  it('answers HEAD without a body', async () => {
    const response = (await get('/', 'HEAD'))!;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('sends brotli to a browser that accepts it, and the bytes decompress to the file', async () => {
    const response = (await get('/assets/index-def.js', 'GET', BROWSER))!;
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    const body = await bytes(response);
    expect(Number(response.headers.get('content-length'))).toBe(body.length);
    expect(body.length).toBeLessThan(BUNDLE.length / 4);
    expect(brotliDecompressSync(body).toString()).toBe(BUNDLE);
  });

  it('falls back to gzip when brotli is not accepted', async () => {
    for (const accept of ['gzip, deflate', 'gzip, br;q=0', 'br;q=0.5, gzip;q=0.9']) {
      const response = (await get('/assets/index-def.js', 'GET', { 'accept-encoding': accept }))!;
      expect(response.headers.get('content-encoding'), accept).toBe('gzip');
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      expect(gunzipSync(await bytes(response)).toString()).toBe(BUNDLE);
    }
  });

  it('sends the plain file without Accept-Encoding, still saying that the answer varies with it', async () => {
    for (const headers of [{} as Record<string, string>, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0' }]) {
      const response = (await get('/assets/index-def.js', 'GET', headers))!;
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      expect((await bytes(response)).toString()).toBe(BUNDLE);
    }
  });

  it('compresses the page too, keeping its CSP', async () => {
    const response = (await get('/park/haidian', 'GET', BROWSER))!;
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    const encoding = response.headers.get('content-encoding');
    const body = await bytes(response);
    // The test page is tiny: whichever form is smaller is sent, and it always reads back as the page.
    const page = encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;
    expect(page.toString()).toContain('/assets/index-abc.js');
  });

  it('never compresses what is compressed already (PNG)', async () => {
    const response = (await get('/assets/logo-abc.png', 'GET', BROWSER))!;
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect((await bytes(response)).equals(PNG)).toBe(true);
  });

  it('answers HEAD with the headers GET would send, for the encoding asked for', async () => {
    const got = (await get('/assets/index-def.js', 'GET', BROWSER))!;
    const head = (await get('/assets/index-def.js', 'HEAD', BROWSER))!;
    expect(head.status).toBe(200);
    expect(head.headers.get('content-encoding')).toBe('br');
    expect(head.headers.get('vary')).toBe('Accept-Encoding');
    expect(head.headers.get('content-length')).toBe(got.headers.get('content-length'));
    expect(await head.text()).toBe('');
  });

  it('serves a rebuilt file, not the bytes compressed before', async () => {
    const file = path.join(dist, 'assets/app.css');
    writeFileSync(file, 'body { color: red; }\n'.repeat(200));
    await warmClient(dist);
    const before = (await get('/assets/app.css', 'GET', BROWSER))!;
    expect(brotliDecompressSync(await bytes(before)).toString()).toContain('red');
    writeFileSync(file, 'body { color: blue; }\n'.repeat(200));
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    // Straight after the rebuild brotli may still be running: the answer is gzip then, never the old bytes.
    const after = (await get('/assets/app.css', 'GET', BROWSER))!;
    const encoding = after.headers.get('content-encoding');
    expect(['br', 'gzip']).toContain(encoding);
    const body = await bytes(after);
    expect((encoding === 'br' ? brotliDecompressSync(body) : gunzipSync(body)).toString()).toContain('blue');
    await warmClient(dist);
    const later = (await get('/assets/app.css', 'GET', BROWSER))!;
    expect(later.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(await bytes(later)).toString()).toContain('blue');
  });

  it('sends gzip while brotli is still being made, so no visitor waits for it', async () => {
    // 600 KB of varied identifiers, like the real bundle: brotli's best quality takes seconds, gzip milliseconds.
    let seed = 1;
    const word = () => {
      seed = (seed * 48271) % 2147483647;
      return (seed % 1e6).toString(36);
    };
    const big = Array.from({ length: 30_000 }, () => `let ${word()}=${word()}(${word()});`).join('\n');
    const file = path.join(dist, 'assets/fresh-abc.js');
    writeFileSync(file, big);
    const first = (await get('/assets/fresh-abc.js', 'GET', BROWSER))!;
    expect(first.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytes(first)).toString()).toBe(big);
  });
});

describe('chooseEncoding', () => {
  const both = ['br', 'gzip'] as const;
  it('prefers brotli, then gzip, then identity, as the header allows', () => {
    expect(chooseEncoding('gzip, deflate, br', both)).toBe('br');
    expect(chooseEncoding('gzip, deflate', both)).toBe('gzip');
    expect(chooseEncoding('deflate', both)).toBe('identity');
    expect(chooseEncoding(null, both)).toBe('identity');
    expect(chooseEncoding('', both)).toBe('identity');
    expect(chooseEncoding('gzip, br', ['gzip'])).toBe('gzip');
    expect(chooseEncoding('gzip, br', [])).toBe('identity');
  });

  it('honours q-values, q=0 refusals, `*` and identity weights, ignoring case and spaces', () => {
    expect(chooseEncoding('br;q=0.5, gzip;q=0.9', both)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip', both)).toBe('gzip');
    expect(chooseEncoding('BR ; Q=1 , GZIP', both)).toBe('br');
    expect(chooseEncoding('*', both)).toBe('br');
    expect(chooseEncoding('*;q=0', both)).toBe('identity');
    expect(chooseEncoding('gzip;q=0, *', both)).toBe('br');
    expect(chooseEncoding('br;q=0.5', both)).toBe('br');
    expect(chooseEncoding('identity, br;q=0.5', both)).toBe('identity');
    expect(chooseEncoding('br;q=nonsense, gzip', both)).toBe('gzip');
    expect(chooseEncoding('gzip;q=0, gzip', both)).toBe('gzip');
  });

  it('sends the plain bytes when every coding we have is refused, identity included, rather than a 406', () => {
    expect(chooseEncoding('identity;q=0', both)).toBe('identity');
    expect(chooseEncoding('*;q=0, deflate', both)).toBe('identity');
  });

  it('answers any header, however malformed, with one of the codings offered (never throws)', () => {
    const token = fc.constantFrom(
      'br',
      'gzip',
      'identity',
      '*',
      'deflate',
      ';',
      'q',
      '=',
      '0',
      '0.5',
      '1',
      ',',
      ' ',
      '\t',
      '"',
      '\\',
      'é',
      '(',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 16 }), fc.subarray(['br', 'gzip'] as const), (parts, available) => {
        const chosen = chooseEncoding(parts.join(''), available);
        expect(chosen === 'identity' || available.includes(chosen)).toBe(true);
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });
});
