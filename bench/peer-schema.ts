import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { cypher } from '../neo4j/cypher.ts';

/**
 * The peer: the same 'measures affecting this park' question served by @neo4j/graphql over the same
 * Neo4j and data, through its best tool for it, a top-level @cypher field running our own query
 * (cypher/bench-peer-measures-affecting-park.cypher). @neo4j/graphql is a bench-only dependency, loaded
 * by name at run time so `tsc` does not need bench/node_modules.
 */
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
    type Query {
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
