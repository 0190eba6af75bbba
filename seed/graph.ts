/**
 * The graph contract shared by extraction (producer), the writer and the dry-run export.
 * Shapes follow ../shared/DESIGN.md; the README's model table is the user-facing copy.
 */
export const NODE_LABELS = ['Document', 'Category', 'Task', 'Measure', 'Park', 'Industry', 'Agency'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'HAS_CATEGORY',
  'HAS_TASK',
  'HAS_MEASURE',
  'AFFECTS',
  'TARGETS',
  'INVOLVES',
  'PART_OF',
  'CITES',
  'ISSUED_BY',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Neo4j stores only scalars and homogeneous lists, so properties are restricted to those. */
export type PropertyValue = string | number | boolean | string[] | number[];

export interface GraphNode {
  id: string;
  label: NodeLabel;
  [property: string]: PropertyValue;
}

/** At most one relationship per (type, from, to): extraction keeps the strongest evidence. */
export interface GraphRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  [property: string]: PropertyValue;
}

export interface PolicyGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/**
 * A Document node with its `text` is the document itself; one without is a stub another document cites.
 * The writer replaces the former's properties and structure, and only fills gaps in the latter.
 */
export const isDocumentItself = (node: GraphNode): boolean => node.label === 'Document' && typeof node.text === 'string';
