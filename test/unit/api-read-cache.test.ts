import { describe, expect, it } from 'vitest';
import { ReadCache } from '../../server/db/read-cache.ts';

describe('ReadCache: answers per graph version, least recently used out first', () => {
  it('answers only at the version the rows were read at, and forgets them once the graph has moved on', () => {
    const cache = new ReadCache(10);
    cache.set('q', 'v1', [1]);
    expect(cache.get('q', 'v1')).toEqual([1]);
    expect(cache.get('q', 'v2')).toBeUndefined();
    expect(cache.get('q', 'v1')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used entry when full', () => {
    const cache = new ReadCache(2);
    cache.set('a', 'v', ['a']);
    cache.set('b', 'v', ['b']);
    expect(cache.get('a', 'v')).toEqual(['a']);
    cache.set('c', 'v', ['c']);
    expect(cache.get('b', 'v')).toBeUndefined();
    expect(cache.get('a', 'v')).toEqual(['a']);
    expect(cache.get('c', 'v')).toEqual(['c']);
  });

  it('keeps nothing with 0 entries', () => {
    const cache = new ReadCache(0);
    cache.set('a', 'v', ['a']);
    expect(cache.get('a', 'v')).toBeUndefined();
  });
});

describe('API_CACHE_ENTRIES', () => {
  it('defaults to 1000, accepts 0 to turn the cache off, and refuses anything but a whole number', async () => {
    const { loadConfig } = await import('../../server/config.ts');
    const { ConfigError } = await import('../../neo4j/connection-settings.ts');
    expect(loadConfig({}).server.cacheEntries).toBe(1000);
    expect(loadConfig({ API_CACHE_ENTRIES: '0' }).server.cacheEntries).toBe(0);
    for (const bad of ['-1', '2.5', 'lots']) {
      expect(() => loadConfig({ API_CACHE_ENTRIES: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ API_CACHE_ENTRIES: bad })).toThrow(/API_CACHE_ENTRIES=.* is not a whole number/);
    }
  });
});
