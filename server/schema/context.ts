import { BatchLoader } from '../db/batch-loader.ts';
import { createRequestReader, type Read } from '../db/cached-read.ts';
import { ReadCache } from '../db/read-cache.ts';
import type { ReadTarget } from '../db/run-read.ts';

/** What every resolver gets: a reader for one-off queries and a per-request batcher for child fields. */
export interface ApiContext {
  read: Read;
  batch: BatchLoader;
}

/** One answer cache per app, shared by its requests, holding up to `cacheBytes`; 0 turns it off. */
export function createContextFactory(target: ReadTarget, cacheBytes: number): () => ApiContext {
  const cache = cacheBytes > 0 ? new ReadCache(cacheBytes) : undefined;
  return () => {
    const read = createRequestReader(target, cache);
    return { read, batch: new BatchLoader(read) };
  };
}
