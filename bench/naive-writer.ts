import type { Driver } from 'neo4j-driver';
import { cypher } from '../server/db/cypher.ts';
import type { GraphNode, PolicyGraph } from '../seed/graph.ts';
import { isOwned } from '../seed/write-rows.ts';

/**
 * The comparison writer: what a first version typically does, one MERGE per node and per relationship,
 * each its own round-trip. Same transaction boundary (one per document) and the same upsert rules as
 * seed/write.ts, so the only difference measured is batching.
 */

export async function writeGraphNaively(driver: Driver, graph: PolicyGraph): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      for (const node of graph.nodes) {
        if (node.label === 'Document' && isOwned(node)) await tx.run(cypher('delete-document-structure'), { documentIds: [node.id] });
      }
      for (const { id, label, ...props } of graph.nodes) {
        await tx.run(cypher('bench-merge-node'), { id, label, owned: isOwned({ id, label, ...props } as GraphNode), props });
      }
      for (const { type, from, to, ...props } of graph.relationships) {
        await tx.run(cypher('bench-merge-relationship'), { type, from, to, props });
      }
    });
  } finally {
    await session.close();
  }
}
