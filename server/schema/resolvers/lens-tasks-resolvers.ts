import { page } from '../arguments.ts';
import type { Resolvers, ResolversParentTypes } from '../generated/resolvers-types.ts';
import { lensParams } from '../lens-arguments.ts';

/**
 * Query.lensTasks: the lens answer counted per task, so the explorer can show exact counts at every level of
 * document → task → measure and fetch one task's measures (`offset`, `count`) without paging through the document.
 * The arguments are checked by lens-arguments.ts, as Query.lens's are.
 */
type Item = ResolversParentTypes['LensTaskCount'];
interface Row {
  totalCount: number;
  before: number;
  items: Omit<Item, 'offset'>[];
}

/** Each task's offset is the answer's measures before the page plus those of the page's earlier tasks. */
export function withOffsets(before: number, items: Omit<Item, 'offset'>[]): Item[] {
  let offset = before;
  return items.map((item) => {
    const placed = { ...item, offset };
    offset += item.count;
    return placed;
  });
}

export const lensTasksResolvers = {
  Query: {
    lensTasks: async (_, args, ctx) => {
      const [row] = await ctx.read<Row>('count-lens-tasks', { ...lensParams(args), ...page(args) });
      return { totalCount: row?.totalCount ?? 0, items: withOffsets(row?.before ?? 0, row?.items ?? []) };
    },
  },
} satisfies Resolvers;
