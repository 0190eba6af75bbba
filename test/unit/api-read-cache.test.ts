import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../neo4j/connection-settings.ts';
import { loadConfig } from '../../server/config.ts';
import { answerBytes } from '../../server/db/answer-bytes.ts';
import { ReadCache } from '../../server/db/read-cache.ts';

const MB = 1024 * 1024;
/** What one entry costs in the cache: its key, its version and its rows (ReadCache's sizeCalculation). */
const cost = (key: string, version: string, rows: unknown) => answerBytes(key) + answerBytes(version) + answerBytes(rows);

describe('ReadCache: answers per graph version, least recently used out first', () => {
  it('answers only at the version the rows were read at, and forgets them once the graph has moved on', () => {
    const cache = new ReadCache(MB);
    cache.set('q', 'v1', [1]);
    expect(cache.get('q', 'v1')).toEqual([1]);
    expect(cache.get('q', 'v2')).toBeUndefined();
    expect(cache.get('q', 'v1')).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it('evicts the least recently used entry when the next one does not fit', () => {
    const budget = cost('a', 'v', ['a']) * 2;
    const cache = new ReadCache(budget);
    cache.set('a', 'v', ['a']);
    cache.set('b', 'v', ['b']);
    expect(cache.get('a', 'v')).toEqual(['a']);
    cache.set('c', 'v', ['c']);
    expect(cache.get('b', 'v')).toBeUndefined();
    expect(cache.get('a', 'v')).toEqual(['a']);
    expect(cache.get('c', 'v')).toEqual(['c']);
    expect(cache.bytes).toBe(budget);
  });
});

describe('ReadCache: bounded by bytes, not by entries', () => {
  // Padded, so every small answer and its key cost exactly the same.
  const n = (i: number) => String(i).padStart(3, '0');
  const small = (i: number) => [{ id: `park:${n(i)}`, name: `Park ${n(i)}` }];

  it('counts what the answers hold: one answer with a document text pushes out as many small ones as its bytes need', () => {
    const budget = 48 * 1024;
    const cache = new ReadCache(budget);
    for (let i = 0; i < 100; i++) cache.set(`small-${n(i)}`, 'v', small(i));
    expect(cache.size).toBe(100);
    const smallBytes = cost('small-000', 'v', small(0));
    expect(cache.bytes).toBe(100 * smallBytes);
    // The oldest small answers are read again, so they are the most recently used when the big one comes.
    for (let i = 0; i < 10; i++) expect(cache.get(`small-${n(i)}`, 'v')).toBeDefined();

    const big = [{ id: 'document:a', text: 'x'.repeat(20_000) }];
    const bigBytes = cost('big', 'v', big);
    expect(bigBytes).toBeGreaterThan(40_000);
    cache.set('big', 'v', big);

    expect(cache.get('big', 'v')).toBe(big);
    expect(cache.bytes).toBeLessThanOrEqual(budget);
    // Exactly as many small answers left as the big one needed room for, least recently used first.
    const evicted = 100 - (cache.size - 1);
    expect(evicted).toBeGreaterThan(10);
    expect(evicted).toBe(Math.ceil((100 * smallBytes + bigBytes - budget) / smallBytes));
    for (let i = 0; i < 10; i++) expect(cache.get(`small-${n(i)}`, 'v'), `recently used small-${i}`).toBeDefined();
    for (let i = 10; i < 10 + evicted; i++) expect(cache.get(`small-${n(i)}`, 'v'), `least recently used small-${i}`).toBeUndefined();
    for (let i = 10 + evicted; i < 100; i++) expect(cache.get(`small-${n(i)}`, 'v')).toBeDefined();
  });

  it('keeps an answer larger than the whole budget out, and every other answer in', () => {
    const cache = new ReadCache(16 * 1024);
    for (let i = 0; i < 20; i++) cache.set(`small-${n(i)}`, 'v', small(i));
    const before = cache.bytes;
    cache.set('huge', 'v', [{ id: 'document:b', text: 'y'.repeat(10_000) }]);
    expect(cache.get('huge', 'v')).toBeUndefined();
    expect(cache.size).toBe(20);
    expect(cache.bytes).toBe(before);
  });
});

describe('answerBytes: a cheap estimate that errs high', () => {
  it('counts two bytes a character, whatever the script, and a header for every value', () => {
    expect(answerBytes('')).toBe(16);
    expect(answerBytes('abc')).toBe(16 + 6);
    expect(answerBytes('海淀园')).toBe(16 + 6);
    expect(answerBytes(null)).toBe(16);
    expect(answerBytes(3.5)).toBe(16);
    expect(answerBytes([])).toBe(32);
    expect(answerBytes([1, 'ab'])).toBe(32 + 8 + 16 + 8 + 20);
    expect(answerBytes({ id: 'ab', n: 1, nested: { ok: true } })).toBe(32 + (8 + 20) + (8 + 16) + (8 + 32 + 8 + 16));
  });

  it('is never below the JSON text of typical rows, and costs no more for a 10 MB text than for a short one', () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({
      id: `measure:doc:${i}.2`,
      text: `Measure ${i} applies in the park.`,
      order: i,
      start: i,
      end: i + 30,
    }));
    expect(answerBytes(rows)).toBeGreaterThan(Buffer.byteLength(JSON.stringify(rows)));
    const text = 'z'.repeat(10 * MB);
    expect(answerBytes([{ id: 'document:c', text }])).toBeGreaterThanOrEqual(20 * MB);
  });
});

describe('API_CACHE_MB', () => {
  it('defaults to 64 MB, accepts 0 to turn the cache off, and refuses anything but a whole number', () => {
    expect(loadConfig({}).server.cacheBytes).toBe(64 * MB);
    expect(loadConfig({ API_CACHE_MB: '0' }).server.cacheBytes).toBe(0);
    expect(loadConfig({ API_CACHE_MB: '8' }).server.cacheBytes).toBe(8 * MB);
    for (const bad of ['-1', '2.5', 'lots']) {
      expect(() => loadConfig({ API_CACHE_MB: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ API_CACHE_MB: bad })).toThrow(/API_CACHE_MB=.* is not a whole number; set API_CACHE_MB to 0 or more/);
    }
  });

  it('refuses a budget the heap cannot hold, naming the limit and how to raise it', () => {
    expect(() => loadConfig({ API_CACHE_MB: '1000000' })).toThrow(
      /API_CACHE_MB=1000000 is not below this Node process's heap limit \(\d+ MB\).*--max-old-space-size/,
    );
  });

  it('refuses the old count setting instead of ignoring it', () => {
    expect(() => loadConfig({ API_CACHE_ENTRIES: '1000' })).toThrow(/API_CACHE_ENTRIES is no longer read.*set API_CACHE_MB/);
  });
});
