import { VIAS } from '../../../core/graph-contract.ts';
import { badUserInput } from '../../errors.ts';
import { atLeastOne, openRange, page } from '../arguments.ts';
import type { LensFilter, QueryLensTasksArgs, Resolvers, ResolversParentTypes } from '../generated/resolvers-types.ts';

/**
 * Query.lensTasks: the lens answer counted per task, so the explorer can show exact counts at every level of
 * document → task → measure and fetch one task's measures (`offset`, `count`) without paging through the document.
 * The arguments are checked as Query.lens checks them (lens-resolvers.ts), so both refuse the same input alike.
 */
type Item = ResolversParentTypes['LensTaskCount'];
interface Row {
  totalCount: number;
  before: number;
  items: Omit<Item, 'offset'>[];
}

const IDS = ['parkId', 'industryId', 'agencyId'] as const;

function lensParams(args: QueryLensTasksArgs): Record<string, unknown> {
  const filter: LensFilter = args.filter ?? {};
  openRange(['yearFrom', filter.yearFrom], ['yearTo', filter.yearTo]);
  const via = filter.via ?? null;
  if (via !== null && via.length === 0) throw badUserInput(`via must name at least one of ${VIAS.join(', ')}; leave it out for all.`);
  if (via !== null && (args.parkId === null || args.parkId === undefined)) {
    throw badUserInput('via filters the paths to a park; give parkId too, or leave via out.');
  }
  return {
    parkId: args.parkId ?? null,
    industryId: args.industryId ?? null,
    agencyId: args.agencyId ?? null,
    yearFrom: filter.yearFrom ?? null,
    yearTo: filter.yearTo ?? null,
    issuer: filter.issuer ?? null,
    documentId: filter.documentId ?? null,
    via: via === null ? null : [...new Set(via)],
  };
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
      atLeastOne(args, IDS);
      const [row] = await ctx.read<Row>('count-lens-tasks', { ...lensParams(args), ...page(args) });
      return { totalCount: row?.totalCount ?? 0, items: withOffsets(row?.before ?? 0, row?.items ?? []) };
    },
  },
} satisfies Resolvers;
