import { sentenceAt } from '../../../core/sentences.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { documentText } from './document-text.ts';

/** Evidence.sentence cuts the sentence out of the document text, fetched once per document per request. */
export const evidenceResolvers = {
  Evidence: {
    sentence: async (evidence, _, ctx) => {
      const { start, end, documentId } = evidence;
      if (!documentId || typeof start !== 'number' || typeof end !== 'number') return evidence.text;
      const text = (await documentText(ctx, documentId)) ?? '';
      return sentenceAt(text, start, end) || evidence.text;
    },
  },
} satisfies Resolvers;
