import { BatchLoader } from '../db/batch-loader.ts';
import { runRead, type Params, type ReadTarget } from '../db/run-read.ts';

/** What every resolver gets: a reader for one-off queries and a per-request batcher for child fields. */
export interface ApiContext {
  read<Row extends object>(name: string, params?: Params): Promise<Row[]>;
  batch: BatchLoader;
}

export function createContextFactory(target: ReadTarget): () => ApiContext {
  return () => ({
    read: <Row extends object>(name: string, params: Params = {}) => runRead<Row>(target, name, params),
    batch: new BatchLoader(target),
  });
}
