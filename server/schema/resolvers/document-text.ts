import type { ApiContext } from '../context.ts';

/**
 * A document's full text by id, through the per-request batcher, so each document's text is read once per request
 * whoever asks for it: Document.text, and Task.text and Evidence.sentence, which are cut out of it.
 */
export async function documentText(ctx: ApiContext, documentId: string): Promise<string | null> {
  const row = await ctx.batch.load('get-entity-texts', {}, documentId);
  return typeof row?.text === 'string' ? row.text : null;
}
