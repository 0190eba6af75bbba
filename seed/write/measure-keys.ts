import type { PolicyGraph } from '../../core/graph-contract.ts';

/**
 * What the lens reads per measure without walking measure → task → category → document for each of them (on
 * 10,000 corpus documents that walk was most of the 1.7 million db hits of Zhongguancun's first page):
 * `documentId`, the document the measure belongs to. It is a fact of the document's own text, fixed when its
 * structure is written and replaced with it, so no other document's write can make it stale (unlike the document's
 * issuer, which a citing document's stub may fill in; the lens reads year, issuer and date from the Document node,
 * once per document).
 *
 * A measure's place in its document needs no key of its own: its `start` offset sorts as (task start, measure order),
 * because a document's tasks do not overlap and a task's measures are its sentences in text order.
 */
export interface MeasureKeys {
  documentId: string;
}

/** The keys of every measure in the graph that hangs under a document through a category and a task. */
export function measureKeys(graph: PolicyGraph): Map<string, MeasureKeys> {
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
    if (documentId !== undefined) keys.set(node.id, { documentId });
  }
  return keys;
}
