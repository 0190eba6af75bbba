/**
 * The graph contract, defined once and imported by seed (which produces it), the server, the explorer and the
 * bench. It imports nothing, so the browser bundle can take it too. The README's model table is the
 * user-facing copy; change both together.
 */

/** Node labels, in the order the explorer's legend lists them (the document hierarchy first). */
export const NODE_LABELS = ['Document', 'Category', 'Task', 'Measure', 'Park', 'Industry', 'Agency'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const isNodeLabel = (value: string): value is NodeLabel => (NODE_LABELS as readonly string[]).includes(value);

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
  'ADDRESSED_TO',
  'VERSION_OF',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/**
 * How a measure reaches a park (README, "Which measures affect a park?"): the writer stores DIRECT and
 * TASK_CONTEXT on AFFECTS; SUB_PARK and PARENT_ZONE are derived at query time through PART_OF.
 */
export const VIAS = ['DIRECT', 'TASK_CONTEXT', 'SUB_PARK', 'PARENT_ZONE'] as const;
export type Via = (typeof VIAS)[number];

/** Document.language: the languages the seed tells apart (seed/parse/language.ts). */
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

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

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const isStrictlyAscending = (list: readonly string[]): boolean => {
  for (let i = 1; i < list.length; i++) if (!(list[i - 1]! < list[i]!)) return false;
  return true;
};

/** Aliases as the graph keeps them: each once, in code-unit order (Neo4j's ORDER BY on strings agrees). */
export const unionAliases = (previous: readonly string[], more: readonly string[]): string[] =>
  // A gazetteer entry's aliases are already unique and sorted: copying them skips a Set and a sort per mention.
  previous.length === 0 && isStrictlyAscending(more) ? [...more] : [...new Set([...previous, ...more])].sort(byCodeUnit);

/**
 * Entity resolution's one rule, which cypher/merge-nodes.cypher applies to shared entities in the database:
 * per property the first value seen wins, and aliases are unioned. Folds `source` into `target` in place.
 */
export function foldProperties(target: Record<string, PropertyValue>, source: Readonly<Record<string, PropertyValue>>): void {
  for (const [key, value] of Object.entries(source)) {
    if (key === 'aliases' && Array.isArray(value)) {
      target.aliases = unionAliases((target.aliases as string[] | undefined) ?? [], value as string[]);
    } else if (!(key in target)) {
      target[key] = value;
    }
  }
}
