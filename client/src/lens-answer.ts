import type { LensOverviewQuery, LensSubjectQuery, LensTasksQuery } from './generated/graphql.ts';

/**
 * What the lens shows, as data: the answer's size and facets, the entities asked about, and the rows loaded so far
 * (all of them for a small answer, else per opened document). Pure: the immutable updates the actions make as
 * more of the answer arrives. (The store holds a LensAnswer, so this module imports nothing from it.)
 */
export type LensRow = LensOverviewQuery['lens']['items'][number];
export type LensFacets = LensOverviewQuery['lens']['facets'];
export type LensDocument = LensFacets['documents'][number]['document'];
export type LensTaskCount = LensTasksQuery['lensTasks']['items'][number];
export type LensSubject = NonNullable<LensSubjectQuery['node']>;

/**
 * Up to this many measures the whole answer is fetched at once and drawn measure by measure, as the lens always was;
 * above it the graph shows documents and tasks weighted by their measure counts, and rows come a document at a time.
 */
export const ANSWER_IN_FULL = 200;
export const ROWS_PAGE = 50;
export const DOCUMENTS_PAGE = 50;

/** One document of a large answer, opened: its tasks with exact counts and the rows fetched so far, in order. */
export interface OpenedDocument {
  tasks: LensTaskCount[];
  rows: LensRow[];
  /** The document's measures in the answer (the rows still to fetch are total - rows.length). */
  total: number;
}

export interface LensAnswer {
  totalCount: number;
  facets: LensFacets;
  subjects: LensSubject[];
  /** Every row when totalCount ≤ ANSWER_IN_FULL; null for a large answer. */
  rows: LensRow[] | null;
  opened: Readonly<Record<string, OpenedDocument>>;
  /** How many document groups the list shows (a large answer's documents come DOCUMENTS_PAGE at a time). */
  documentsShown: number;
}

export function emptyAnswer(subjects: LensSubject[]): LensAnswer {
  return {
    totalCount: 0,
    facets: { documents: [], years: [], issuers: [], vias: [] },
    subjects,
    rows: [],
    opened: {},
    documentsShown: DOCUMENTS_PAGE,
  };
}

/** The answer with one document's tasks and rows (replacing what it held for that document). */
export function withOpened(answer: LensAnswer, documentId: string, opened: OpenedDocument): LensAnswer {
  return { ...answer, opened: { ...answer.opened, [documentId]: opened } };
}

export function withoutOpened(answer: LensAnswer, documentId: string): LensAnswer {
  const { [documentId]: _closed, ...rest } = answer.opened;
  return { ...answer, opened: rest };
}

/** Rows fetched for a document, appended without repeats (a page can be asked for twice by a quick double click). */
export function withMoreRows(answer: LensAnswer, documentId: string, rows: LensRow[]): LensAnswer {
  const opened = answer.opened[documentId];
  if (!opened) return answer;
  const have = new Set(opened.rows.map((row) => row.measure.id));
  return withOpened(answer, documentId, { ...opened, rows: [...opened.rows, ...rows.filter((row) => !have.has(row.measure.id))] });
}
