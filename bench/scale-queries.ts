/**
 * The corpus-scale bench's lens request: the first page with facets, the same selection for us and for the peer
 * (whose `lens` takes the filter as flat arguments, every one given, since @cypher passes only the arguments sent).
 * The document facets ask for the id alone, as a list of thousands of documents should; the rows ask for what
 * the lens list shows.
 */
const SELECTION = `{
    totalCount
    items { measure { id text order } task { id number title } document { id docNumber year } via hops }
    facets {
      documents { document { id } count }
      years { year count }
      issuers { issuer count }
      vias { via count }
    }
  }`;

export const LENS_QUERY = `query ScaleLens($park: ID!) { lens(parkId: $park, limit: 50) ${SELECTION} }`;

export const PEER_LENS_QUERY = `query ScaleLens($park: ID!) {
  lens(parkId: $park, industryId: null, agencyId: null, yearFrom: null, yearTo: null, issuer: null, documentId: null,
       via: null, limit: 50, offset: 0, documentDetails: false) ${SELECTION}
}`;

export const lensBody = (parkId: string) => JSON.stringify({ query: LENS_QUERY, variables: { park: parkId } });
export const peerLensBody = (parkId: string) => JSON.stringify({ query: PEER_LENS_QUERY, variables: { park: parkId } });
