import type { GraphFieldsFragment } from './generated/graphql.ts';

/** Graph data as the API returns it, shared by the queries that fetch it and the module that turns it into elements. */
export type Evidence = NonNullable<GraphFieldsFragment['edges'][number]['evidence']>;

/**
 * A node or edge as element data. Elements come from queries that ask for different fields (start view, lens,
 * neighbourhood) and from here (REACHES edges with their `count`), so these name what every element has and
 * let the rest through; each query's exact result type is generated (generated/graphql.ts).
 */
export interface ApiNode {
  id: string;
  label: string;
  name: string;
  /** Label-specific properties (number, title, year, kind, aliases …) as the API returns them. */
  [property: string]: unknown;
}

export interface ApiEdge {
  /** Stable: TYPE:source->target. */
  id: string;
  source: string;
  target: string;
  type: string;
  via?: string | null;
  role?: string | null;
  evidence?: Evidence | null;
  [property: string]: unknown;
}

export interface ApiGraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
  truncated: boolean;
}
