/**
 * The sentence of `text` that holds the span [start, end): evidence is stored as the words that made a
 * link, and people want to read them in their sentence. Sentences end at . ; ! ? (and CJK forms) or
 * a blank line, so a heading is not glued to the paragraph under it.
 */
const MAX_SENTENCE = 600;

function isBoundary(text: string, at: number): boolean {
  const char = text[at]!;
  if (/[。；！？]/u.test(char)) return true;
  if (char === '\n') return text[at + 1] === '\n' || text[at - 1] === '\n';
  // A full stop only ends a sentence before whitespace ('No. 81' and '5.2' stay whole only if no space
  // follows; 'No.' before a space is a known, harmless over-split).
  return /[.;!?]/.test(char) && (at + 1 >= text.length || /\s/.test(text[at + 1]!));
}

export function sentenceAt(text: string, start: number, end: number): string {
  if (start < 0 || end > text.length || start > end) return '';
  let from = start;
  while (from > 0 && start - from < MAX_SENTENCE && !isBoundary(text, from - 1)) from -= 1;
  let to = Math.max(end, start);
  while (to < text.length && to - end < MAX_SENTENCE && !isBoundary(text, to)) to += 1;
  if (to < text.length && text[to] !== '\n') to += 1;
  return text.slice(from, to).trim();
}
