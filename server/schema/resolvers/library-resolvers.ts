import { badUserInput } from '../../errors.ts';
import { intInRange, page } from '../arguments.ts';
import { documentFilter } from '../document-filter.ts';
import { foldGroups, type GroupRow, type LinkRow } from '../fold-groups.ts';
import type { Resolvers, ResolversParentTypes } from '../generated/resolvers-types.ts';
import { column, related } from './related.ts';

/**
 * The library views (server/schema/library.graphql): one document's structure, the overview of the whole library
 * as groups, and one group's documents. The overview's groups and links are two queries side by side; folding
 * them to a readable number of groups is pure TypeScript (fold-groups.ts).
 */
type Structure = ResolversParentTypes['DocumentStructure'];
type GroupPage = ResolversParentTypes['LibraryGroupPage'];

const OVERVIEW_LIMIT = { min: 2, max: 60 } as const;

export const libraryResolvers = {
  Query: {
    documentStructure: async (_, args, ctx) => {
      const [row] = await ctx.read<Structure>('get-document-structure', { id: args.id, ...page(args) });
      return row ?? null;
    },
    libraryOverview: async (_, args, ctx) => {
      const groupBy = args.groupBy ?? 'ISSUER';
      const limit = intInRange('limit', args.limit ?? 24, OVERVIEW_LIMIT.min, OVERVIEW_LIMIT.max);
      const params = { groupBy, ...documentFilter(args.filter) };
      const [groups, links] = await Promise.all([
        ctx.read<GroupRow>('list-library-groups', params),
        ctx.read<LinkRow>('list-library-links', params),
      ]);
      const folded = foldGroups(groupBy, groups, links, limit);
      const documentCount = groups.reduce((total, row) => total + row.documentCount, 0);
      return { groupBy, documentCount, groupCount: groups.length, ...folded };
    },
    libraryGroupDocuments: async (_, args, ctx) => {
      if (args.keys.length === 0) throw badUserInput("keys must name at least one group key; pass a group's `keys` from libraryOverview.");
      const keys = args.keys.filter((key): key is string => key !== null);
      const params = {
        groupBy: args.groupBy,
        keys,
        withoutValue: keys.length < args.keys.length,
        ...documentFilter(args.filter),
        ...page(args),
      };
      const [row] = await ctx.read<GroupPage>('list-group-documents', params);
      return row ?? { totalCount: 0, items: [] };
    },
  },
  Document: {
    measureCount: related('count-document-measures', column<number>('measureCount', 0)),
  },
} satisfies Resolvers;
