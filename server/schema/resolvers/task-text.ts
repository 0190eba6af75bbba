import type { ApiContext } from '../context.ts';
import { documentText } from './document-text.ts';
import { column, related } from './related.ts';
import type { EntityRow } from './rows.ts';

const documentOf = related('get-task-documents', column<string | null>('documentId', null));

/**
 * Task.text is its document's text from `start` to `end`: the seed does not store it twice. The document's text
 * is loaded once per request (the batcher caches it), however many of its tasks are shown. A graph seeded before
 * tasks stopped carrying their text still has it on the row, which is the same string.
 */
export async function taskText(row: EntityRow, args: Record<PropertyKey, never>, ctx: ApiContext): Promise<string | null> {
  if (typeof row.text === 'string') return row.text;
  const { start, end } = row;
  if (typeof start !== 'number' || typeof end !== 'number') return null;
  const documentId = await documentOf(row, args, ctx);
  if (documentId === null) return null;
  const text = await documentText(ctx, documentId);
  return text === null ? null : text.slice(start, end);
}
