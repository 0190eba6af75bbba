import type { Driver } from 'neo4j-driver';
import { cypher } from '../neo4j/cypher.ts';
import { documentReference } from './parse/document-reference.ts';
import { NothingHeldError, removeDocuments } from './write/remove-documents.ts';

/** `npm run seed -- --list` and `--remove`: what the library holds, and taking documents out of it. */
type Say = (line: string) => void;

interface HeldDocument {
  id: string;
  docNumber: string | null;
  language: string | null;
  year: number | null;
  title: string | null;
  tasks: number;
}

const TITLE = 60;

export async function listDocuments(driver: Driver, say: Say, database?: string): Promise<void> {
  const { records } = await driver.executeQuery(cypher('list-held-documents'), {}, database ? { database } : {});
  const held = records.map((r) => r.toObject() as HeldDocument);
  for (const d of held) {
    const title = (d.title ?? '').length > TITLE ? `${d.title!.slice(0, TITLE - 1)}…` : (d.title ?? '');
    say(`${d.id}  ${d.docNumber ?? '(no number)'}  ${d.language ?? '?'}  ${d.year ?? '?'}  ${d.tasks} tasks  ${title}`);
  }
  say(`${held.length} document${held.length === 1 ? '' : 's'} held.`);
}

/** Each reference in its own transaction; one that names nothing held is an error line, and changes nothing. */
export async function removeReferences(driver: Driver, references: string[], say: Say, database?: string): Promise<number> {
  let failed = 0;
  for (const reference of references) {
    const target = documentReference(reference);
    if (!target) {
      console.error(
        `error: "${reference}" is neither a document id (document:…) nor a document number; \`npm run seed -- --list\` shows both.`,
      );
      failed += 1;
      continue;
    }
    try {
      const removal = await removeDocuments(driver, target, reference, database);
      const names = removal.documents.map((d) => `${d.id}${d.language ? ` (${d.language})` : ''}`).join(', ');
      say(`removed ${names}, and ${removal.orphans} node${removal.orphans === 1 ? '' : 's'} nothing else referred to.`);
    } catch (error) {
      if (!(error instanceof NothingHeldError)) throw error;
      console.error(`error: ${error.message}`);
      failed += 1;
    }
  }
  return failed;
}
