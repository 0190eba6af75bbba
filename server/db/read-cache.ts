/**
 * Answers of named queries, kept per graph version (see runVersionedRead). The API is read-only and the
 * graph changes only when someone seeds it, so the same question asked again is answered from memory once
 * one cheap round trip has confirmed the graph is still at the version the answer was read at. A write by
 * anyone moves the version on, and every older answer stops matching: there is nothing to expire by hand.
 *
 * Least recently used entries go first once `maxEntries` is reached. Rows are shared between requests, so
 * resolvers must treat them as read-only (they do: GraphQL execution only reads them).
 */
export class ReadCache<Rows = unknown[]> {
  private readonly entries = new Map<string, { version: string; rows: Rows }>();
  /** Reads under way, keyed by version and query, so identical questions asked together share one. */
  readonly inFlight = new Map<string, Promise<Rows>>();

  constructor(readonly maxEntries: number) {}

  get(key: string, version: string): Rows | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-inserted so Map order stays least-recently-used first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.rows;
  }

  set(key: string, version: string, rows: Rows): void {
    if (this.maxEntries <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { version, rows });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
