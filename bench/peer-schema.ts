import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { cypher } from '../neo4j/cypher.ts';

/**
 * The peer: the same 'measures affecting this park' question served by @neo4j/graphql over the same
 * Neo4j and data, through its best tool for it, a top-level @cypher field running our own query
 * (cypher/bench-peer-measures-affecting-park.cypher). @neo4j/graphql is a bench-only dependency, loaded
 * by name at run time so `tsc` does not need bench/node_modules.
 */
/**
 * The lens for the peer: our two lens queries (cypher/lens-page.cypher and lens-facets.cypher, which the API runs
 * side by side) as one @cypher statement, each a subquery, their columns put together as the one map `row` that
 * @cypher's columnName needs. Composed from the files rather than copied, so the peer always asks exactly what we do.
 */
function peerLensStatement(): string {
  return [
    'CALL () {',
    cypher('lens-page'),
    '}',
    'CALL () {',
    cypher('lens-facets'),
    '}',
    'RETURN {totalCount: totalCount, items: items, facets: {documents: documents, years: years, issuers: issuers, vias: vias}} AS row',
  ].join('\n');
}

export function peerTypeDefs(): string {
  return /* GraphQL */ `
    type Park @node {
      id: ID!
      name: String
    }
    type PeerPark {
      id: ID!
      name: String
      kind: String
    }
    type PeerMeasure {
      id: ID!
      text: String
      order: Int
    }
    type PeerTask {
      id: ID!
      number: Int
      title: String
    }
    type PeerEvidence {
      text: String!
      start: Int
      end: Int
      documentId: ID
    }
    type ParkMeasure {
      measure: PeerMeasure!
      task: PeerTask!
      park: PeerPark!
      via: String!
      hops: Int!
      evidence: PeerEvidence
    }
    type PeerLensMeasure {
      id: ID!
      text: String
      order: Int
    }
    type PeerLensTask {
      id: ID!
      number: Int
      title: String
    }
    type PeerLensDocument {
      id: ID!
      docNumber: String
      year: Int
    }
    type PeerLensRow {
      measure: PeerLensMeasure!
      task: PeerLensTask!
      document: PeerLensDocument!
      via: String
      hops: Int
    }
    type PeerLensDocumentCount {
      document: PeerLensDocument!
      count: Int!
    }
    type PeerLensYearCount {
      year: Int
      count: Int!
    }
    type PeerLensIssuerCount {
      issuer: String
      count: Int!
    }
    type PeerLensViaCount {
      via: String!
      count: Int!
    }
    type PeerLensFacets {
      documents: [PeerLensDocumentCount!]!
      years: [PeerLensYearCount!]!
      issuers: [PeerLensIssuerCount!]!
      vias: [PeerLensViaCount!]!
    }
    type PeerLensPage {
      totalCount: Int!
      items: [PeerLensRow!]!
      facets: PeerLensFacets!
    }
    type Query {
      lens(
        parkId: ID
        industryId: ID
        agencyId: ID
        yearFrom: Int
        yearTo: Int
        issuer: String
        documentId: ID
        via: [String!]
        limit: Int
        offset: Int
        documentDetails: Boolean
      ): PeerLensPage!
        @cypher(statement: """
${peerLensStatement()}
""", columnName: "row")
      measuresAffectingPark(parkId: ID!, includeSubParks: Boolean = true, includeParentZones: Boolean = true): [ParkMeasure!]!
        @cypher(statement: """
${cypher('bench-peer-measures-affecting-park')}
""", columnName: "row")
    }
  `;
}

export async function peerSchema(driver: Driver): Promise<GraphQLSchema> {
  const name = '@neo4j/graphql';
  const { Neo4jGraphQL } = (await import(name)) as {
    Neo4jGraphQL: new (input: { typeDefs: string; driver: Driver }) => { getSchema(): Promise<GraphQLSchema> };
  };
  return new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
}
