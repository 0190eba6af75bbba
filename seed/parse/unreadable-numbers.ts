/**
 * Number-like strings the finders could not read: a bracketed year with a serial (〔2020〕5号, [2020] No. 5)
 * or an order (令第5号, Order No. 5) whose prefix or issuer is unknown. They are reported, not dropped, so
 * the seed can warn that a citation was lost (and which prefix or issuer to teach the parser).
 */
import type { TextRange } from './parsed-policy.ts';

const OPEN = '[〔［[【(（]';
const CLOSE = '[〕］\\]】)）]';
const NUMBER_LIKE = new RegExp(
  [
    `${OPEN}\\d{4}${CLOSE}[ \\t]*(?:第?\\d{1,4}[ \\t]*号|No\\.?[ \\t]*\\d{1,4}(?!\\d))`,
    '令第?\\d{1,4}号',
    "\\b(?:Order|Decree)(?: of [A-Za-z'’ ]{1,100}?)? No\\. ?\\d{1,4}(?!\\d)",
  ].join('|'),
  'gu',
);
// What may stand before the core as its prefix: a Chinese run or up to four capitalised words.
const LEAD = /(?:\p{Script=Han}{1,12}|(?:[A-Z][A-Za-z'’]*[ \t]+){0,3}[A-Z][A-Za-z'’]*[ \t]*)$/u;

/** Number-like strings in `text` that overlap none of the numbers that were read (`read`: their offsets). */
export function findUnreadableNumbers(text: string, read: ReadonlyArray<{ start: number; end: number }>): TextRange[] {
  const unread: TextRange[] = [];
  // Both lists are walked in order, once: testing every match against every number was quadratic.
  const sorted = [...read].sort((a, b) => a.start - b.start);
  let next = 0;
  let reachedEnd = -1;
  for (const m of text.matchAll(NUMBER_LIKE)) {
    const end = m.index + m[0].length;
    while (next < sorted.length && sorted[next]!.start < end) reachedEnd = Math.max(reachedEnd, sorted[next++]!.end);
    if (reachedEnd > m.index) continue;
    const from = Math.max(0, m.index - 40);
    const lead = LEAD.exec(text.slice(from, m.index))?.[0].length ?? 0;
    // A prefix never reaches back into the previous unreadable number.
    const start = Math.max(m.index - lead, unread.at(-1)?.end ?? 0);
    unread.push({ start, end, text: text.slice(start, end) });
  }
  return unread;
}
