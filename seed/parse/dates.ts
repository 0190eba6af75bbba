/**
 * Calendar dates in the forms policy documents print them: "March 1, 2022", "15 March 2022", "10 Feb. 2023",
 * "2021-06-18", "2021年3月15日" and "二〇二一年十一月二十六日". Which one is the document's date is doc-metadata's call.
 */
import type { TextRange } from './parsed-policy.ts';

export interface DateMatch extends TextRange {
  /** `2022-03-01` */
  iso: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// "Sept." as well as "Sep."; the full names come first so "March" is not read as "Mar" + "ch".
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?`;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'iy');
// The day and year a MONTH_DAY_YEAR match ends with. Scanning for the month names tried a dozen words at every word
// start of the text; these digits are rare, and the month can only begin a few characters before them.
const DAY_YEAR = /\d{1,2},?\s+\d{4}\b/g;
const LONGEST_MONTH = 'september.'.length;

/**
 * The matches, left to right and not overlapping, that /MONTH_DAY_YEAR/g would find. A match's day is where DAY_YEAR
 * matches first at or after the last match's end, or later: the letters, dot and blanks before the day hold no
 * digit. So the match, if it ends there, starts within the blanks before that point and the longest month before them.
 */
function monthDayYears(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  DAY_YEAR.lastIndex = 0;
  let lastEnd = 0;
  for (let tail = DAY_YEAR.exec(text); tail; tail = DAY_YEAR.exec(text)) {
    const day = tail.index;
    let from = day;
    while (from > lastEnd && /\s/.test(text[from - 1]!)) from--;
    from = Math.max(lastEnd, from - LONGEST_MONTH);
    let match: RegExpExecArray | null = null;
    for (let s = from; s < day && !match; s++) {
      MONTH_DAY_YEAR.lastIndex = s;
      match = MONTH_DAY_YEAR.exec(text);
    }
    if (match) {
      out.push(match);
      lastEnd = match.index + match[0].length;
      DAY_YEAR.lastIndex = lastEnd;
    } else DAY_YEAR.lastIndex = day + 1;
  }
  return out;
}
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'gi');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const CHINESE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const HAN_NUMERAL_DATE = /([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g;

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十 → 10, 十一 → 11, 二十 → 20, 二十六 → 26, 三十一 → 31. */
function hanNumber(s: string): number {
  const ten = s.indexOf('十');
  if (ten === -1) return DIGITS[s] ?? Number.NaN;
  const tens = ten === 0 ? 1 : (DIGITS[s.slice(0, ten)] ?? Number.NaN);
  const units = ten === s.length - 1 ? 0 : (DIGITS[s.slice(ten + 1)] ?? Number.NaN);
  return tens * 10 + units;
}

const monthOf = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;
const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, mo: number, d: number): boolean {
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && y <= 2100 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// A module function, not a closure in findDates: tsx names every function it creates, at a cost per document.
function add(found: DateMatch[], m: RegExpMatchArray, y: number, mo: number, d: number): void {
  if (!valid(y, mo, d)) return;
  const start = m.index!;
  found.push({ start, end: start + m[0].length, text: m[0], iso: `${y}-${pad(mo)}-${pad(d)}` });
}

/** Every valid date in `text`, in reading order. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const m of monthDayYears(text)) add(found, m, Number(m[3]), monthOf(m[1]!), Number(m[2]));
  for (const m of text.matchAll(DAY_MONTH_YEAR)) add(found, m, Number(m[3]), monthOf(m[2]!), Number(m[1]));
  for (const m of text.matchAll(ISO)) add(found, m, Number(m[1]), Number(m[2]), Number(m[3]));
  // Both Chinese forms need 年; an English text has none, and each scan of it cost as much as the English forms.
  if (text.includes('年')) {
    for (const m of text.matchAll(CHINESE)) add(found, m, Number(m[1]), Number(m[2]), Number(m[3]));
    for (const m of text.matchAll(HAN_NUMERAL_DATE)) {
      add(found, m, Number([...m[1]!].map((c) => DIGITS[c]).join('')), hanNumber(m[2]!), hanNumber(m[3]!));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
