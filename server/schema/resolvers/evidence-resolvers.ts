import { sentenceAt } from '../../../core/sentences.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

/** Evidence.sentence cuts the sentence out of the document text, fetched once per document per request. */
export const evidenceResolvers = {
  Evidence: {
    sentence: async (evidence, _, ctx) => {
      const { start, end, documentId } = evidence;
      if (!documentId || typeof start !== 'number' || typeof end !== 'number') return evidence.text;
      const row = await ctx.batch.load('get-entity-texts', {}, documentId);
      const text = typeof row?.text === 'string' ? row.text : '';
      return sentenceAt(text, start, end) || evidence.text;
    },
  },
} satisfies Resolvers;
