import { sentenceAt } from '../../../core/sentences.ts';
import type { ApiContext } from '../context.ts';

/** Evidence.sentence cuts the sentence out of the document text, fetched once per document per request. */
interface EvidenceRow {
  text: string;
  start?: number | null;
  end?: number | null;
  documentId?: string | null;
}

export const evidenceResolvers = {
  Evidence: {
    sentence: async (evidence: EvidenceRow, _: unknown, ctx: ApiContext): Promise<string> => {
      const { start, end, documentId } = evidence;
      if (!documentId || typeof start !== 'number' || typeof end !== 'number') return evidence.text;
      const row = await ctx.batch.load('get-entity-texts', {}, documentId);
      const text = typeof row?.text === 'string' ? row.text : '';
      return sentenceAt(text, start, end) || evidence.text;
    },
  },
};
