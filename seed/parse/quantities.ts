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
    String.raw`${NUMBER}\s*(?:万|亿|万亿)?元`,
    String.raw`${NUMBER}\s*(?:%|％|percent\b|per cent\b)`,
  ].join('|'),
  'gi',
);
// A year not inside a document number bracket ([2016] / 〔2016〕) and not itself an amount.
const YEAR = /(?<![[〔［\d.,])(?:19|20)\d{2}(?![\]〕］\d%])(?!\s*(?:yuan|元|%|percent))/g;
const TARGET_YEAR = /\b(?:by|before|until|through)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d{2})\b|((?:19|20)\d{2})年(?:前|底)/gi;

export function findAmounts(text: string): string[] {
  return [...text.matchAll(AMOUNT)].map((m) => m[0].replace(/\s+/g, ' ').trim());
}

export function findYears(text: string): number[] {
  return [...new Set([...text.matchAll(YEAR)].map((m) => Number(m[0])))].sort((a, b) => a - b);
}

/** Goal years ("By 2025, …") for the document-level `targetYears` property. */
export function findTargetYears(text: string): number[] {
  const years = [...text.matchAll(TARGET_YEAR)].map((m) => Number(m[1] ?? m[2]));
  return [...new Set(years)].sort((a, b) => a - b);
}
