/**
 * Header facts of the parsed document: its own number, title, date and signing organ.
 * Official documents put their own number on a line of its own, while citations sit inside
 * sentences — that layout difference is what separates "this document" from "a cited one".
 */

import { lastAtOrBefore } from '../../core/last-at-or-before.ts';
import type { DocNumberMatch } from './doc-numbers.ts';
import type { Line } from './lines.ts';
import type { TextRange } from './parsed-policy.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ENGLISH_DATE = new RegExp(`\\b(${MONTHS.join('|')})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi');
const CHINESE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;

const pad = (n: number) => String(n).padStart(2, '0');

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
export function findOwnNumber(lines: Line[], numbers: DocNumberMatch[]): DocNumberMatch | undefined {
  return numbers.find((m) => isAlone(lines[lineOf(lines, m.start)], m));
}

/** Dates prefer a line of their own (the signature block) over dates mentioned in sentences. */
export function findDate(text: string, lines: Line[]): (TextRange & { iso: string }) | undefined {
  const dates = [
    ...[...text.matchAll(ENGLISH_DATE)].map((m) => ({ m, y: m[3]!, mo: MONTHS.indexOf(m[1]!.toLowerCase()) + 1, d: m[2]! })),
    ...[...text.matchAll(CHINESE_DATE)].map((m) => ({ m, y: m[1]!, mo: Number(m[2]), d: m[3]! })),
  ].sort((a, b) => a.m.index - b.m.index);
  const alone = dates.find(({ m }) => lines[lineOf(lines, m.index)]?.text.trim() === m[0]);
  const chosen = alone ?? dates[0];
  if (!chosen) return undefined;
  const { m, y, mo, d } = chosen;
  return { ...range(text, m.index, m.index + m[0].length), iso: `${y}-${pad(mo)}-${pad(Number(d))}` };
}

const looksLikeTitle = (line: Line) => {
  const t = line.text.trim();
  return t.length >= 6 && !/[:：]$/.test(t) && !/^\d+$/.test(t);
};

/** Title: the nearest substantial line above the own number (official layout), else below it, else the first line. */
export function findTitle(text: string, lines: Line[], own: DocNumberMatch | undefined): TextRange | undefined {
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
