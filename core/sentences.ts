/**
 * Sentence spans for machine-translated policy English (and Chinese punctuation).
 * Measures are sentences, so a wrong split creates or merges measures: dots inside
 * `No. 53`, `Co., Ltd.`, `e.g.`, `2.5` must not split, and a blank line must split
 * even without a full stop (tasks cut off mid-sentence).
 */
export interface TextSpan {
  start: number;
  end: number;
}

// Tokens whose trailing dot abbreviates rather than ends a sentence (compared lower-case).
const ABBREVIATIONS = new Set([
  'no',
  'nos',
  'co',
  'inc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'vs',
  'art',
  'arts',
  'fig',
  'approx',
  'cf',
  'vol',
  'para',
  'sec',
  'eg',
  'ie',
]);
const CLOSERS = new Set(['"', "'", '”', '’', ')', '）', ']', '」', '』']);
const WESTERN_STOPS = new Set(['.', '!', '?']);
// ； ends a clause that Chinese policy texts use as a sentence (each one a separate undertaking).
const CJK_STOPS = new Set(['。', '；', '！', '？']);
const TRAILING = /["'”’)）\]」』\s]/;

/**
 * Exactly the characters /\s/ matches, by code unit: testing a regex on a one-character string per character was
 * a large share of splitting's time.
 */
function isBlank(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** [A-Za-z.] by code unit. */
const isLetterOrDot = (c: number) => c === 0x2e || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  // Abbreviations are short: a bounded look back keeps a long run of letters and dots linear.
  while (i > 0 && dot - i < 24 && isLetterOrDot(text.charCodeAt(i - 1))) i--;
  const token = text.slice(i, dot);
  if (token === '') return false;
  if (token.includes('.')) return true; // e.g / i.e / U.S
  if (/^[A-Z]$/.test(token)) return true; // an initial
  return ABBREVIATIONS.has(token.toLowerCase());
}

function skipClosers(text: string, i: number, end: number): number {
  while (i < end && CLOSERS.has(text[i]!)) i++;
  return i;
}

function nextVisible(text: string, i: number, end: number): string | undefined {
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return i < end ? text[i] : undefined;
}

function isBlankLineAt(text: string, newline: number, end: number): boolean {
  let j = newline + 1;
  while (j < end && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '\u3000')) j++;
  return j < end && text[j] === '\n';
}

/** Adds text[from, to) trimmed, unless blank. Not a closure in splitSentences: it runs once per paragraph. */
function push(spans: TextSpan[], text: string, from: number, to: number): void {
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  if (to > from) spans.push({ start: from, end: to });
}

/** Sentence spans within text[start, end), trimmed of surrounding whitespace, never empty. */
export function splitSentences(text: string, start = 0, end = text.length): TextSpan[] {
  const spans: TextSpan[] = [];
  let sentenceStart = start;
  // Only stops and newlines can end a sentence, so jump between them instead of visiting every character.
  const candidates = /[\n.!?。；！？]/g;
  candidates.lastIndex = start;
  for (let hit = candidates.exec(text); hit && hit.index < end; hit = candidates.exec(text)) {
    const i = hit.index;
    const ch = hit[0];
    let boundary = -1;
    if (ch === '\n') {
      if (isBlankLineAt(text, i, end)) boundary = i;
    } else if (CJK_STOPS.has(ch)) {
      boundary = skipClosers(text, i + 1, end);
    } else if (WESTERN_STOPS.has(ch)) {
      const after = skipClosers(text, i + 1, end);
      const followedBySpace = after >= end || isBlank(text.charCodeAt(after));
      const next = nextVisible(text, after, end);
      const lowerNext = next !== undefined && /[a-z]/.test(next);
      if (followedBySpace && !lowerNext && !(ch === '.' && isAbbreviation(text, i))) boundary = after;
    }
    if (boundary >= 0) {
      push(spans, text, sentenceStart, boundary);
      sentenceStart = boundary;
      candidates.lastIndex = Math.max(boundary, i + 1);
    }
  }
  push(spans, text, sentenceStart, end);
  return spans;
}

/** True when a sentence ends without terminal punctuation, e.g. a task cut off by the source. */
export function isUnterminated(sentence: string): boolean {
  // A loop, not /[…\s]+$/: that regex restarts at every blank of a long inner run (quadratic; found by fuzzing).
  let end = sentence.length;
  while (end > 0 && TRAILING.test(sentence[end - 1]!)) end--;
  return end === 0 || !/[.!?。！？;；:：]/.test(sentence[end - 1]!);
}

// How far either side of a span sentenceAt looks: a policy sentence is rarely longer, and a longer one is cut
// at the window rather than read from the start of the document.
const CONTEXT = 600;

/**
 * The span of the sentence (or sentences) of `text` holding [start, end), by the same rules that made the
 * measures, so the sentence shown beside an evidence is the one the seed read it from.
 */
export function sentenceSpanAt(text: string, start: number, end: number): TextSpan | undefined {
  if (start < 0 || end > text.length || start > end) return undefined;
  const last = Math.max(end, start + 1);
  const spans = splitSentences(text, Math.max(0, start - CONTEXT), Math.min(text.length, end + CONTEXT));
  const covering = spans.filter((span) => span.end > start && span.start < last);
  const first = covering[0];
  const final = covering[covering.length - 1];
  return first && final ? { start: first.start, end: final.end } : undefined;
}

/** The text of sentenceSpanAt; '' for offsets outside the text. */
export function sentenceAt(text: string, start: number, end: number): string {
  const span = sentenceSpanAt(text, start, end);
  return span ? text.slice(span.start, span.end) : '';
}
