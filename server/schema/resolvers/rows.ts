/**
 * What the rows of cypher/*.cypher hold when a resolver hands them to the fields below it (codegen.ts maps
 * the schema's entity types and Evidence to these, so parent arguments are typed by the generated Resolvers).
 */

/** A node as the queries return it: its own properties, keyed as in the graph contract. */
export type EntityRow = { id: string; label: string } & Record<string, unknown>;

export interface EvidenceRow {
  text: string;
  start?: number | null;
  end?: number | null;
  documentId?: string | null;
}
