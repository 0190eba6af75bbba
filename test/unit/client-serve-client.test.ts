import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, serveClient } from '../../server/static/serve-client.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'client-dist-'));
mkdirSync(path.join(dist, 'assets'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><script type="module" src="/assets/index-abc.js"></script>');
writeFileSync(path.join(dist, 'assets/index-abc.js'), 'console.log(1)');
writeFileSync(path.join(tmpdir(), 'secret.txt'), 'secret');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const get = (p: string, method = 'GET') => serveClient(new Request(`http://127.0.0.1${p}`, { method }), dist);

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
});
