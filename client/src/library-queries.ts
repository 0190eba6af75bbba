import { request } from './api.ts';
import {
  DocumentStructureDocument,
  type DocumentStructureQuery,
  HeldDocumentsDocument,
  LibraryDocument,
  LibraryGroupDocumentsDocument,
  type LibraryGroupDocumentsQuery,
  LibraryOverviewDocument,
  type LibraryOverviewQuery,
  type LibraryQuery,
  TimelineYearsDocument,
  type TimelineYearsQuery,
} from './generated/graphql.ts';
import type { HeldDocuments } from './home.ts';
import type { LibraryFilter, LibraryGrouping, LibrarySort } from './library-state.ts';
import { apiFilter, PAGE_SIZE } from './library-state.ts';
import type { YearRange } from './store.ts';

/** The library's requests (queries in queries.graphql), and the shapes the library panels name. */
export type DocumentStructure = NonNullable<DocumentStructureQuery['documentStructure']>;
export type LibraryPage = LibraryQuery['documents'];
export type LibraryRow = LibraryPage['items'][number];
export type Overview = LibraryOverviewQuery['libraryOverview'];
export type OverviewGroup = Overview['groups'][number];
export type GroupPage = LibraryGroupDocumentsQuery['libraryGroupDocuments'];
export type YearFacet = TimelineYearsQuery['documents']['facets']['years'];

export async function fetchHeld(): Promise<HeldDocuments> {
  const { documents } = await request(HeldDocumentsDocument, {});
  return { count: documents.totalCount, only: documents.totalCount === 1 ? (documents.items[0]?.id ?? null) : null };
}

/** Tasks per page of a document's structure: the shipped document has 26, a long regulation several hundred. */
export const STRUCTURE_PAGE = 300;

export async function fetchStructure(id: string, offset: number): Promise<DocumentStructure | null> {
  return (await request(DocumentStructureDocument, { id, limit: STRUCTURE_PAGE, offset })).documentStructure;
}

export async function fetchYears(): Promise<YearFacet> {
  return (await request(TimelineYearsDocument, {})).documents.facets.years;
}

export interface LibraryQueryArgs {
  filter: LibraryFilter;
  years: YearRange | null;
  sort: LibrarySort;
  page: number;
}

export async function fetchLibrary(args: LibraryQueryArgs, signal?: AbortSignal): Promise<LibraryPage> {
  const variables = { filter: apiFilter(args.filter, args.years), sort: args.sort, limit: PAGE_SIZE, offset: args.page * PAGE_SIZE };
  return (await request(LibraryDocument, variables, signal)).documents;
}

export async function fetchOverview(groupBy: LibraryGrouping, filter: LibraryFilter, years: YearRange | null): Promise<Overview> {
  return (await request(LibraryOverviewDocument, { groupBy, filter: apiFilter(filter, years) })).libraryOverview;
}

export const GROUP_PAGE = 20;

export async function fetchGroupDocuments(
  groupBy: LibraryGrouping,
  keys: (string | null)[],
  filter: LibraryFilter,
  years: YearRange | null,
  offset: number,
): Promise<GroupPage> {
  const variables = { groupBy, keys, filter: apiFilter(filter, years), limit: GROUP_PAGE, offset };
  return (await request(LibraryGroupDocumentsDocument, variables)).libraryGroupDocuments;
}
