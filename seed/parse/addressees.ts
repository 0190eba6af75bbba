/**
 * The salutation line under the heading ("北京市人民政府、商务部：", "Beijing Municipal People's Government and
 * Ministry of Commerce:") as a list of addressees with offsets. Generic addressees ("各区人民政府",
 * "all district governments") stay as written: resolving them to agencies is the extractor's job.
 */
import type { TextRange } from './parsed-policy.ts';

/** A line of the document with its offsets (the outline's lines fit). */
type Line = TextRange;

// "…请示收悉。现批复如下：" and "The reply is as follows:" end in a colon too, but they open the body.
const NOT_SALUTATION = /^(?:附件|附|抄送|Annex|Attachment|Contact|Source)|如下[:：]$|follows:$|[。；;]|\.\s/i;
// A segment that opens with one of these starts a new addressee even in lower case ("all ministries …").
const DETERMINER = /^(?:all|each|every|the|various|relevant|other)\b/i;
// Head nouns of organ names: "X Government and Y" names two addressees, "Ministry of Industry and …" one.
const ORGAN_HEAD =
  /(?:government|commission|bureau|office|committee|administration|department|council|agency|agencies|institution|company|companies|unit|authority|authorities)s?$/i;

function span(text: string, start: number, end: number): TextRange | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : undefined;
}

/** Splits text[start, end) at every match of `separator`, keeping offsets. */
function splitAt(text: string, start: number, end: number, separator: RegExp, keep: (left: string) => boolean = () => true): TextRange[] {
  const parts: TextRange[] = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(separator)) {
    const at = start + m.index;
    if (!keep(text.slice(from, at).trimEnd())) continue;
    const part = span(text, from, at);
    if (part) parts.push(part);
    from = at + m[0].length;
  }
  const last = span(text, from, end);
  if (last) parts.push(last);
  return parts;
}

/** "offices" after "district government committees," and "autonomous regions and …" after "all provinces," continue the previous addressee. */
function mergeContinuations(text: string, parts: TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    const oneWord = !/\s/.test(part.text);
    const innerList = !DETERMINER.test(part.text) && /^[a-z]/.test(part.text) && /\sand\s/.test(part.text);
    if (previous && (oneWord || innerList))
      merged[merged.length - 1] = { start: previous.start, end: part.end, text: text.slice(previous.start, part.end) };
    else merged.push(part);
  }
  return merged;
}

function splitAddressees(text: string, start: number, end: number): TextRange[] {
  const line = text.slice(start, end);
  if (/\p{Script=Han}/u.test(line)) {
    // With commas, 、 lists inside one addressee ("区政府各委、办、局"); without, 、 separates addressees.
    return splitAt(text, start, end, /[，,；;]/.test(line) ? /[，,；;]/g : /、/g);
  }
  if (line.includes(',')) return mergeContinuations(text, splitAt(text, start, end, /,\s*(?:and\s+)?/g));
  return splitAt(text, start, end, /\s+and\s+/g, (left) => ORGAN_HEAD.test(left));
}

/**
 * Addressees from the salutation: one of the first two non-blank lines that start at or after `after`
 * (the end of the document's own number, or of its title), ending in a colon. [] when there is none
 * (regulations and orders address no one).
 */
export function findAddressees(text: string, lines: Line[], after: number): TextRange[] {
  const candidates = lines.filter((l) => l.start >= after && l.text.trim() !== '').slice(0, 2);
  for (const line of candidates) {
    const body = span(text, line.start, line.end);
    if (!body || !/[:：]$/.test(body.text) || body.text.length > 400 || NOT_SALUTATION.test(body.text)) continue;
    const lead = /^(?:To\s+|致)/.exec(body.text)?.[0].length ?? 0;
    return splitAddressees(text, body.start + lead, body.end - 1);
  }
  return [];
}
