/**
 * Outline markers at the start of a line, in the common conventions of Chinese government documents and their
 * English translations: 一、 （一） 1． （1） ①, 第一章 第一节 第一条, I. (I) 1. (1) (a) 1) a), One, / Part One, Chapter /
 * Section / Article N. A marker says only "this line is item N of some list"; which lists are levels of the
 * outline, and how they nest, is decided from the whole document (outline.ts).
 */

export const MARKER_STYLES = [
  'chapter',
  'section',
  'article',
  'zh-dun',
  'zh-paren',
  'arabic-paren',
  'roman-paren',
  'alpha-paren',
  'circled',
  'roman-dot',
  'arabic-dot',
  'arabic-dun',
  'arabic-close',
  'alpha-close',
  'word',
] as const;
export type MarkerStyle = (typeof MARKER_STYLES)[number];

export interface Marker {
  style: MarkerStyle;
  number: number;
  /** The marker as printed, e.g. `（一）`, `Article 12`, `第十二条`. */
  text: string;
  /** Characters from the line start to where the item's own text begins (marker, blanks and separators). */
  length: number;
}

const SPACE = '[ \\t\\u3000]';
const ZH_DIGITS = '〇零一二两三四五六七八九十百';
const ROMAN = '[IVXLC]{1,6}';
const WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const WORD = `(?:${WORDS.join('|')})`;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** What may follow a marker before the item's text: blanks and the punctuation translations put there. */
const AFTER = `(?:${SPACE}|[:：,，.．、])*`;

interface Rule {
  style: MarkerStyle;
  re: RegExp;
  value: (token: string) => number | undefined;
}

const rule = (style: MarkerStyle, pattern: string, value: Rule['value'], flags = ''): Rule => ({
  style,
  re: new RegExp(`^${SPACE}*(${pattern})${AFTER}(?=\\S)`, flags),
  value,
});

const digit = (c: string) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c === '两' ? '二' : c);

/** 一 → 1, 十二 → 12, 二十一 → 21, 一百零五 → 105, 〇 and 零 as zero; plain digits too. */
export function chineseNumber(token: string): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  let total = 0;
  let current = 0;
  for (const c of token) {
    if (c === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (c === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      const d = digit(c);
      if (d < 0) return undefined;
      current = d;
    }
  }
  const value = total + current;
  return value > 0 ? value : undefined;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Roman numerals in the subtractive form (IV, IX, XL); anything else (IIII, VX) is not a numeral. */
export function romanNumber(token: string): number | undefined {
  let value = 0;
  for (let i = 0; i < token.length; i++) {
    const here = ROMAN_VALUES[token[i]!]!;
    const next = ROMAN_VALUES[token[i + 1] ?? ''] ?? 0;
    value += here < next ? -here : here;
  }
  return value > 0 && toRoman(value) === token ? value : undefined;
}

/** 12 → XII; the reader above accepts exactly what this writes. */
export function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

const inner = (token: string) => token.replace(/^[(（第]|[)）章节條条、.．]$|^(?:chapter|section|article|part)\s+/gi, '').trim();
const numberOf = (token: string) => chineseNumber(inner(token)) ?? romanNumber(inner(token).toUpperCase());
const wordNumber = (token: string) => {
  const i = WORDS.indexOf(
    inner(token)
      .toLowerCase()
      .replace(/[,，、:：]$/, ''),
  );
  return i >= 0 ? i + 1 : undefined;
};

// Order matters: the first rule that matches a line wins, so the specific forms come before the general ones.
const RULES: Rule[] = [
  rule('chapter', `第[${ZH_DIGITS}\\d]{1,5}章|Chapter${SPACE}+(?:${ROMAN}|\\d{1,3})\\b`, numberOf, 'i'),
  rule('section', `第[${ZH_DIGITS}\\d]{1,5}节|Section${SPACE}+(?:${ROMAN}|\\d{1,3})\\b`, numberOf, 'i'),
  rule('article', `第[${ZH_DIGITS}\\d]{1,6}条|Article${SPACE}+\\d{1,3}\\b`, numberOf),
  rule('zh-dun', `[一二三四五六七八九十]{1,3}、`, numberOf),
  rule('zh-paren', `[(（]${SPACE}*[一二三四五六七八九十]{1,3}${SPACE}*[)）]`, numberOf),
  rule('arabic-paren', `[(（]${SPACE}*\\d{1,2}${SPACE}*[)）]`, numberOf),
  rule('roman-paren', `\\((?:${ROMAN})\\)`, numberOf),
  rule('alpha-paren', `[(（][a-z][)）]`, (t) => inner(t).charCodeAt(0) - 96),
  rule('circled', `[${CIRCLED}]`, (t) => CIRCLED.indexOf(t) + 1),
  rule('roman-dot', `${ROMAN}\\.(?=${SPACE})`, numberOf),
  // A dot not followed by a digit: "1. Build" but not "1.5 billion".
  rule('arabic-dot', `\\d{1,3}[.．](?!\\d)`, numberOf),
  rule('arabic-dun', `\\d{1,2}、`, numberOf),
  rule('arabic-close', `\\d{1,2}\\)`, (t) => Number(t.slice(0, -1))),
  rule('alpha-close', `[a-z]\\)`, (t) => t.charCodeAt(0) - 96),
  // "One, …" and "Part One: …" are translations of 一、 headings; a bare "One on one" is not a marker.
  rule('word', `(?:Part${SPACE}+${WORD}\\b|${WORD}(?=${SPACE}*[,，、:：]))`, wordNumber, 'i'),
];

/**
 * Every rule's marker begins, after the blanks, with an ASCII letter or digit, a bracket, 第, a Chinese numeral or
 * a circled number. Most lines (blank ones, Chinese sentences) begin with none of these, and trying all the rules
 * on each of them was most of the outline's time.
 */
const MARKER_START = new RegExp(`^${SPACE}*[A-Za-z0-9(（第一二三四五六七八九十${CIRCLED}]`);

/** The marker that starts this line, if any. */
export function readMarker(line: string): Marker | undefined {
  if (!MARKER_START.test(line)) return undefined;
  for (const { style, re, value } of RULES) {
    const m = re.exec(line);
    if (!m) continue;
    const number = value(m[1]!);
    if (number === undefined || !Number.isFinite(number) || number < 1) continue;
    return { style, number, text: m[1]!, length: m[0].length };
  }
  return undefined;
}
