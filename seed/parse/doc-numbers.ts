/**
 * Document numbers (文号) such as 国函〔2020〕123号, `Guo Han [2020] No. 123`, `Guo Han (2021) No. 27`,
 * `GF [2016] No. 53`, `Chao Zheng Fa 〔2022〕 No. 17`. Every spelling of one number must normalise to one
 * string, because the string becomes the node id: two spellings would silently split one cited document
 * into two nodes. Orders (国务院令第722号) have no year and live in order-numbers.ts.
 */
import { slugify } from '../../core/ids.ts';
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

const OPEN = '[〔［[【(（]';
const CLOSE = '[〕］\\]】)）]';
/**
 * A Chinese number is `(\p{Script=Han}{0,12})` + this; an English one is `(?<![ \t])[ \t]*` + ENGLISH_NUMBER_TAIL (a run
 * of blanks is entered only at its first character: entering at every blank of a long run was quadratic, found by
 * fuzzing). Either regex as a whole made every character a match start; these are anchored on the bracketed year
 * and the part before it is read backwards (numbersIn), which gives exactly the whole regex's matches.
 */
const CHINESE_NUMBER_TAIL = new RegExp(`${OPEN}(\\d{4})${CLOSE}\\s*第?(\\d{1,4})\\s*号`, 'gu');
const ENGLISH_NUMBER_TAIL = new RegExp(`${OPEN}(\\d{4})${CLOSE}[ \\t]*No\\.?[ \\t]*(\\d{1,4})(?!\\d)`, 'g');
const HAN = /\p{Script=Han}/u;
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** Where the Han run of at most 12 characters before `at` begins, not before `floor` (a code point may be 2 units). */
function hanRunStart(text: string, at: number, floor: number): number {
  let start = at;
  for (let n = 0; n < 12 && start > floor; n++) {
    const pair = start >= 2 && /[\uDC00-\uDFFF]/.test(text[start - 1]!) && /[\uD800-\uDBFF]/.test(text[start - 2]!);
    const previous = pair ? start - 2 : start - 1;
    if (previous < floor || !HAN.test(text.slice(previous, start))) break;
    start = previous;
  }
  return start;
}

interface NumberMatch {
  index: number;
  /** The Han run before the bracket (Chinese numbers). */
  lead: string;
  year: string;
  serial: string;
  end: number;
}

/** The matches, left to right and not overlapping, of the lead + tail regex described above. */
function numbersIn(text: string, chinese: boolean): NumberMatch[] {
  const tail = chinese ? CHINESE_NUMBER_TAIL : ENGLISH_NUMBER_TAIL;
  const out: NumberMatch[] = [];
  let lastEnd = 0;
  tail.lastIndex = 0;
  for (let m = tail.exec(text); m; m = tail.exec(text)) {
    let index = m.index;
    if (chinese) index = hanRunStart(text, m.index, lastEnd);
    else {
      while (index > 0 && isBlank(text[index - 1])) index--;
      // The run of blanks began inside the previous match: no start between there and the bracket is allowed.
      if (index < lastEnd) {
        tail.lastIndex = m.index + 1;
        continue;
      }
    }
    lastEnd = m.index + m[0].length;
    out.push({ index, lead: text.slice(index, m.index), year: m[1]!, serial: m[2]!, end: lastEnd });
  }
  return out;
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

/** All document numbers in `text`, in order, with `Letter [2019] No. 16` resolved to the preceding `… Han` series. */
export function findDocNumbers(text: string): DocNumberMatch[] {
  const found: DocNumberMatch[] = [];
  const add = (at: number, prefix: { prefix: string; offset: number } | undefined, year: string, serial: string, end: number) => {
    if (!prefix) return;
    const start = at + prefix.offset;
    // Extended in place, not `{ ...number, start, … }`: V8 gives that a slow shape of its own (see outline.ts).
    found.push(
      Object.assign(formatDocNumber(prefix.prefix, Number(year), Number(serial)), { start, end, evidence: text.slice(start, end) }),
    );
  };
  for (const m of numbersIn(text, true)) add(m.index, chinesePrefix(m.lead), m.year, m.serial, m.end);
  for (const m of numbersIn(text, false)) {
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (!before) continue;
    const words = before[1]!;
    add(m.index - words.length, englishPrefix(words), m.year, m.serial, m.end);
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
