import { BatchLoader } from '../db/batch-loader.ts';
import { createRequestReader, type Read } from '../db/cached-read.ts';
import { ReadCache } from '../db/read-cache.ts';
import type { ReadTarget } from '../db/run-read.ts';

/** What every resolver gets: a reader for one-off queries and a per-request batcher for child fields. */
export interface ApiContext {
  read: Read;
  batch: BatchLoader;
}

/** One answer cache per app, shared by its requests; `cacheEntries` 0 turns it off. */
export function createContextFactory(target: ReadTarget, cacheEntries: number): () => ApiContext {
  const cache = cacheEntries > 0 ? new ReadCache(cacheEntries) : undefined;
  return () => {
    const read = createRequestReader(target, cache);
    return { read, batch: new BatchLoader(read) };
  };
}
