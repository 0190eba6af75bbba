import type { ElementDefinition } from 'cytoscape';
import type { ApiEdge, ApiGraph, ApiNode } from './api-graph.ts';
import type { StartData } from './queries.ts';

/**
 * Pure data shaping between the API and Cytoscape: no DOM, no Cytoscape instance, fully unit-tested.
 * Element data keeps every API property, plus `short` (the on-canvas caption) which the stylesheet shows.
 */

const CAPTION_MAX = 32;

export function truncate(text: string, max = CAPTION_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  // Prefer ending on a whole word unless that would throw away more than a third of the caption.
  const space = cut.lastIndexOf(' ');
  return `${(space > (max * 2) / 3 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Last segment of a deterministic id: `measure:guo-han-2020-123:13.2` → `13.2`. */
export function idTail(id: string): string {
  return id.slice(id.lastIndexOf(':') + 1);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** The caption a person can read on the canvas, short enough not to cover its neighbours. */
export function caption(node: ApiNode): string {
  const name = text(node.name) || text(node.title) || idTail(node.id);
  switch (node.label) {
    case 'Document': {
      const year = text(node.year);
      const number = text(node.docNumber);
      return number ? truncate(number) : year ? `${year} · ${truncate(name, 24)}` : truncate(name);
    }
    case 'Category':
      return node.number != null ? `(${text(node.number)}) ${truncate(text(node.title) || name, 26)}` : truncate(name);
    case 'Task':
      return node.number != null ? `${text(node.number)}. ${truncate(text(node.title) || name, 24)}` : truncate(name);
    case 'Measure':
      return `M ${idTail(node.id)}`;
    default:
      return truncate(name);
  }
}

export function nodeElement(node: ApiNode): ElementDefinition {
  return { group: 'nodes', data: { ...node, short: caption(node) } };
}

export function edgeElement(edge: ApiEdge): ElementDefinition {
  return { group: 'edges', data: { ...edge } };
}

export function toElements(graph: Pick<ApiGraph, 'nodes' | 'edges'>): ElementDefinition[] {
  return [...graph.nodes.map(nodeElement), ...graph.edges.map(edgeElement)];
}

/**
 * The elements worth adding to a view that already holds `has` ids: no duplicates (neither with the view
 * nor within the batch) and no edge whose ends would be missing, since Cytoscape rejects dangling edges.
 */
export function mergeElements(existing: (id: string) => boolean, incoming: ElementDefinition[]): ElementDefinition[] {
  const seen = new Set<string>();
  const nodes: ElementDefinition[] = [];
  const nodeIds = new Set<string>();
  const edges: ElementDefinition[] = [];
  for (const element of incoming) {
    const id = String(element.data.id);
    if (existing(id) || seen.has(id)) continue;
    seen.add(id);
    const isEdge = element.group === 'edges' || element.data.source !== undefined;
    (isEdge ? edges : nodes).push(element);
    if (!isEdge) nodeIds.add(id);
  }
  // A set, not a scan of `nodes` per edge end: that was 6 million comparisons for a 5,000-element view.
  const present = (id: unknown) => typeof id === 'string' && (existing(id) || nodeIds.has(id));
  return [...nodes, ...edges.filter((edge) => present(edge.data.source) && present(edge.data.target))];
}

const edgeId = (type: string, source: string, target: string) => `${type}:${source}->${target}`;

function edge(type: string, source: string, target: string, extra: Partial<ApiEdge> = {}): ApiEdge {
  return { id: edgeId(type, source, target), source, target, type, ...extra };
}

type Graphish = { nodes: ApiNode[]; edges: ApiEdge[] };

/** One node per id and one edge per id (the first wins); with `closed`, only edges whose ends are present. */
function dedupe(graph: Graphish, closed = true): Graphish {
  const nodes = new Map<string, ApiNode>();
  for (const n of graph.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const edges = new Map<string, ApiEdge>();
  for (const e of graph.edges) {
    if (edges.has(e.id) || (closed && !(nodes.has(e.source) && nodes.has(e.target)))) continue;
    edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/**
 * The start view: documents, their categories and tasks, and the parks the tasks reach, without the
 * ~100 measures in between (they make a hairball). Each task → measure → park chain becomes one dashed
 * REACHES edge carrying how many measures it stands for; parks keep their PART_OF links to show zones.
 * Edge ids follow the API's TYPE:source->target, so later neighbourhoods merge without duplicates.
 */
export function startGraph(data: StartData): Graphish {
  const nodes: ApiNode[] = [];
  const edges: ApiEdge[] = [];
  for (const c of data.categories.items) {
    const { document, ...category } = c;
    nodes.push({ ...category, label: 'Category' });
    if (document) {
      nodes.push({ ...document, label: 'Document' });
      edges.push(edge('HAS_CATEGORY', document.id, c.id));
    }
  }
  const reach = new Map<string, ApiEdge & { count: number; measures: string[] }>();
  const reachedParks = new Set<string>();
  for (const t of data.tasks.items) {
    const { measures, category, ...task } = t;
    nodes.push({ ...task, label: 'Task' });
    if (category) edges.push(edge('HAS_TASK', category.id, t.id));
    for (const m of measures) {
      for (const { park } of m.parks) {
        reachedParks.add(park.id);
        nodes.push({ ...park, label: 'Park' });
        const id = edgeId('REACHES', t.id, park.id);
        const r = reach.get(id) ?? { ...edge('REACHES', t.id, park.id), count: 0, measures: [] };
        if (!r.measures.includes(m.id)) r.measures.push(m.id);
        r.count = r.measures.length;
        reach.set(id, r);
      }
    }
  }
  for (const p of data.parks.items) {
    if (p.parent && reachedParks.has(p.id) && reachedParks.has(p.parent.id)) edges.push(edge('PART_OF', p.id, p.parent.id));
  }
  return dedupe({ nodes, edges: [...edges, ...reach.values()] });
}

/** Relationships of one node grouped by type and direction, most frequent first, for the details panel. */
export function groupRelationships(
  nodeId: string,
  edges: ApiEdge[],
  names: (id: string) => string,
): { key: string; type: string; outgoing: boolean; items: { id: string; edgeId: string; name: string }[] }[] {
  const groups = new Map<string, { key: string; type: string; outgoing: boolean; items: { id: string; edgeId: string; name: string }[] }>();
  for (const e of edges) {
    if (e.source !== nodeId && e.target !== nodeId) continue;
    const outgoing = e.source === nodeId;
    const other = outgoing ? e.target : e.source;
    const key = `${outgoing ? '→' : '←'} ${e.type}`;
    const group = groups.get(key) ?? { key, type: e.type, outgoing, items: [] };
    group.items.push({ id: other, edgeId: e.id, name: names(other) });
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.items.length - a.items.length || a.key.localeCompare(b.key));
}
