import type { Params } from '../../db/run-read.ts';
import type { BatchRow } from '../../db/batch-loader.ts';
import type { ApiContext } from '../context.ts';

/**
 * A relationship field resolved through the per-request batcher: all parents at one level share one
 * `UNWIND $ids` query, whose row for each parent is picked apart by `pick` (a missing row means the
 * parent has no such relationship, so `pick` gets undefined and returns the empty answer).
 */
export function related<Args = Record<string, never>>(
  query: string,
  pick: (row: BatchRow | undefined) => unknown,
  params: (args: Args) => Params = () => ({}),
) {
  return async (parent: { id: string }, args: Args, ctx: ApiContext): Promise<unknown> =>
    pick(await ctx.batch.load(query, params(args), parent.id));
}

export const column =
  (name: string, empty: unknown = null) =>
  (row: BatchRow | undefined): unknown =>
    row?.[name] ?? empty;
