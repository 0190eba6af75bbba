import type { ApiEdge, ApiNode } from './api-graph.ts';
import type { LensAnswer, LensRow, LensSubject, LensTaskCount } from './lens-answer.ts';

/**
 * What the lens draws, as plain node and edge data. Pure.
 * - `rowsGraph`: a small answer measure by measure, each with its path up to its document and across to what was
 *   asked about (the park, with PART_OF steps for sub-parks and parent zones; the industry; the agency).
 * - `aggregateGraph`: a large answer as what was asked about ← documents, each edge weighted by the document's
 *   measures; `taskElements` and `measureElements` expand one document into its tasks and one task into its measures.
 * Edge ids follow the API's TYPE:source->target, so a later neighbourhood merges without duplicates.
 */
export interface LensGraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
}

/** Documents drawn in the aggregate; the rest of a large answer is one node that says how much it holds. */
export const MAX_DOCUMENT_NODES = 60;
export const MORE_DOCUMENTS = 'lens:more-documents';
export const WEIGHT_EDGE = 'MEASURES';

const edge = (type: string, source: string, target: string, extra: Partial<ApiEdge> = {}): ApiEdge => ({
  id: `${type}:${source}->${target}`,
  source,
  target,
  type,
  ...extra,
});

/** Width in pixels: 1.5 for one measure up to 12 for the largest share, on a square-root scale so small shares show. */
export function edgeWeight(count: number, max: number): number {
  return Math.round((1.5 + 10.5 * Math.sqrt(count / Math.max(1, max))) * 10) / 10;
}

function subjectNodes(subjects: LensSubject[]): ApiNode[] {
  return subjects.map((subject) => {
    const { parent: _parent, ...node } = subject as LensSubject & { parent?: unknown };
    return node as ApiNode;
  });
}

/** One node and one edge per id, the first one winning. */
function dedupe(graph: LensGraph): LensGraph {
  const nodes = new Map<string, ApiNode>();
  for (const n of graph.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const edges = new Map<string, ApiEdge>();
  for (const e of graph.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** A row's measure with its links to each subject asked about, and the PART_OF steps a zone path takes. */
function linkRow(row: LensRow, subjects: LensSubject[], nodes: ApiNode[], edges: ApiEdge[]) {
  const { measure } = row;
  const { translations: _t, ...m } = measure;
  nodes.push({ ...m, label: 'Measure' });
  edges.push(edge('HAS_MEASURE', row.task.id, measure.id));
  for (const subject of subjects) {
    if (subject.label === 'Industry') edges.push(edge('TARGETS', measure.id, subject.id, { evidence: row.industryEvidence }));
    if (subject.label === 'Agency') edges.push(edge('INVOLVES', measure.id, subject.id, { evidence: row.agencyEvidence }));
    if (subject.label !== 'Park' || !row.park) continue;
    const { parent, ...named } = row.park;
    nodes.push({ ...named, label: 'Park' });
    const via = row.via === 'TASK_CONTEXT' ? 'TASK_CONTEXT' : 'DIRECT';
    edges.push(edge('AFFECTS', measure.id, row.park.id, { via, evidence: row.parkEvidence }));
    // A sub-park climbs to the park asked about; the park asked about climbs to the parent zone.
    const [from, chain, stop] =
      row.via === 'SUB_PARK' ? [row.park.id, parent, subject.id] : [subject.id, 'parent' in subject ? subject.parent : null, row.park.id];
    if (row.via !== 'SUB_PARK' && row.via !== 'PARENT_ZONE') continue;
    let child = from;
    for (let p = chain, step = 0; p && step < (row.hops ?? 0); p = p.parent as typeof chain, step += 1) {
      edges.push(edge('PART_OF', child, p.id));
      if (p.id === stop) break;
      child = p.id;
    }
  }
}

export function rowsGraph(rows: LensRow[], subjects: LensSubject[]): LensGraph & { highlight: string[] } {
  const nodes: ApiNode[] = subjectNodes(subjects);
  const edges: ApiEdge[] = [];
  for (const row of rows) {
    const { task, category, document } = row;
    nodes.push({ ...task, label: 'Task' }, { ...document, label: 'Document' });
    if (category) {
      nodes.push({ ...category, label: 'Category' });
      edges.push(edge('HAS_TASK', category.id, task.id), edge('HAS_CATEGORY', document.id, category.id));
    }
    linkRow(row, subjects, nodes, edges);
  }
  const graph = dedupe({ nodes, edges });
  return { ...graph, highlight: [...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)] };
}

export function aggregateGraph(answer: LensAnswer): LensGraph & { highlight: string[] } {
  const nodes: ApiNode[] = subjectNodes(answer.subjects);
  const edges: ApiEdge[] = [];
  const shown = answer.facets.documents.slice(0, MAX_DOCUMENT_NODES);
  const rest = answer.facets.documents.slice(MAX_DOCUMENT_NODES);
  const max = Math.max(1, ...answer.facets.documents.map((d) => d.count));
  const weigh = (source: string, count: number) =>
    answer.subjects.map((s) => edge(WEIGHT_EDGE, source, s.id, { count, weight: edgeWeight(count, max), caption: String(count) }));
  for (const { document, count } of shown) {
    nodes.push({ ...document, label: 'Document' });
    edges.push(...weigh(document.id, count));
  }
  if (rest.length > 0) {
    const measures = rest.reduce((sum, d) => sum + d.count, 0);
    nodes.push({ id: MORE_DOCUMENTS, label: 'More', name: `${rest.length} more documents`, documents: rest.length, measures });
    edges.push(...weigh(MORE_DOCUMENTS, measures));
  }
  const graph = dedupe({ nodes, edges });
  return { ...graph, highlight: [...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)] };
}

/** The aggregate's rings: what was asked about in the middle, then documents, then tasks, then measures. */
export function aggregateRank(node: { id: string; label?: unknown }, subjects: string[]): number {
  if (subjects.includes(node.id)) return 4;
  if (node.label === 'Document' || node.label === 'More') return 3;
  return node.label === 'Task' ? 2 : 1;
}

/** One document of the aggregate opened: its tasks, each weighted by its measures in the answer. */
export function taskElements(documentId: string, tasks: LensTaskCount[]): LensGraph {
  const max = Math.max(1, ...tasks.map((t) => t.count));
  return {
    nodes: tasks.map((t) => ({ ...t.task, label: 'Task', lensDocument: documentId, lensCount: t.count, lensOffset: t.offset })),
    edges: tasks.map((t) =>
      edge(WEIGHT_EDGE, t.task.id, documentId, { count: t.count, weight: edgeWeight(t.count, max), caption: String(t.count) }),
    ),
  };
}

/** One task of the aggregate opened: its measures and their links to what was asked about. */
export function measureElements(rows: LensRow[], subjects: LensSubject[]): LensGraph {
  const nodes: ApiNode[] = [];
  const edges: ApiEdge[] = [];
  for (const row of rows) linkRow(row, subjects, nodes, edges);
  return dedupe({ nodes, edges });
}
