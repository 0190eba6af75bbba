import type { Driver } from 'neo4j-driver';
import { cypher } from '../../neo4j/cypher.ts';
import type { DocumentReference } from '../parse/document-reference.ts';

/**
 * Removing documents from the library, all in one transaction: their own structure and links go; a removed
 * document that others still cite stays as a stub; then whatever only they referred to (an entity no other measure
 * names, a cited stub nothing else cites) goes too. Shared entities stay while anything still refers to them.
 */
export class NothingHeldError extends Error {
  override name = 'NothingHeldError';
}

export interface Removal {
  documents: { id: string; docNumber: string | null; language: string | null }[];
  /** Nodes left unreferenced by the removal and removed with it. */
  orphans: number;
}

export async function removeDocuments(driver: Driver, reference: DocumentReference, label: string, database?: string): Promise<Removal> {
  const session = driver.session(database ? { database } : {});
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run(cypher('find-documents-to-remove'), reference);
      const documents = found.records.map((r) => r.toObject() as Removal['documents'][number]);
      // Thrown inside the transaction, so it is rolled back: nothing changes.
      if (documents.length === 0) throw new NothingHeldError(`nothing held for ${label}; \`npm run seed -- --list\` shows what is held.`);
      const documentIds = documents.map((d) => d.id);
      const neighbours = await tx.run(cypher('list-document-neighbours'), { documentIds });
      const ids = (neighbours.records[0]?.get('ids') as string[] | undefined) ?? [];
      await tx.run(cypher('delete-document-structure'), { documentIds });
      await tx.run(cypher('retire-documents'), { documentIds });
      const orphans = await tx.run(cypher('delete-orphans'), { ids });
      return { documents, orphans: Number(orphans.records[0]?.get('deleted') ?? 0) };
    });
  } finally {
    await session.close();
  }
}
