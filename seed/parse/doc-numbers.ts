/**
 * Document numbers (文号) such as 国函〔2020〕123号, `Guo Han [2020] No. 123`, `GF [2016] No. 53`.
 * Every spelling of one number must normalise to one string, because the string becomes the node id:
 * two spellings would silently split one cited document into two nodes.
 */
import { slugify } from '../../core/ids.ts';

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

// Characters that occur in the issuing-organ prefixes of State Council and Beijing documents.
const PINYIN: Record<string, string> = {
  国: 'Guo',
  函: 'Han',
  发: 'Fa',
  办: 'Ban',
  京: 'Jing',
  政: 'Zheng',
  字: 'Zi',
  令: 'Ling',
  商: 'Shang',
  财: 'Cai',
  税: 'Shui',
  沪: 'Hu',
  津: 'Jin',
  冀: 'Ji',
  粤: 'Yue',
  厅: 'Ting',
  明: 'Ming',
  电: 'Dian',
  科: 'Ke',
  教: 'Jiao',
  工: 'Gong',
  信: 'Xin',
  中: 'Zhong',
  规: 'Gui',
};
const SYLLABLES = [...new Set(Object.values(PINYIN).map((s) => s.toLowerCase()))].sort((a, b) => b.length - a.length);
// Abbreviations seen in English renderings of official numbers.
const INITIALISMS: Record<string, string> = {
  gf: 'Guo Fa',
  gh: 'Guo Han',
  gbf: 'Guo Ban Fa',
  gbh: 'Guo Ban Han',
  jzf: 'Jing Zheng Fa',
  jzbf: 'Jing Zheng Ban Fa',
};
/** 函 translated literally; resolved later against the surrounding list of citations. */
export const LETTER = 'Letter';

export function formatDocNumber(prefix: string, year: number, serial: number): DocNumber {
  const docNumber = `${prefix} [${year}] No. ${serial}`;
  return { prefix, year, serial, docNumber, slug: slugify(`${prefix} ${year} ${serial}`) };
}

function segment(compact: string): string[] | undefined {
  if (compact === '') return [];
  for (const s of SYLLABLES) {
    if (!compact.startsWith(s)) continue;
    const rest = segment(compact.slice(s.length));
    if (rest) return [s[0]!.toUpperCase() + s.slice(1), ...rest];
  }
  return undefined;
}

/** `GF`, `Guofa`, `Guo Fa`, `国发` → `Guo Fa`; `Letter`/`函` → LETTER; anything else → undefined. */
export function normalisePrefix(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (/^[\u4e00-\u9fff]+$/.test(trimmed)) {
    if (trimmed === '函') return LETTER;
    const parts = [...trimmed].map((c) => PINYIN[c]);
    return trimmed.length >= 2 && parts.every(Boolean) ? parts.join(' ') : undefined;
  }
  const compact = trimmed.toLowerCase().replace(/[\s.-]+/g, '');
  if (compact === 'letter') return LETTER;
  if (INITIALISMS[compact]) return INITIALISMS[compact];
  const syllables = segment(compact);
  return syllables && syllables.length >= 2 ? syllables.join(' ') : undefined;
}

const CHINESE = /([\u4e00-\u9fff]{1,6})[〔［[【(（](\d{4})[〕］\]】)）]\s*第?(\d{1,4})\s*号/gu;
// Anchored on the bracketed year; the words before it are read backwards (scanning every word start was slow).
// The lookbehind lets a run of blanks be entered only at its first character: without it every blank of a
// long run was a new match start that scanned the whole run again (quadratic; found by fuzzing).
const ENGLISH = /(?<![ \t])[ \t]*[[〔［](\d{4})[\]〕］][ \t]*No\.?[ \t]*(\d{1,4})(?!\d)/g;
const WORDS_BEFORE = /(?:^|[^A-Za-z'’])([A-Za-z][A-Za-z'’]*(?:[ \t]+[A-Za-z][A-Za-z]*){0,3})$/;

/** The longest trailing run of words (or characters) that is a known prefix: "Beijing Guo Han" → "Guo Han". */
function bestSuffix(raw: string, chinese: boolean): { prefix: string; offset: number } | undefined {
  const cuts: number[] = [];
  if (chinese) for (let i = 0; i < raw.length; i++) cuts.push(i);
  else for (const m of raw.matchAll(/(?:^|\s)(?=\S)/g)) cuts.push(m.index + m[0].length);
  for (const offset of cuts) {
    const prefix = normalisePrefix(raw.slice(offset));
    if (prefix) return { prefix, offset };
  }
  return undefined;
}

/** All document numbers in `text`, in order, with `Letter [2019] No. 16` resolved to the preceding `… Han` series. */
export function findDocNumbers(text: string): DocNumberMatch[] {
  const found: DocNumberMatch[] = [];
  const add = (prefixStart: number, rawPrefix: string, chinese: boolean, year: string, serial: string, end: number) => {
    const suffix = bestSuffix(rawPrefix, chinese);
    if (!suffix) return;
    const start = prefixStart + suffix.offset;
    found.push({ ...formatDocNumber(suffix.prefix, Number(year), Number(serial)), start, end, evidence: text.slice(start, end) });
  };
  for (const m of text.matchAll(CHINESE)) add(m.index, m[1]!, true, m[2]!, m[3]!, m.index + m[0].length);
  for (const m of text.matchAll(ENGLISH)) {
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (!before) continue;
    const words = before[1]!;
    add(m.index - words.length, words, false, m[1]!, m[2]!, m.index + m[0].length);
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
