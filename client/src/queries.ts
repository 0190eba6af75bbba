import { request } from './api.ts';
import type { ApiGraph } from './api-graph.ts';
import {
  DetailsDocument,
  type DetailsQuery,
  type DocumentStructureQuery,
  NeighborhoodDocument,
  PathDocument,
  SearchDocument,
  type SearchQuery,
  TaskMentionsDocument,
} from './generated/graphql.ts';

type DocumentStructure = NonNullable<DocumentStructureQuery['documentStructure']>;

/**
 * Every request the explorer sends. The queries themselves are in queries.graphql; `npm run codegen` checks
 * them against the schema and generates their result types, which the shapes below name for the panels.
 */
/**
 * What the start view draws (to-elements.ts startGraph): one document's structure, its categories each with the
 * document, so the graph reads them as it always has; empty lists when the explorer starts without a document.
 */
export interface StartData {
  categories: { items: (DocumentStructure['categories'][number] & { document: DocumentStructure['document'] | null })[] };
  tasks: { items: DocumentStructure['tasks'] };
  parks: { items: DocumentStructure['parks'] };
}
export type SearchHit = SearchQuery['search'][number];
export type Details = DetailsQuery;
export async function searchEntities(query: string, signal?: AbortSignal): Promise<SearchHit[]> {
  return (await request(SearchDocument, { query }, signal)).search;
}

export async function fetchNeighborhood(id: string, limit: number): Promise<ApiGraph> {
  return (await request(NeighborhoodDocument, { id, limit })).neighborhood;
}

/** One entity with what the details panel shows, and its relationships (for the grouped counts). */
export function fetchDetails(id: string): Promise<Details> {
  return request(DetailsDocument, { id });
}

/** Tasks' mentions come from their measures: the entities those name, for highlighting the task text. */
export async function fetchTaskMentions(id: string): Promise<{ names: string[] }> {
  const data = await request(TaskMentionsDocument, { id });
  const names = new Set<string>();
  const measures = data.node && 'measures' in data.node ? data.node.measures : [];
  for (const m of measures) {
    for (const e of [...m.parks.map((p) => p.park), ...m.industries.map((i) => i.industry), ...m.agencies.map((a) => a.agency)]) {
      names.add(e.name);
      for (const alias of e.aliases ?? []) names.add(alias);
    }
  }
  return { names: [...names] };
}

export async function fetchPath(from: string, to: string): Promise<ApiGraph | null> {
  return (await request(PathDocument, { from, to })).path;
}
