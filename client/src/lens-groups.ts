import type { LensAnswer, LensDocument, LensRow } from './lens-answer.ts';

/**
 * The lens list's shape: documents, their tasks, their measures, with a count at each level. Pure.
 * A small answer is grouped from its rows (every count is exact, every group open). A large one lists the facet's
 * documents (most measures first) a page at a time; an opened document lists its tasks with the exact counts of
 * Query.lensTasks and, under each, the rows fetched so far.
 */
export interface TaskGroup {
  task: LensRow['task'];
  count: number;
  rows: LensRow[];
}

export interface DocumentGroup {
  document: Pick<LensDocument, 'id' | 'name' | 'docNumber' | 'title' | 'year'> & { language?: string | null };
  count: number;
  open: boolean;
  tasks: TaskGroup[];
  /** Rows of this document not fetched yet. */
  unloaded: number;
}

export interface LensGroups {
  documents: DocumentGroup[];
  /** Documents of the answer not listed yet, and the measures they hold. */
  moreDocuments: number;
  moreMeasures: number;
}

/** Rows in the lens's order, grouped by document then task, keeping that order. */
export function groupRows(rows: LensRow[]): DocumentGroup[] {
  const documents = new Map<string, DocumentGroup>();
  for (const row of rows) {
    let group = documents.get(row.document.id);
    if (!group) {
      group = { document: row.document, count: 0, open: true, tasks: [], unloaded: 0 };
      documents.set(row.document.id, group);
    }
    group.count += 1;
    let task = group.tasks.at(-1);
    if (task?.task.id !== row.task.id) {
      task = { task: row.task, count: 0, rows: [] };
      group.tasks.push(task);
    }
    task.count += 1;
    task.rows.push(row);
  }
  return [...documents.values()];
}

export function lensGroups(answer: LensAnswer): LensGroups {
  if (answer.rows) return { documents: groupRows(answer.rows), moreDocuments: 0, moreMeasures: 0 };
  const listed = answer.facets.documents.slice(0, answer.documentsShown);
  const rest = answer.facets.documents.slice(answer.documentsShown);
  const documents = listed.map(({ document, count }): DocumentGroup => {
    const opened = answer.opened[document.id];
    if (!opened) return { document, count, open: false, tasks: [], unloaded: count };
    const byTask = new Map<string, LensRow[]>();
    for (const row of opened.rows) byTask.set(row.task.id, [...(byTask.get(row.task.id) ?? []), row]);
    const tasks = opened.tasks.map((t) => ({ task: t.task, count: t.count, rows: byTask.get(t.task.id) ?? [] }));
    return { document, count, open: true, tasks, unloaded: Math.max(0, opened.total - opened.rows.length) };
  });
  return {
    documents,
    moreDocuments: rest.length,
    moreMeasures: rest.reduce((sum, d) => sum + d.count, 0),
  };
}

/** "12 measures", "1 measure": counts read as words everywhere in the lens. */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}
