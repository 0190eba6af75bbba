import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import { page } from '../arguments.ts';
import type { ApiContext } from '../context.ts';
import { documentFilter } from '../document-filter.ts';
import type { DocumentFacets, QueryDocumentsArgs, ResolversParentTypes } from '../generated/resolvers-types.ts';
import type { EntityRow } from './rows.ts';

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

/**
 * Whether the field being resolved selects `name`, directly or through fragments. The facets are a field of the
 * page, but computing them needs the filter, which only this resolver sees; the generated page type has no room
 * for it, so the decision is taken here.
 */
function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

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
