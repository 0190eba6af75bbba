/** The API benchmark's requests: the same selection for us and the peer, and the queries people run most. */
export const HAIDIAN = 'park:haidian-park';

export const MEASURES_QUERY = `query MeasuresAffectingPark($id: ID!) {
  measuresAffectingPark(parkId: $id) {
    via
    hops
    measure { id text order }
    task { id number title }
    park { id name kind }
    evidence { text start end documentId }
  }
}`;

export const SEARCH_QUERY = `query Search($q: String!) { search(query: $q) { id label name score snippet } }`;

export const NEIGHBORHOOD_QUERY = `query Neighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2) {
    truncated
    nodes { id label name }
    edges { id source target type via }
  }
}`;

export const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

export const REQUESTS = {
  measures: body(MEASURES_QUERY, { id: HAIDIAN }),
  search: body(SEARCH_QUERY, { q: 'financial' }),
  neighborhood: body(NEIGHBORHOOD_QUERY, { id: HAIDIAN }),
};
