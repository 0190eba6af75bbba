import { request } from './api.ts';
import type { ApiGraph, EntityDetails, LensData, SearchHit, StartData, TimelineDocument } from './api-types.ts';

/** Every query the explorer sends, named after what the person asked for. Nesting stays ≤ 6 levels. */

const NODE_FIELDS = `
  id label name
  ... on Document { docNumber title year date }
  ... on Category { number title }
  ... on Task { number title }
  ... on Measure { order }
  ... on Park { kind aliases }
  ... on Industry { aliases }
  ... on Agency { aliases level }`;

const GRAPH_FIELDS = `
  nodes { ${NODE_FIELDS} }
  edges { id source target type via role evidence { text start end } }
  truncated`;

export function fetchStartView(): Promise<StartData> {
  return request<StartData>(`query StartView {
    categories(limit: 100) { items { id label name number title document { id label name docNumber title year date } } }
    tasks(limit: 500) { items { id label name number title category { id }
      measures { id parks { via park { id label name kind } } } } }
    parks(limit: 500) { items { id label name kind parent { id } } }
  }`);
}

export async function searchEntities(query: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const data = await request<{ search: SearchHit[] }>(
    `query Search($query: String!) { search(query: $query, limit: 20) { id label name score snippet } }`,
    { query },
    signal,
  );
  return data.search;
}

export async function fetchNeighborhood(id: string, limit: number): Promise<ApiGraph> {
  const data = await request<{ neighborhood: ApiGraph }>(
    `query Neighborhood($id: ID!, $limit: Int!) { neighborhood(id: $id, depth: 1, limit: $limit) { ${GRAPH_FIELDS} } }`,
    { id, limit },
  );
  return data.neighborhood;
}

const LINK_FIELDS = `evidence { text start end }`;

/** One entity with what the details panel shows, and its relationships (for the grouped counts). */
export async function fetchDetails(id: string): Promise<{ node: EntityDetails | null; neighborhood: ApiGraph }> {
  return request(
    `query Details($id: ID!) {
      node(id: $id) {
        ${NODE_FIELDS}
        ... on Document { issuer }
        ... on Task { text start end category { id name number } }
        ... on Measure { text start end amounts years task { id name number title }
          parks { via park { id name aliases } ${LINK_FIELDS} }
          industries { industry { id name aliases } ${LINK_FIELDS} }
          agencies { agency { id name aliases } ${LINK_FIELDS} } }
        ... on Park { parent { id name } subParks { id name } }
      }
      neighborhood(id: $id, depth: 1, limit: 300) { ${GRAPH_FIELDS} }
    }`,
    { id },
  );
}

/** Tasks' mentions come from their measures: the entities those name, for highlighting the task text. */
export async function fetchTaskMentions(id: string): Promise<{ names: string[] }> {
  const data = await request<{ node: { measures?: { parks: { park: { name: string; aliases: string[] | null } }[]; industries: { industry: { name: string; aliases: string[] | null } }[]; agencies: { agency: { name: string; aliases: string[] | null } }[] }[] } | null }>(
    `query TaskMentions($id: ID!) { node(id: $id) { ... on Task { measures {
      parks { park { name aliases } } industries { industry { name aliases } } agencies { agency { name aliases } } } } } }`,
    { id },
  );
  const names = new Set<string>();
  for (const m of data.node?.measures ?? []) {
    for (const e of [...m.parks.map((p) => p.park), ...m.industries.map((i) => i.industry), ...m.agencies.map((a) => a.agency)]) {
      names.add(e.name);
      for (const alias of e.aliases ?? []) names.add(alias);
    }
  }
  return { names: [...names] };
}

export function fetchLens(parkId: string, includeSubParks: boolean, includeParentZones: boolean): Promise<LensData> {
  return request<LensData>(
    `query Lens($parkId: ID!, $sub: Boolean!, $parent: Boolean!) {
      measuresAffectingPark(parkId: $parkId, includeSubParks: $sub, includeParentZones: $parent) {
        measure { id label name text order start end }
        task { id label name number title }
        category { id label name number title document { id } }
        park { id label name parent { id parent { id } } }
        via hops alsoVia evidence { text start end }
      }
      node(id: $parkId) { id label name ... on Park { parent { id parent { id } } } }
    }`,
    { parkId, sub: includeSubParks, parent: includeParentZones },
  );
}

export async function fetchPath(from: string, to: string): Promise<ApiGraph | null> {
  const data = await request<{ path: ApiGraph | null }>(
    `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to, maxLength: 8) { ${GRAPH_FIELDS} } }`,
    { from, to },
  );
  return data.path;
}

export async function fetchDocuments(): Promise<TimelineDocument[]> {
  const data = await request<{ documents: { items: TimelineDocument[] } }>(
    `query Timeline { documents(limit: 100) { items { id name docNumber title year date } } }`,
  );
  return data.documents.items;
}
