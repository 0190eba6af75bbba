/**
 * Citations of other documents with the role the citing sentence gives them:
 * predecessors are kept in force or replaced by this document, bases are implemented by it,
 * everything else is a plain reference.
 */

import { lastAtOrBefore } from '../../core/last-at-or-before.ts';
import { splitSentences, type TextSpan } from '../../core/sentences.ts';

import type { CitationRole, ParsedCitation } from './parsed-policy.ts';

const PREDECESSOR_CUES =
  /continue to be implemented|shall continue|remain in (?:force|effect)|supersed|replac|repeal|abolish|ceases? to|继续执行|废止|同时废止/i;
const BASIS_CUES = /\bimplement|in accordance with|pursuant to|according to|based on|in the spirit of|贯彻|落实|根据|按照/i;
const QUOTE_PAIRS: Record<string, string> = { '"': '"', '”': '“', '》': '《', '」': '「' };

/**
 * The sentence (within its line) that contains `offset`. The line and its sentences are found once and
 * kept in `line` for the next citation on it: finding and re-splitting a long line for each of its many
 * citations was quadratic (found by fuzzing).
 */
interface LineSpans {
  start: number;
  end: number;
  spans: TextSpan[];
}

function sentenceAround(text: string, offset: number, line: { current?: LineSpans }): TextSpan {
  let current = line.current;
  if (!current || offset < current.start || offset >= current.end) {
    const lineStart = text.lastIndexOf('\n', offset) + 1;
    const nl = text.indexOf('\n', offset);
    const lineEnd = nl === -1 ? text.length : nl;
    current = line.current = { start: lineStart, end: lineEnd, spans: splitSentences(text, lineStart, lineEnd) };
  }
  const { start: lineStart, end: lineEnd, spans } = current;
  const candidate = spans[lastAtOrBefore(spans, offset)];
  const hit = candidate && candidate.start <= offset && offset < candidate.end ? candidate : undefined;
  return hit ?? { start: lineStart, end: lineEnd };
}

/** `"Some title" (Guo Fa [2016] No. 53)` or `《标题》（国发〔2016〕53号）` → the quoted title. */
function quotedTitleBefore(text: string, start: number): string | undefined {
  let i = start;
  while (i > 0 && /[\s(（]/.test(text[i - 1]!)) i--;
  const close = text[i - 1];
  const open = close === undefined ? undefined : QUOTE_PAIRS[close];
  if (!open) return undefined;
  const from = text.lastIndexOf(open, i - 2);
  if (from === -1 || i - from > 400 || text.slice(from, i).includes('\n')) return undefined;
  const title = text.slice(from + 1, i - 1).trim();
  return title.length >= 4 ? title : undefined;
}

interface Cues {
  predecessor: boolean;
  basis: boolean;
}

/** A number read from the text: a series number (国函〔2020〕123号) or an order (国务院令第722号, no year). */
export interface CitedNumber {
  docNumber: string;
  slug: string;
  prefix: string;
  year?: number;
  serial: number;
  start: number;
  end: number;
  evidence: string;
}

function roleOf(cues: Cues, cited: CitedNumber, own: CitedNumber | undefined): CitationRole {
  if (cues.predecessor) return 'predecessor';
  if (cues.basis) return 'basis';
  const [cy, oy] = [cited.year ?? 0, own?.year ?? 0];
  const earlierInSeries = own !== undefined && own.prefix === cited.prefix && (cy < oy || (cy === oy && cited.serial < own.serial));
  return earlierInSeries ? 'predecessor' : 'reference';
}

export function readCitations(text: string, numbers: CitedNumber[], own: CitedNumber | undefined): ParsedCitation[] {
  const line: { current?: LineSpans } = {};
  // Many citations can share one long sentence: its cues are tested once, not once per citation.
  const cuesBySentence = new Map<number, Cues>();
  const cuesAt = (offset: number): Cues => {
    const span = sentenceAround(text, offset, line);
    let cues = cuesBySentence.get(span.start);
    if (!cues) {
      const sentence = text.slice(span.start, span.end);
      cues = { predecessor: PREDECESSOR_CUES.test(sentence), basis: BASIS_CUES.test(sentence) };
      cuesBySentence.set(span.start, cues);
    }
    return cues;
  };
  return numbers
    .filter((m) => m.slug !== own?.slug)
    .map((m) => {
      const title = quotedTitleBefore(text, m.start);
      const citation: ParsedCitation = {
        docNumber: m.docNumber,
        slug: m.slug,
        prefix: m.prefix,
        serial: m.serial,
        role: roleOf(cuesAt(m.start), m, own),
        evidence: m.evidence,
        start: m.start,
        end: m.end,
      };
      if (m.year !== undefined) citation.year = m.year;
      if (title) citation.title = title;
      return citation;
    });
}
