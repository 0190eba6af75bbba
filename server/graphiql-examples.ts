/**
 * What GraphiQL opens with (when the browser has no saved tabs): the question users come with first,
 * then a few other things the API answers. Each tab is one runnable operation.
 */
const measuresAffectingHaidianPark = `# Which measures affect Haidian Park? One row per measure, with the sentence it came from.
# via: DIRECT (names the park), TASK_CONTEXT (its task names it), SUB_PARK, PARENT_ZONE.
query MeasuresAffectingHaidianPark {
  measuresAffectingPark(parkId: "park:haidian-park") {
    via
    park { name }
    task { number title }
    category { number title }
    measure { id text }
    evidence { text start end }
    alsoVia
  }
}
`;

const lensHaidianArtificialIntelligence = `# The investor's question over the whole library: which measures affect Haidian Park AND concern
# artificial intelligence? Give any of parkId, industryId, agencyId; a measure must satisfy all given.
# filter narrows by yearFrom, yearTo, issuer, documentId, via; facets count the whole answer, not the page.
# (The shipped document alone has no such measure: seed more documents, or try "industry:cloud-computing".)
query LensHaidianArtificialIntelligence {
  lens(parkId: "park:haidian-park", industryId: "industry:artificial-intelligence", limit: 20) {
    totalCount
    items {
      document { docNumber year }
      task { key title }
      measure { id text }
      via
      parkEvidence { sentence }
      industryEvidence { text }
    }
    facets {
      documents { document { docNumber } count }
      years { year count }
      issuers { issuer count }
      vias { via count }
    }
  }
}
`;

const search = `# Full-text search over names and sentences: case-insensitive, prefixes and small typos.
query Search {
  search(query: "venture captial", limit: 10) {
    label
    name
    score
    snippet
  }
}
`;

const neighborhood = `# Everything within two hops of a park, ready for Cytoscape (nodes, edges with evidence).
query Neighborhood {
  neighborhood(id: "park:zhongguancun-software-park", depth: 2, limit: 50) {
    truncated
    nodes { id label name }
    edges { id source target type via evidence { text } }
  }
}
`;

const parks = `# Parks with the most measures first, and what they belong to.
query Parks {
  parks(sort: MEASURE_COUNT, limit: 10) {
    totalCount
    items {
      id
      name
      kind
      parent { name }
      measures(limit: 3) { totalCount items { via measure { text } } }
    }
  }
  stats { nodeCount relationshipCount labels { label count } }
}
`;

const path = `# How is Haidian Park connected to the Ministry of Finance? (a shortest path, either direction)
query Path {
  path(from: "park:haidian-park", to: "agency:ministry-of-finance", maxLength: 6) {
    nodes { id label name }
    edges { source target type }
  }
}
`;

export const GRAPHIQL_TABS = [measuresAffectingHaidianPark, lensHaidianArtificialIntelligence, search, neighborhood, parks, path].map(
  (query) => ({ query }),
);
