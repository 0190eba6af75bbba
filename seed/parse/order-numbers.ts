/**
 * Orders (令) are numbered per issuer without a year: 国务院令第722号, 北京市人民政府令第301号, and in English
 * "State Council Order No. 722", "Order of the Beijing Municipal People's Government No. 301".
 * Normalised form: the issuer's Chinese name in pinyin, then `Ling` (令) and the serial —
 * `Guo Wu Yuan Ling No. 722`, `Bei Jing Shi Ren Min Zheng Fu Ling No. 301` (slug `guo-wu-yuan-ling-722`) —
 * the same scheme as series prefixes (`Guo Han`), so a translation and its original meet on one id.
 */
import { slugify } from '../../core/ids.ts';
import type { TextRange } from './parsed-policy.ts';
import { hanziToSyllables } from './pinyin-prefix.ts';

export interface OrderNumberMatch {
  kind: 'order';
  /** The issuer in Chinese, whichever language the number was written in: `国务院`. */
  issuer: string;
  /** The issuer as written inside the evidence (`北京市人民政府`, `Beijing Municipal People's Government`). */
  issuerRange: TextRange;
  serial: number;
  /** `Guo Wu Yuan Ling No. 722` */
  docNumber: string;
  /** `guo-wu-yuan-ling-722` */
  slug: string;
  start: number;
  end: number;
  evidence: string;
}

/**
 * English names of organs that issue orders, with their Chinese names. An English order whose issuer is not
 * here is listed by findUnreadableNumbers, so a missing name shows up as a warning instead of a wrong id.
 */
const ISSUERS: Record<string, string> = {
  'state council': '国务院',
  'president of the peoples republic of china': '中华人民共和国主席',
  'beijing municipal peoples government': '北京市人民政府',
  'peoples government of beijing municipality': '北京市人民政府',
  'shanghai municipal peoples government': '上海市人民政府',
  'tianjin municipal peoples government': '天津市人民政府',
  'chongqing municipal peoples government': '重庆市人民政府',
  'ministry of commerce': '商务部',
  'ministry of finance': '财政部',
  'ministry of science and technology': '科学技术部',
  'national development and reform commission': '国家发展和改革委员会',
  'state administration for market regulation': '国家市场监督管理总局',
  'peoples bank of china': '中国人民银行',
};
const key = (english: string) => english.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ').trim();

// An issuing organ's name ends in one of these (院 府 部 委员会 局 署 行 厅 办公室 主席).
const ORGAN_END = /(?:院|府|部|委员会|委|局|署|行|厅|办公室|主席)$/u;
const HAN_ORDER = /(\p{Script=Han}{2,16})令第?(\d{1,4})号/gu;
// Multi-character connectives only: organ names contain 和 (国家发展和改革委员会), so it cannot cut.
const HAN_BOUNDARY = /根据|依据|按照|依照|参照|贯彻|落实|执行|印发|转发|关于|[见的了号及即《》]/gu;
const ENGLISH_ORDERS = [
  /\b(?:Order|Decree) of (?:the )?([A-Z][A-Za-z'’ ]{2,80}?) No\. ?(\d{1,4})(?!\d)/g,
  /\b(?:Order|Decree) No\. ?(\d{1,4}) of (?:the )?([A-Z][A-Za-z'’ ]{2,80}?)(?=[^A-Za-z'’ ]|$)/g,
  // Anchored on the number; the issuer is read backwards from it (see trailingIssuer).
  /\b(?:Order|Decree) No\. ?(\d{1,4})(?!\d)/g,
];
// What every Chinese / English order number contains: most texts have neither, and HAN_ORDER's Han run made every
// Chinese character a match start.
const HAN_ORDER_NEEDS = '令';
const ENGLISH_ORDER_NEEDS = /\b(?:Order|Decree) (?:of|No\.)/;

export function formatOrderNumber(issuer: string, serial: number): { docNumber: string; slug: string } | undefined {
  const syllables = hanziToSyllables(issuer);
  if (!syllables) return undefined;
  const prefix = [...syllables, 'ling'].map((s) => s[0]!.toUpperCase() + s.slice(1)).join(' ');
  return { docNumber: `${prefix} No. ${serial}`, slug: slugify(`${prefix} ${serial}`) };
}

/** The known issuer that `words` ends with ("… implements the State Council" → State Council). */
function trailingIssuer(words: string): { chinese: string; offset: number } | undefined {
  for (const m of words.matchAll(/(?<![A-Za-z'’])[A-Za-z]/g)) {
    const offset = m.index;
    const chinese = ISSUERS[key(words.slice(offset).replace(/^the\s+/i, ''))];
    if (chinese) return { chinese, offset: offset + (/^the\s+/i.exec(words.slice(offset))?.[0].length ?? 0) };
  }
  return undefined;
}

/** Every order number in `text`, in order of appearance. */
export function findOrderNumbers(text: string): OrderNumberMatch[] {
  const found: OrderNumberMatch[] = [];
  const add = (start: number, end: number, issuer: string, issuerStart: number, issuerEnd: number, serial: string) => {
    const formatted = formatOrderNumber(issuer, Number(serial));
    if (!formatted) return;
    const issuerRange = { start: issuerStart, end: issuerEnd, text: text.slice(issuerStart, issuerEnd) };
    found.push({ kind: 'order', issuer, issuerRange, serial: Number(serial), ...formatted, start, end, evidence: text.slice(start, end) });
  };
  for (const m of text.includes(HAN_ORDER_NEEDS) ? text.matchAll(HAN_ORDER) : []) {
    let cut = 0;
    for (const b of m[1]!.matchAll(HAN_BOUNDARY)) cut = b.index + b[0].length;
    const issuer = m[1]!.slice(cut);
    if (issuer.length >= 2 && ORGAN_END.test(issuer))
      add(m.index + cut, m.index + m[0].length, issuer, m.index + cut, m.index + m[1]!.length, m[2]!);
  }
  const [ofIssuer, noOf, before] = ENGLISH_ORDERS as [RegExp, RegExp, RegExp];
  const english = ENGLISH_ORDER_NEEDS.test(text);
  for (const m of english ? text.matchAll(ofIssuer) : []) {
    const chinese = ISSUERS[key(m[1]!)];
    const at = m.index + m[0].indexOf(m[1]!);
    if (chinese) add(m.index, m.index + m[0].length, chinese, at, at + m[1]!.length, m[2]!);
  }
  for (const m of english ? text.matchAll(noOf) : []) {
    const chinese = ISSUERS[key(m[2]!)];
    const at = m.index + m[0].lastIndexOf(m[2]!);
    if (chinese) add(m.index, m.index + m[0].length, chinese, at, at + m[2]!.length, m[1]!);
  }
  for (const m of english ? text.matchAll(before) : []) {
    const from = Math.max(0, m.index - 60);
    const words = text.slice(from, m.index).trimEnd();
    const issuer = trailingIssuer(words);
    if (!issuer) continue;
    const start = from + issuer.offset;
    add(start, m.index + m[0].length, issuer.chinese, start, from + words.length, m[1]!);
  }
  // The English patterns can read one order twice ("Order No. 7 of the State Council" also ends in "Order No. 7"):
  // keep the first of overlapping matches, in one pass (an overlap test per match was quadratic on long texts).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: OrderNumberMatch[] = [];
  for (const f of found) if (kept.length === 0 || f.start >= kept.at(-1)!.end) kept.push(f);
  return kept;
}
