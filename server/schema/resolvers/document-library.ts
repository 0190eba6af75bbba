import type { GraphQLResolveInfo } from 'graphql';
import { page } from '../arguments.ts';
import type { ApiContext } from '../context.ts';
import { documentFilter } from '../document-filter.ts';
import type { DocumentFacets, QueryDocumentsArgs, ResolversParentTypes } from '../generated/resolvers-types.ts';
import type { EntityRow } from './rows.ts';
import { selects } from './selects.ts';

/**
 * Query.documents, the library: one page of the filtered list with its total, and the facets of the whole
 * filtered list when the request asks for them. The facets are a second query (cypher/count-document-facets)
 * that runs beside the page's, so a caller that does not ask for them does not pay for them.
 */
interface PageRow {
  totalCount: number;
  items: EntityRow[];
}

const NO_FACETS: DocumentFacets = { years: [], issuers: [], series: [], languages: [], held: [] };

export async function documentLibrary(
  args: QueryDocumentsArgs,
  ctx: ApiContext,
  info: GraphQLResolveInfo,
): Promise<ResolversParentTypes['DocumentPage']> {
  const filter = documentFilter(args.filter);
  const listed = ctx.read<PageRow>('list-documents', { sort: args.sort ?? 'DATE', ...page(args), ...filter });
  const counted = selects(info, 'facets') ? ctx.read<DocumentFacets>('count-document-facets', filter) : Promise.resolve([]);
  const [[row], [facets]] = await Promise.all([listed, counted]);
  return { totalCount: row?.totalCount ?? 0, items: row?.items ?? [], facets: facets ?? NO_FACETS };
}
