import type { PolicyGraph, PropertyValue } from '../../core/graph-contract.ts';

/**
 * What the lens reads per measure without walking measure → task → category → document for each of them (on
 * 10,000 corpus documents that walk was most of the 1.7 million db hits of Zhongguancun's first page):
 * - `documentId`: the document the measure belongs to;
 * - `documentOrder`: the measure's place in its document (the task's start offset, then the measure's order, both
 *   zero-padded so the string sorts as the pair does).
 * Both are facts of the document's own text, fixed when its structure is written and replaced with it, so no other
 * document's write can make them stale (unlike the document's issuer, which a citing document's stub may fill in;
 * the lens reads year, issuer and date from the Document node, once per document).
 */
export interface MeasureKeys {
  documentId: string;
  documentOrder: string;
}

const pad = (value: PropertyValue | undefined, width: number) =>
  // A missing number sorts last, as Cypher's ORDER BY puts null last.
  typeof value === 'number' ? String(value).padStart(width, '0') : '~';

/** The keys of every measure in the graph that hangs under a document through a category and a task. */
export function measureKeys(graph: PolicyGraph): Map<string, MeasureKeys> {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const parent = new Map<string, string>();
  for (const r of graph.relationships) {
    if (r.type === 'HAS_MEASURE' || r.type === 'HAS_TASK' || r.type === 'HAS_CATEGORY') parent.set(r.to, r.from);
  }
  const keys = new Map<string, MeasureKeys>();
  for (const node of graph.nodes) {
    if (node.label !== 'Measure') continue;
    const taskId = parent.get(node.id);
    const categoryId = taskId === undefined ? undefined : parent.get(taskId);
    const documentId = categoryId === undefined ? undefined : parent.get(categoryId);
    if (documentId === undefined || taskId === undefined) continue;
    keys.set(node.id, { documentId, documentOrder: `${pad(nodes.get(taskId)?.start, 10)}.${pad(node.order, 5)}` });
  }
  return keys;
}
