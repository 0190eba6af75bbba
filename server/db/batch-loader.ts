import DataLoader from 'dataloader';
import type { Read } from './cached-read.ts';
import type { Params } from './run-read.ts';

/** A batched query returns one row per requested id (or none); `id` says which parent the row is for. */
export interface BatchRow {
  id: string;
  [column: string]: unknown;
}

/**
 * Per-request batching, so a list field costs one query per level rather than one per parent: every
 * `load` for the same query and arguments made while graphql-js walks one level of the result is
 * collected by DataLoader and sent as a single `UNWIND $ids` query through the request's reader (so the
 * answer cache still sits in front). One BatchLoader per request (createContextFactory): DataLoader's own
 * memo then only ever holds this request's answers, and an id asked twice in one request is read once.
 */
export class BatchLoader {
  private readonly loaders = new Map<string, DataLoader<string, BatchRow | undefined>>();

  constructor(private readonly read: Read) {}

  load(name: string, params: Params, id: string): Promise<BatchRow | undefined> {
    const key = `${name}\u0000${JSON.stringify(params)}`;
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.read<BatchRow>(name, { ...params, ids: [...ids] });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((one) => byId.get(one));
      });
      this.loaders.set(key, loader);
    }
    return loader.load(id);
  }
}
