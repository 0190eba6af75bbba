/**
 * The sentence around the first matching word, so a text hit shows why it matched. Sentences end at
 * . ; ! ? (and their CJK forms); very long sentences are cut to a window around the match.
 */
const MAX_SNIPPET = 280;
const SENTENCE_END = /[.;!?。；！？]/u;

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
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start -= 1;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end += 1;
  if (end < text.length) end += 1;
  let sentence = text.slice(start, end).trim();
  if (sentence.length > MAX_SNIPPET) {
    const offset = Math.max(0, at - start - MAX_SNIPPET / 2);
    sentence = `${offset > 0 ? '…' : ''}${text.slice(start + offset, start + offset + MAX_SNIPPET).trim()}…`;
  }
  return sentence;
}

/** For a name hit, the name or alias that matched (an alias explains why 'ZGC' found Zhongguancun). */
export function matchingName(candidates: string[], terms: string[], fallback: string): string {
  return candidates.find((candidate) => firstMatch(candidate.toLowerCase(), terms) >= 0) ?? fallback;
}
