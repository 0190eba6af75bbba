/** Pure helpers that find and mark mentions in source sentences (for the details and lens panels). */
export interface Mark {
  start: number;
  end: number;
}

export interface Run {
  text: string;
  marked: boolean;
}

/**
 * Splits `source` (which starts at absolute offset `base` in the document) into plain and marked runs.
 * Offsets outside the source are clipped; overlapping marks are merged.
 */
export function markRuns(source: string, base: number, marks: Mark[]): Run[] {
  const spans = marks
    .map((m) => ({ start: Math.max(0, m.start - base), end: Math.min(source.length, m.end - base) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  const merged: Mark[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const runs: Run[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) runs.push({ text: source.slice(at, span.start), marked: false });
    runs.push({ text: source.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (at < source.length || runs.length === 0) runs.push({ text: source.slice(at), marked: false });
  return runs;
}

/**
 * Where any of `terms` (names and aliases) occur in `text`, case-insensitively, as offsets relative to
 * the text. Longer terms win over the shorter ones they contain ('Haidian Park' over 'Haidian').
 */
export function findMentions(text: string, terms: string[]): Mark[] {
  const lower = text.toLowerCase();
  const marks: Mark[] = [];
  const sorted = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 2))].sort((a, b) => b.length - a.length);
  for (const term of sorted) {
    const needle = term.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (!marks.some((m) => at < m.end && end > m.start)) marks.push({ start: at, end });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}
