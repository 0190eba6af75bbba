import type { CountGraphRow } from '../../../neo4j/count-graph.ts';
import { page } from '../arguments.ts';
import type { ApiContext } from '../context.ts';
import type { QueryParksArgs, Resolvers } from '../generated/resolvers-types.ts';
import { documentLibrary } from './document-library.ts';
import type { EntityRow } from './rows.ts';

/** Root lists (one query each: the page and the total together) plus node(id) and stats. */
interface PageRow {
  totalCount: number;
  items: EntityRow[];
}

async function list(ctx: ApiContext, query: string, params: Record<string, unknown>): Promise<PageRow> {
  const [row] = await ctx.read<PageRow>(query, params);
  return row ?? { totalCount: 0, items: [] };
}

/** parks, industries and agencies take the same arguments (QueryIndustriesArgs and QueryAgenciesArgs are alike). */
const named = (label: 'Park' | 'Industry' | 'Agency') => (_: unknown, args: QueryParksArgs, ctx: ApiContext) =>
  list(ctx, 'list-named-entities', { label, sort: args.sort ?? 'NAME', ...page(args) });

export const listResolvers = {
  Query: {
    parks: named('Park'),
    industries: named('Industry'),
    agencies: named('Agency'),
    documents: (_, args, ctx, info) => documentLibrary(args, ctx, info),
    tasks: (_, args, ctx) => list(ctx, 'list-tasks', { category: args.category ?? null, sort: args.sort ?? 'NUMBER', ...page(args) }),
    categories: (_, args, ctx) => list(ctx, 'list-categories', { sort: args.sort ?? 'NUMBER', ...page(args) }),

    node: async (_, args, ctx) => ((await ctx.batch.load('get-entities', {}, args.id))?.entity as EntityRow | undefined) ?? null,

    stats: async (_, __, ctx) => {
      const [row] = await ctx.read<CountGraphRow>('count-graph');
      const labels = (row?.nodes ?? []).map(({ key, count }) => ({ label: key, count }));
      const relationshipTypes = (row?.relationships ?? []).map(({ key, count }) => ({ type: key, count }));
      const sum = (rows: { count: number }[]) => rows.reduce((total, { count }) => total + count, 0);
      return { nodeCount: sum(labels), relationshipCount: sum(relationshipTypes), labels, relationshipTypes };
    },
  },
} satisfies Resolvers;
