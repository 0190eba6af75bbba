/**
 * Header facts of the parsed document: its own number, title, date and signing organ.
 * Official documents put their own number on a line of its own, while citations sit inside
 * sentences — that layout difference is what separates "this document" from "a cited one".
 */

import { lastAtOrBefore } from '../../core/last-at-or-before.ts';
import { type DateMatch, findDates } from './dates.ts';
import type { DocNumberMatch } from './doc-numbers.ts';
import type { Line } from './lines.ts';
import type { TextRange } from './parsed-policy.ts';

function range(text: string, start: number, end: number): TextRange {
  return { start, end, text: text.slice(start, end) };
}

function trimmed(text: string, line: Line): TextRange {
  const lead = line.text.length - line.text.trimStart().length;
  const trail = line.text.length - line.text.trimEnd().length;
  return range(text, line.start + lead, line.end - trail);
}

/** Lines are in order: a binary search, since this runs once per document number (found by fuzzing). */
function lineOf(lines: Line[], offset: number): number {
  const lo = lastAtOrBefore(lines, offset);
  const line = lines[lo];
  return line && line.start <= offset && offset <= line.end ? lo : -1;
}

/** The line minus surrounding blanks and brackets is the number; loops, as /[\s)）]+$/ is quadratic on long blank runs. */
function isAlone(line: Line | undefined, m: { evidence: string }): boolean {
  if (line === undefined) return false;
  const t = line.text;
  let from = 0;
  let to = t.length;
  while (from < to && /[\s(（]/.test(t[from]!)) from++;
  while (to > from && /[\s)）]/.test(t[to - 1]!)) to--;
  return to - from === m.evidence.length && t.slice(from, to) === m.evidence;
}

/** The document's own number: the first number printed alone on its line. */
export function findOwnNumber<T extends { start: number; evidence: string } = DocNumberMatch>(lines: Line[], numbers: T[]): T | undefined {
  return numbers.find((m) => isAlone(lines[lineOf(lines, m.start)], m));
}

// A web page's release stamp ("Release date: 2022-09-30", 发布日期：) and a print line ("2021年6月9日印发")
// carry dates that are not the signing date.
const STAMP_BEFORE =
  /\b(?:release|publish|post|updat)[a-z]*(?:\s+(?:date|time|on))?\s*[:：]?\s*$|(?:发布|更新|印发)(?:日期|时间)?\s*[:：]?\s*$/i;
const STAMP_AFTER = /^\s*印发/;

function isStamp(text: string, lines: Line[], d: DateMatch): boolean {
  const line = lines[lineOf(lines, d.start)];
  const before = line ? text.slice(line.start, d.start) : '';
  const after = line ? text.slice(d.end, line.end) : '';
  return STAMP_BEFORE.test(before) || STAMP_AFTER.test(after);
}

/** The signing date: the first date printed alone on its line (the signature block), else the first date in the text. */
export function findDate(text: string, lines: Line[]): DateMatch | undefined {
  const dates = findDates(text).filter((d) => !isStamp(text, lines, d));
  return dates.find((d) => lines[lineOf(lines, d.start)]?.text.trim() === d.text) ?? dates[0];
}

const looksLikeTitle = (line: Line) => {
  const t = line.text.trim();
  return t.length >= 6 && !/[:：]$/.test(t) && !/^\d+$/.test(t);
};

/** Title: the nearest substantial line above the own number (official layout), else below it, else the first line. */
/** Words that name a kind of official document: a title has one, an issuer's name or a sentence does not. */
const TITLE_WORDS =
  /关于|通知|方案|办法|规定|意见|措施|批复|决定|条例|细则|规划|纲要|\b(?:Notice|Plan|Measures|Opinions?|Regulations?|Provisions|Reply|Decision|Rules|Program(?:me)?|Guidelines?|Circular)\b/i;
const NEAR = 8;

/** A line near the number (above first, nearest first) that reads like a title, not a sentence or an organ's name. */
function namedTitle(lines: Line[], at: number): Line | undefined {
  const near = [...lines.slice(Math.max(0, at - NEAR), at).reverse(), ...lines.slice(at + 1, at + 1 + NEAR)];
  return near.find((l) => looksLikeTitle(l) && TITLE_WORDS.test(l.text) && !/[。.]\s*$/.test(l.text));
}

export function findTitle(text: string, lines: Line[], own: { start: number } | undefined): TextRange | undefined {
  const named = namedTitle(lines, own ? lineOf(lines, own.start) : 0);
  if (named) return trimmed(text, named);
  if (own) {
    const at = lineOf(lines, own.start);
    const above = lines
      .slice(Math.max(0, at - 6), at)
      .reverse()
      .find(looksLikeTitle);
    const below = lines.slice(at + 1, at + 6).find(looksLikeTitle);
    const line = above ?? below;
    if (line) return trimmed(text, line);
  }
  const first = lines.find(looksLikeTitle);
  return first ? trimmed(text, first) : undefined;
}

/** The signing organ is printed on the line just above the date. */
export function findIssuerLine(text: string, lines: Line[], date: TextRange | undefined): TextRange | undefined {
  if (!date) return undefined;
  const at = lineOf(lines, date.start);
  const line = lines
    .slice(Math.max(0, at - 4), at)
    .reverse()
    .find((l) => l.text.trim() !== '');
  if (!line || line.text.trim().length > 80 || /[.。]$/.test(line.text.trim())) return undefined;
  return trimmed(text, line);
}

// A person signing for the organ ("市长　×××", "Mayor ×××"): the organ is then the one named by the order number.
const SIGNATORY =
  /^(?:副)?(?:市长|省长|区长|县长|主任|部长|局长|总理|主席)(?:[\s\u3000]|$)|^(?:Vice\s+)?(?:Mayor|Governor|Premier|Minister|Director|President|Chairman)\b(?!\s+of\b)/;
// Organs signing jointly on one line are set apart by wide spaces ("北京市商务局　北京市财政局").
const JOINT = /[\u3000\t]+| {2,}/g;

const isOrganLine = (line: Line) => {
  const t = line.text.trim();
  return t.length >= 2 && t.length <= 80 && !/[.。;；:：,，]$/.test(t) && !/[:：]/.test(t);
};

function splitJoint(text: string, line: Line): TextRange[] {
  const { start, end } = trimmed(text, line);
  const parts: TextRange[] = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(JOINT)) {
    parts.push(range(text, from, start + m.index));
    from = start + m.index + m[0].length;
  }
  parts.push(range(text, from, end));
  return parts;
}

/**
 * Every signing organ, in print order: the line just above the date, split where organs sign jointly on one
 * line, and the organ lines directly above it (one organ per line, no blank between). A general office
 * (北京市人民政府办公厅) stays whole: it is an issuer of its own, not its government. When a person signs
 * ("Mayor ×××") or there is no date, the issuer named by the order number (`orderIssuer`) is the one.
 */
export function findIssuers(text: string, lines: Line[], date: TextRange | undefined, orderIssuer?: TextRange): TextRange[] {
  const fallback = orderIssuer ? [orderIssuer] : [];
  if (!date) return fallback;
  let at = lineOf(lines, date.start);
  const floor = Math.max(0, at - 4);
  do at--;
  while (at >= floor && lines[at]!.text.trim() === '');
  const line = lines[at];
  if (at < floor || !line || SIGNATORY.test(line.text.trim()) || !isOrganLine(line)) return fallback;
  let top = at;
  while (top > 0 && top > at - 3 && isOrganLine(lines[top - 1]!)) top--;
  return lines.slice(top, at + 1).flatMap((l) => splitJoint(text, l));
}
