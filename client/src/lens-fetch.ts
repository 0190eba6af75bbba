import { request } from './api.ts';
import {
  type LensFilter,
  LensOverviewDocument,
  LensPickDocument,
  type LensPickQuery,
  LensRowsDocument,
  LensSubjectDocument,
  LensTasksDocument,
} from './generated/graphql.ts';
import type { LensFacets, LensRow, LensSubject, LensTaskCount } from './lens-answer.ts';

/** The lens's requests (queries.graphql: LensOverview, LensRows, LensTasks, LensSubject, LensPick). */
export interface LensIds {
  parkId: string | null;
  industryId: string | null;
  agencyId: string | null;
}

export type LensPick = LensPickQuery['search'][number];

export async function fetchLensOverview(
  ids: LensIds,
  filter: LensFilter,
  limit: number,
): Promise<{ totalCount: number; items: LensRow[]; facets: LensFacets }> {
  return (await request(LensOverviewDocument, { ...ids, filter, limit })).lens;
}

export async function fetchLensRows(
  ids: LensIds,
  filter: LensFilter,
  limit: number,
  offset: number,
): Promise<{ totalCount: number; items: LensRow[] }> {
  return (await request(LensRowsDocument, { ...ids, filter, limit, offset })).lens;
}

export async function fetchLensTasks(ids: LensIds, filter: LensFilter, limit: number, offset: number): Promise<LensTaskCount[]> {
  return (await request(LensTasksDocument, { ...ids, filter, limit, offset })).lensTasks.items;
}

export async function fetchLensSubject(id: string): Promise<LensSubject | null> {
  return (await request(LensSubjectDocument, { id })).node ?? null;
}

/** Industries, agencies and parks by name, for adding one to an open lens. */
export async function searchLensPicks(query: string, signal?: AbortSignal): Promise<LensPick[]> {
  return (await request(LensPickDocument, { query }, signal)).search;
}
