import type { DocumentFilter } from './generated/graphql.ts';
import type { YearRange } from './store.ts';

/**
 * What the library remembers besides the shared year range (store.ts `years`): which screen shows, the document
 * chosen for the explorer, the list's filters, order and page, and the overview's grouping and open group. Kept
 * in its own store (main.ts) so the explorer's store stays as it was; the link carries both (url-state.ts).
 */
export type Screen = 'library' | 'overview' | 'explorer';
export type LibrarySort = 'DATE' | 'DOC_NUMBER' | 'TITLE';
export type LibraryGrouping = 'ISSUER' | 'SERIES' | 'YEAR';

export interface LibraryFilter {
  issuer: string | null;
  series: string | null;
  language: string | null;
  /** true: held in full; false: known only from citations; null: both. */
  held: boolean | null;
  /** Part of a title or number; '' for none. */
  text: string;
}

export interface LibraryState {
  /** null until the start decides (home.ts): the library, or the only document when there is one. */
  screen: Screen | null;
  /** The document the explorer shows, when chosen (the only held document is shown without being chosen). */
  document: string | null;
  filter: LibraryFilter;
  sort: LibrarySort;
  /** 0-based page of PAGE_SIZE documents. */
  page: number;
  groupBy: LibraryGrouping;
  /** The overview group whose documents are listed. */
  group: string | null;
}

export const PAGE_SIZE = 50;
export const SORTS: readonly LibrarySort[] = ['DATE', 'DOC_NUMBER', 'TITLE'];
export const GROUPINGS: readonly LibraryGrouping[] = ['ISSUER', 'SERIES', 'YEAR'];

export const NO_FILTER: LibraryFilter = { issuer: null, series: null, language: null, held: null, text: '' };

export function initialLibraryState(): LibraryState {
  return { screen: null, document: null, filter: NO_FILTER, sort: 'DATE', page: 0, groupBy: 'ISSUER', group: null };
}

/** The API's DocumentFilter for the library's filters and the shared year range; blank fields are left out. */
export function apiFilter(filter: LibraryFilter, years: YearRange | null): DocumentFilter {
  const out: DocumentFilter = {};
  if (years?.from != null) out.yearFrom = years.from;
  if (years?.to != null) out.yearTo = years.to;
  if (filter.issuer) out.issuer = filter.issuer;
  if (filter.series) out.series = filter.series;
  if (filter.language) out.language = filter.language;
  if (filter.held !== null) out.held = filter.held;
  const text = filter.text.trim();
  if (text) out.text = text;
  return out;
}

export interface PageSummary {
  /** 1-based positions of the first and last row shown; 0 and 0 when nothing is shown. */
  first: number;
  last: number;
  pages: number;
  /** The page actually shown: a page past the end (a stale link, a narrower filter) shows the last one. */
  page: number;
  text: string;
}

const number = (n: number) => n.toLocaleString('en-US');

/** "51–100 of 10,000 documents": how much is shown and how much more there is. */
export function pageSummary(page: number, total: number, size = PAGE_SIZE): PageSummary {
  const pages = Math.max(1, Math.ceil(total / size));
  const shown = Math.min(Math.max(0, page), pages - 1);
  if (total === 0) return { first: 0, last: 0, pages, page: 0, text: 'No documents' };
  const first = shown * size + 1;
  const last = Math.min(total, first + size - 1);
  const noun = total === 1 ? 'document' : 'documents';
  return { first, last, pages, page: shown, text: `${number(first)}–${number(last)} of ${number(total)} ${noun}` };
}

/** True when a filter narrows the list (the year range is the timeline's, shown there). */
export function isFiltered(filter: LibraryFilter): boolean {
  return filter.issuer !== null || filter.series !== null || filter.language !== null || filter.held !== null || filter.text.trim() !== '';
}
