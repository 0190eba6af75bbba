import { LRUCache } from 'lru-cache';
import { answerBytes } from './answer-bytes.ts';

interface Entry<Rows> {
  version: string;
  rows: Rows;
}

/**
 * Answers of named queries, kept per graph version (see runVersionedRead). The API is read-only and the
 * graph changes only when someone seeds it, so the same question asked again is answered from memory once
 * one cheap round trip has confirmed the graph is still at the version the answer was read at. A write by
 * anyone moves the version on, and every older answer stops matching: there is nothing to expire by hand.
 *
 * Bounded by bytes (answerBytes, an estimate that errs high), least recently used out first, by lru-cache.
 * An answer larger than the whole budget is not kept at all, rather than pushing every other answer out.
 * Rows are shared between requests, so resolvers must treat them as read-only (they do: GraphQL execution
 * only reads them).
 */
export class ReadCache<Rows = unknown[]> {
  private readonly entries: LRUCache<string, Entry<Rows>>;
  /** Reads under way, keyed by version and query, so identical questions asked together share one. */
  readonly inFlight = new Map<string, Promise<Rows>>();

  /** `maxBytes` must be at least 1; a budget of 0 means no cache at all (createContextFactory). */
  constructor(readonly maxBytes: number) {
    this.entries = new LRUCache<string, Entry<Rows>>({
      maxSize: maxBytes,
      // The key is held too; its string counts like any other.
      sizeCalculation: (entry, key) => answerBytes(key) + answerBytes(entry.version) + answerBytes(entry.rows),
    });
  }

  get(key: string, version: string): Rows | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.rows;
  }

  set(key: string, version: string, rows: Rows): void {
    this.entries.set(key, { version, rows });
  }

  get size(): number {
    return this.entries.size;
  }

  /** Estimated bytes held, never above maxBytes. */
  get bytes(): number {
    return this.entries.calculatedSize;
  }
}
