import { intInRange, LIMITS, labelFilter } from '../arguments.ts';
import type { Resolvers, ResolversParentTypes } from '../generated/resolvers-types.ts';
import { searchResolver } from './search-resolver.ts';

/** The questions people come with: which measures affect a park, what is around an entity, how two connect. */
type GraphRow = ResolversParentTypes['Graph'];

export const analysisResolvers = {
  Query: {
    measuresAffectingPark: (_, args, ctx) =>
      ctx.read<ResolversParentTypes['ParkMeasure']>('measures-affecting-park', {
        parkId: args.parkId,
        includeSubParks: args.includeSubParks ?? true,
        includeParentZones: args.includeParentZones ?? true,
      }),

    search: searchResolver,

    neighborhood: async (_, args, ctx) => {
      const params = {
        id: args.id,
        depth: intInRange('depth', args.depth ?? 1, 1, LIMITS.depth),
        limit: intInRange('limit', args.limit ?? 200, 1, LIMITS.listLimit),
        labels: labelFilter(args.labels),
      };
      const [row] = await ctx.read<GraphRow>('get-neighborhood', params);
      return row ?? { nodes: [], edges: [], truncated: false };
    },

    path: async (_, args, ctx) => {
      const maxLength = intInRange('maxLength', args.maxLength ?? 6, 1, LIMITS.pathLength);
      const [row] = await ctx.read<Omit<GraphRow, 'truncated'>>('find-path', { from: args.from, to: args.to, maxLength });
      return row ? { ...row, truncated: false } : null;
    },
  },
} satisfies Resolvers;
