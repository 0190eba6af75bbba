import { intInRange, labelFilter, LIMITS } from '../arguments.ts';
import type { ApiContext } from '../context.ts';
import { searchResolver } from './search-resolver.ts';

/** The questions people come with: which measures affect a park, what is around an entity, how two connect. */
interface GraphRow {
  nodes: unknown[];
  edges: unknown[];
  truncated?: boolean;
}

export const analysisResolvers = {
  Query: {
    measuresAffectingPark: (
      _: unknown,
      args: { parkId: string; includeSubParks?: boolean | null; includeParentZones?: boolean | null },
      ctx: ApiContext,
    ) =>
      ctx.read('measures-affecting-park', {
        parkId: args.parkId,
        includeSubParks: args.includeSubParks ?? true,
        includeParentZones: args.includeParentZones ?? true,
      }),

    search: searchResolver,

    neighborhood: async (
      _: unknown,
      args: { id: string; depth?: number | null; limit?: number | null; labels?: string[] | null },
      ctx: ApiContext,
    ) => {
      const params = {
        id: args.id,
        depth: intInRange('depth', args.depth ?? 1, 1, LIMITS.depth),
        limit: intInRange('limit', args.limit ?? 200, 1, LIMITS.listLimit),
        labels: labelFilter(args.labels),
      };
      const [row] = await ctx.read<GraphRow>('get-neighborhood', params);
      return row ?? { nodes: [], edges: [], truncated: false };
    },

    path: async (_: unknown, args: { from: string; to: string; maxLength?: number | null }, ctx: ApiContext) => {
      const maxLength = intInRange('maxLength', args.maxLength ?? 6, 1, LIMITS.pathLength);
      const [row] = await ctx.read<GraphRow>('find-path', { from: args.from, to: args.to, maxLength });
      return row ? { ...row, truncated: false } : null;
    },
  },
};
