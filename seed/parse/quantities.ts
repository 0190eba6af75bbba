/**
 * Money amounts, percentages and years kept verbatim on measures: users search for
 * "20 million yuan", so the written form matters more than a parsed number.
 */
const SCALE = '(?:hundred million|hundred|thousand|million|billion|trillion)';
const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const AMOUNT = new RegExp(
  [
    String.raw`(?:RMB|CNY|USD|US\$|\$|¥)\s*${NUMBER}(?:\s*${SCALE})?(?:\s*(?:yuan|dollars))?`,
    String.raw`${NUMBER}\s*(?:${SCALE}\s+)?(?:yuan|RMB|CNY|US dollars|dollars|euros?)\b`,
    String.raw`${NUMBER}\s*(?:万亿|万|亿)?(?:美元|欧元|港元|英镑|元)`,
    String.raw`${NUMBER}\s*(?:%|％|percent\b|per cent\b)`,
    '百分之[零〇一二三四五六七八九十百点]+',
  ].join('|'),
  'gi',
);
// A year not inside a document number bracket ([2016] / 〔2016〕) and not itself an amount.
const YEAR = /(?<![[〔［\d.,])(?:19|20)\d{2}(?![\]〕］\d%])(?!\s*(?:yuan|元|%|percent))/g;
// 到2025年 / 至2025年底 are goals; 有效期至2023年12月31日 (a full day after 至) is a validity date and
// 2021年至2025年 a plan period. (日元 is left out of the currencies: 1月1日元旦 would read as an amount.)
const TARGET_YEAR =
  /\b(?:by|before|until|through)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d{2})\b|((?:19|20)\d{2})年(?:前|底)|(?<!有效期|\d年)(?:到|至)((?:19|20)\d{2})年(?!\d{1,2}月\d{1,2}日)/gi;

// Every form of AMOUNT holds a digit or 百分之; most measures hold neither, and the alternation costs a scan per form.
// Two plain scans, not /[0-9]|百分之/: that alternation tried the literal at every character.
const DIGIT = /[0-9]/;
const mayHoldAmount = (text: string) => DIGIT.test(text) || text.includes('百分之');

export function findAmounts(text: string): string[] {
  if (!mayHoldAmount(text)) return [];
  // match() with /g hands back the matched strings without a match object per hit; most hold no blank to fold.
  const found = text.match(AMOUNT);
  if (found === null) return [];
  return found.map((m) => (/\s/.test(m) ? m.replace(/\s+/g, ' ').trim() : m));
}

export function findYears(text: string): number[] {
  const found = text.match(YEAR);
  if (found === null) return [];
  if (found.length === 1) return [Number(found[0])];
  return [...new Set(found.map(Number))].sort((a, b) => a - b);
}

/** Goal years ("By 2025, …", 到2025年, 2025年前) for the document-level `targetYears` property. */
export function findTargetYears(text: string): number[] {
  const years = [...text.matchAll(TARGET_YEAR)].map((m) => Number(m[1] ?? m[2] ?? m[3]));
  return [...new Set(years)].sort((a, b) => a - b);
}
