import type { Read } from './cached-read.ts';
import type { Params } from './run-read.ts';

/** A batched query returns one row per requested id (or none); `id` says which parent the row is for. */
export interface BatchRow {
  id: string;
  [column: string]: unknown;
}

interface Pending {
  name: string;
  params: Params;
  ids: Set<string>;
  waiters: { id: string; resolve: (row: BatchRow | undefined) => void; reject: (error: unknown) => void }[];
}

/**
 * Per-request batching, so a list field costs one query per level rather than one per parent:
 * every `load` for the same query and arguments made while graphql-js walks one level of the result
 * is collected and sent as a single `UNWIND $ids` query on the next macrotask.
 */
export class BatchLoader {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly read: Read) {}

  load(name: string, params: Params, id: string): Promise<BatchRow | undefined> {
    const key = `${name}\u0000${JSON.stringify(params)}`;
    let batch = this.pending.get(key);
    if (!batch) {
      batch = { name, params, ids: new Set(), waiters: [] };
      this.pending.set(key, batch);
      const scheduled = batch;
      setImmediate(() => {
        this.pending.delete(key);
        void this.flush(scheduled);
      });
    }
    batch.ids.add(id);
    return new Promise((resolve, reject) => batch.waiters.push({ id, resolve, reject }));
  }

  private async flush(batch: Pending): Promise<void> {
    try {
      const rows = await this.read<BatchRow>(batch.name, { ...batch.params, ids: [...batch.ids] });
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const waiter of batch.waiters) waiter.resolve(byId.get(waiter.id));
    } catch (error) {
      for (const waiter of batch.waiters) waiter.reject(error);
    }
  }
}
