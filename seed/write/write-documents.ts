import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Driver } from 'neo4j-driver';
import type { PolicyGraph } from '../../core/graph-contract.ts';
import { isAuthError, isDatabaseUnavailable } from '../../neo4j/neo4j-errors.ts';
import { DocumentError } from '../read/read-document.ts';
import { type WriteOptions, writeGraphs } from './write.ts';
import { ownDocumentIds, rowCount } from './write-rows.ts';

/**
 * Seeding many documents: they are written in groups, one transaction per group, because a commit and its
 * round trips cost far more than the rows of one document (measured: about 45 ms of commit per document when
 * each had its own). The next group is read and extracted while the current one is being written, and no
 * more than two groups are held at once, so memory does not grow with the number of documents.
 *
 * Nothing is lost and no bad document takes others down: when a group's transaction fails for any reason but
 * an unreachable database, it has been rolled back entirely, and its documents are written again one
 * transaction each, so only a document that fails on its own is rejected.
 */
export interface DocumentSource {
  /** Shown in progress and errors: the file path, or a name. */
  name: string;
  /** Reads and extracts; throws DocumentError for a bad document. */
  load(): PolicyGraph;
}

export interface WriteDocumentsOptions extends Pick<WriteOptions, 'database'> {
  /** A group closes at this many documents… */
  maxDocuments?: number;
  /** …or once it holds this many nodes plus relationships. */
  maxRows?: number;
  onWritten?(written: { name: string; graph: PolicyGraph; index: number; groupSize: number; groupMs: number }): void;
  onRejected?(rejected: { name: string; error: DocumentError; index: number }): void;
  /** After each committed transaction, once its documents have been reported. */
  onCommitted?(committed: { documents: number; ms: number }): void;
}

export interface WriteDocumentsResult {
  written: number;
  rejected: number;
}

export const DEFAULT_MAX_DOCUMENTS = 100;
export const DEFAULT_MAX_ROWS = 10_000;
const FIRST_GROUP_ROWS = 1_000;

interface Loaded {
  name: string;
  index: number;
  graph: PolicyGraph;
}

type Pending = { loaded: Loaded[]; rejected: { name: string; error: DocumentError; index: number }[] };

export async function writeDocuments(
  driver: Driver,
  sources: Iterable<DocumentSource>,
  options: WriteDocumentsOptions = {},
): Promise<WriteDocumentsResult> {
  const maxDocuments = options.maxDocuments ?? DEFAULT_MAX_DOCUMENTS;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const writeOptions = options.database ? { database: options.database } : {};
  const iterator = sources[Symbol.iterator]();
  let index = 0;
  let exhausted = false;
  let carried: Loaded | undefined;
  const result: WriteDocumentsResult = { written: 0, rejected: 0 };

  // The first groups are small and each next one twice the size, up to maxRows: the writer starts after a
  // few documents instead of after a full group's extraction, which is most of the time for a short run.
  let rowLimit = Math.min(maxRows, FIRST_GROUP_ROWS);
  /** Loads the next group, one document per event-loop turn so an in-flight write keeps moving meanwhile. */
  const nextGroup = async (): Promise<Pending> => {
    const limit = rowLimit;
    rowLimit = Math.min(maxRows, rowLimit * 2);
    const pending: Pending = { loaded: carried ? [carried] : [], rejected: [] };
    carried = undefined;
    let rows = pending.loaded.reduce((sum, item) => sum + rowCount(item.graph), 0);
    const ids = new Set(pending.loaded.flatMap((item) => ownDocumentIds(item.graph)));
    while (!exhausted && pending.loaded.length < maxDocuments && rows < limit) {
      await yieldToEventLoop();
      const step = iterator.next();
      if (step.done) {
        exhausted = true;
        break;
      }
      const source = step.value;
      const item = { name: source.name, index: index++ };
      let graph: PolicyGraph;
      try {
        graph = source.load();
      } catch (error) {
        if (!(error instanceof DocumentError)) throw error;
        pending.rejected.push({ ...item, error });
        continue;
      }
      const loaded = { ...item, graph };
      // The same document twice goes in separate transactions, in order, as if written one by one.
      if (ownDocumentIds(graph).some((id) => ids.has(id))) {
        carried = loaded;
        break;
      }
      for (const id of ownDocumentIds(graph)) ids.add(id);
      pending.loaded.push(loaded);
      rows += rowCount(graph);
    }
    return pending;
  };

  /** One transaction for the group; reports its documents and returns undefined, or returns why it failed. */
  const commit = async (group: Loaded[]): Promise<{ error: unknown } | undefined> => {
    const started = performance.now();
    try {
      await writeGraphs(
        driver,
        group.map((item) => item.graph),
        writeOptions,
      );
    } catch (error) {
      if (isDatabaseUnavailable(error) || isAuthError(error)) throw error;
      return { error };
    }
    const groupMs = performance.now() - started;
    for (const item of group) {
      result.written += 1;
      options.onWritten?.({ ...item, groupSize: group.length, groupMs });
    }
    options.onCommitted?.({ documents: group.length, ms: groupMs });
    return undefined;
  };

  const write = async (group: Loaded[]): Promise<void> => {
    if (group.length === 0) return;
    const failed = await commit(group);
    if (!failed) return;
    if (group.length === 1) return reject(refused(group[0]!, failed.error));
    // Rolled back as a whole: find the document that fails alone, write the others.
    for (const item of group) {
      const alone = await commit([item]);
      if (alone) reject(refused(item, alone.error));
    }
  };

  const refused = (item: Loaded, error: unknown) => ({
    ...item,
    error: new DocumentError(item.name, `Neo4j refused it: ${error instanceof Error ? error.message : String(error)}`),
  });

  const reject = (rejected: { name: string; error: DocumentError; index: number }) => {
    result.rejected += 1;
    options.onRejected?.(rejected);
  };

  let current = await nextGroup();
  for (;;) {
    current.rejected.forEach(reject);
    if (current.loaded.length === 0 && exhausted && !carried) break;
    // Started before the write, so extraction of the next group overlaps the database's work on this one.
    const upcoming = nextGroup();
    try {
      await write(current.loaded);
    } catch (error) {
      await upcoming.catch(() => undefined);
      throw error;
    }
    current = await upcoming;
  }
  return result;
}
