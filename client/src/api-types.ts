/**
 * Shapes the explorer reads from the GraphQL API. server/schema/*.graphql is the source of truth;
 * the queries in queries.ts ask for exactly these fields.
 */
export interface Evidence {
  text: string;
  start: number | null;
  end: number | null;
}

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

export interface SearchHit {
  id: string;
  label: string;
  name: string;
  score: number;
  snippet: string;
}

interface Ref {
  id: string;
  label?: string;
  name: string;
}

export interface StartData {
  categories: { items: (Ref & { number: number | null; title: string | null; document: (Ref & Record<string, unknown>) | null })[] };
  tasks: {
    items: (Ref & {
      number: number | null;
      title: string | null;
      category: { id: string } | null;
      measures: { id: string; parks: { via: string; park: Ref & { kind: string | null } }[] }[];
    })[];
  };
  parks: { items: (Ref & { kind: string | null; parent: { id: string } | null })[] };
}

export interface ParkMeasure {
  measure: Ref & { text: string | null; order: number | null; start: number | null; end: number | null };
  task: Ref & { number: number | null; title: string | null };
  category: (Ref & { number: number | null; title: string | null; document: { id: string } | null }) | null;
  park: Ref & { parent: { id: string; parent: { id: string } | null } | null };
  via: 'DIRECT' | 'TASK_CONTEXT' | 'SUB_PARK' | 'PARENT_ZONE';
  hops: number;
  evidence: Evidence | null;
  alsoVia: string[];
}

export interface LensData {
  measuresAffectingPark: ParkMeasure[];
  node: (Ref & { parent?: { id: string; parent: { id: string } | null } | null }) | null;
}

export interface TimelineDocument {
  id: string;
  name: string;
  docNumber: string | null;
  title: string | null;
  year: number | null;
  date: string | null;
}

/** Details of one entity: its own properties plus, for measures and tasks, the links with evidence. */
export type EntityDetails = ApiNode;
