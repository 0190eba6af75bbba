import { sentenceSpanAt } from '../../core/sentences.ts';

/**
 * The sentence around the first matching word, so a text hit shows why it matched; very long sentences are cut
 * to a window around the match. Sentences are the seed's own (core/sentences.ts).
 */
const MAX_SNIPPET = 280;

function firstMatch(lower: string, terms: string[]): number {
  let best = -1;
  for (const term of terms) {
    const at = lower.search(new RegExp(`(^|[^\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'));
    if (at >= 0) {
      const start = at === 0 && lower.startsWith(term) ? 0 : at + 1;
      if (best < 0 || start < best) best = start;
    }
  }
  return best;
}

export function sentenceAround(text: string, terms: string[]): string {
  const at = Math.max(0, firstMatch(text.toLowerCase(), terms));
  const span = sentenceSpanAt(text, at, Math.min(text.length, at + 1));
  if (!span) return '';
  if (span.end - span.start <= MAX_SNIPPET) return text.slice(span.start, span.end);
  const from = span.start + Math.max(0, at - span.start - MAX_SNIPPET / 2);
  return `${from > span.start ? '…' : ''}${text.slice(from, Math.min(span.end, from + MAX_SNIPPET)).trim()}…`;
}

/** For a name hit, the name or alias that matched (an alias explains why 'ZGC' found Zhongguancun). */
export function matchingName(candidates: string[], terms: string[], fallback: string): string {
  return candidates.find((candidate) => firstMatch(candidate.toLowerCase(), terms) >= 0) ?? fallback;
}
