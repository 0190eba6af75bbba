/**
 * Document numbers (文号) such as 国函〔2020〕123号, `Guo Han [2020] No. 123`, `Guo Han (2021) No. 27`,
 * `GF [2016] No. 53`, `Chao Zheng Fa 〔2022〕 No. 17`. Every spelling of one number must normalise to one
 * string, because the string becomes the node id: two spellings would silently split one cited document
 * into two nodes. Orders (国务院令第722号) have no year and live in order-numbers.ts.
 */
import { slugify } from '../../core/ids.ts';
import { numbersIn } from './bracketed-numbers.ts';
import { LETTER, normalisePrefix } from './pinyin-prefix.ts';

export { LETTER, normalisePrefix } from './pinyin-prefix.ts';

export interface DocNumber {
  /** Pinyin prefix in title case, e.g. `Guo Han`. */
  prefix: string;
  year: number;
  serial: number;
  /** `Guo Han [2020] No. 123` */
  docNumber: string;
  /** `guo-han-2020-123` */
  slug: string;
}

export interface DocNumberMatch extends DocNumber {
  start: number;
  end: number;
  evidence: string;
}

export function formatDocNumber(prefix: string, year: number, serial: number): DocNumber {
  const docNumber = `${prefix} [${year}] No. ${serial}`;
  return { prefix, year, serial, docNumber, slug: slugify(`${prefix} ${year} ${serial}`) };
}

const WORDS_BEFORE = /(?:^|[^A-Za-z'’])([A-Za-z][A-Za-z'’]*(?:[ \t]+[A-Za-z][A-Za-z]*){0,5})$/;
// Words that end the sentence part before a Chinese prefix (根据国发… / 印发…); none starts an issuing organ's abbreviation.
const HAN_BOUNDARY = /根据|依据|按照|依照|参照|对照|贯彻|落实|执行|印发|转发|关于|详见|参见|[见和及与或即以按依据是为的了号附]/gu;

/** The issuing-organ part of a Chinese run: what follows the last boundary word, at most six characters. */
function chinesePrefix(run: string): { prefix: string; offset: number } | undefined {
  let offset = 0;
  for (const m of run.matchAll(HAN_BOUNDARY)) offset = m.index + m[0].length;
  const rest = run.slice(offset);
  const prefix = rest.length <= 6 ? normalisePrefix(rest) : undefined;
  return prefix ? { prefix, offset } : undefined;
}

/**
 * The longest trailing run of words that is a prefix: "Beijing Guo Han" → "Guo Han". Several words must each
 * be one capitalised syllable (renderings are written `Guo Ban Fa`), which keeps English words out.
 */
function englishPrefix(raw: string): { prefix: string; offset: number } | undefined {
  const starts = [...raw.matchAll(/(?:^|\s)(?=\S)/g)].map((m) => m.index + m[0].length);
  for (const [i, offset] of starts.entries()) {
    const words = raw.slice(offset);
    if (i < starts.length - 1 && !/^(?:[A-Z][a-z]*\s+)+[A-Z][a-z]*$/.test(words)) continue;
    const prefix = normalisePrefix(words);
    if (prefix) return { prefix, offset };
  }
  return undefined;
}

// A module function, not a closure in findDocNumbers: tsx names every function it creates, per document.
function add(
  found: DocNumberMatch[],
  text: string,
  at: number,
  prefix: { prefix: string; offset: number } | undefined,
  year: string,
  serial: string,
  end: number,
): void {
  if (!prefix) return;
  const start = at + prefix.offset;
  // Extended in place, not `{ ...number, start, … }`: V8 gives that a slow shape of its own (see outline.ts).
  found.push(Object.assign(formatDocNumber(prefix.prefix, Number(year), Number(serial)), { start, end, evidence: text.slice(start, end) }));
}

/** All document numbers in `text`, in order, with `Letter [2019] No. 16` resolved to the preceding `… Han` series. */
export function findDocNumbers(text: string): DocNumberMatch[] {
  const found: DocNumberMatch[] = [];
  for (const m of numbersIn(text, true)) add(found, text, m.index, chinesePrefix(m.lead), m.year, m.serial, m.end);
  for (const m of numbersIn(text, false)) {
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (!before) continue;
    const words = before[1]!;
    add(found, text, m.index - words.length, englishPrefix(words), m.year, m.serial, m.end);
  }
  found.sort((a, b) => a.start - b.start);
  const resolved: DocNumberMatch[] = [];
  for (const match of found) {
    if (match.prefix !== LETTER) {
      resolved.push(match);
      continue;
    }
    // A bare "Letter" in a list of Guo Han replies is one of them; without such a neighbour we cannot say which series.
    const series = [...resolved].reverse().find((r) => r.prefix.endsWith(' Han'));
    if (series) resolved.push({ ...match, ...formatDocNumber(series.prefix, match.year, match.serial) });
  }
  return resolved;
}

/** Issuing organ implied by a prefix, used for cited stubs that never name their issuer. */
export function issuerForPrefix(prefix: string): string | undefined {
  if (prefix.startsWith('Guo Ban')) return 'General Office of the State Council';
  if (prefix.startsWith('Guo')) return 'State Council';
  if (prefix.startsWith('Jing Zheng')) return "Beijing Municipal People's Government";
  if (prefix.startsWith('Zhong')) return 'CPC Central Committee';
  return undefined;
}
