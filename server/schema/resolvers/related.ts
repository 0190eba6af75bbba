import type { BatchRow } from '../../db/batch-loader.ts';
import type { Params } from '../../db/run-read.ts';
import type { ApiContext } from '../context.ts';

/**
 * A relationship field resolved through the per-request batcher: all parents at one level share one
 * `UNWIND $ids` query, whose row for each parent is picked apart by `pick` (a missing row means the
 * parent has no such relationship, so `pick` gets undefined and returns the empty answer).
 */
export function related<Result, Args = Record<PropertyKey, never>>(
  query: string,
  pick: (row: BatchRow | undefined) => Result,
  params: (args: Args) => Params = () => ({}),
) {
  return async (parent: { id: string }, args: Args, ctx: ApiContext): Promise<Result> =>
    pick(await ctx.batch.load(query, params(args), parent.id));
}

/**
 * One column of the row. The column's shape is what the named cypher file returns, which no type checker
 * sees; `T` states it here, once per field, the way `ctx.read<Row>` does for whole rows.
 */
export const column =
  <T>(name: string, empty: T) =>
  (row: BatchRow | undefined): T =>
    (row?.[name] as T | undefined) ?? empty;
