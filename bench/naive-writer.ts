import type { Driver } from 'neo4j-driver';
import type { PolicyGraph } from '../core/graph-contract.ts';
import { cypher } from '../neo4j/cypher.ts';
import { isOwned, ownDocumentIds } from '../seed/write/write-rows.ts';

/**
 * The comparison writer: what a first version typically does, one upsert per node and per relationship,
 * each its own round-trip. Same transaction boundary (one per document) and the very queries seed/write/write.ts
 * upserts with (merge-nodes, merge-relationships), each sent with a single row, so the only difference
 * measured is batching.
 */

export async function writeGraphNaively(driver: Driver, graph: PolicyGraph): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      const documentIds = ownDocumentIds(graph);
      if (documentIds.length > 0) await tx.run(cypher('delete-document-structure'), { documentIds });
      for (const node of graph.nodes) {
        const { id, label, ...props } = node;
        await tx.run(cypher('merge-nodes'), { rows: [{ id, label, owned: isOwned(node), props }] });
      }
      for (const { type, from, to, ...props } of graph.relationships) {
        await tx.run(cypher('merge-relationships'), { rows: [{ type, from, to, props }] });
      }
    });
  } finally {
    await session.close();
  }
}
