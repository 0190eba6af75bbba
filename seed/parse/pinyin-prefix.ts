/**
 * Series prefixes of document numbers (国函, 京海政发, 国科发区 …) read as pinyin in title case (`Guo Han`),
 * whichever way they are written: Chinese characters, spaced pinyin, run-together pinyin or an initialism.
 * pinyin-pro reads the characters (with word context, so 京朝政发 gives `Chao`, not `Zhao`); it is used by
 * the seed only and never reaches the client bundle.
 */
import { createRequire } from 'node:module';
import { PINYIN_SYLLABLES } from './pinyin-syllables.ts';

type PinyinPro = typeof import('pinyin-pro');
let library: PinyinPro | undefined;
/**
 * Loaded on the first Chinese document number, not at start: the library and its dictionary take about 60 ms to
 * load, which a process that never reads a Chinese number (the API server, an English-only seed) need not pay.
 */
const pinyinPro = (): PinyinPro => (library ??= createRequire(import.meta.url)('pinyin-pro') as PinyinPro);

/** 函 translated literally ("Letter [2019] No. 16"); resolved later against the surrounding list of citations. */
export const LETTER = 'Letter';

// Abbreviations seen in English renderings of official numbers.
const INITIALISMS: Record<string, string> = {
  gf: 'Guo Fa',
  gh: 'Guo Han',
  gbf: 'Guo Ban Fa',
  gbh: 'Guo Ban Han',
  jzf: 'Jing Zheng Fa',
  jzbf: 'Jing Zheng Ban Fa',
};
/**
 * A run-together word ("Guofa") counts as a prefix only when it ends in a document-type syllable
 * (发 函 字 令 办 规 电 文 复): otherwise every place name ("Beijing") would read as a series.
 */
const DOC_TYPES = new Set(['fa', 'han', 'zi', 'ling', 'ban', 'gui', 'dian', 'wen', 'fu']);

const title = (s: string) => s[0]!.toUpperCase() + s.slice(1);

// A document repeats a handful of prefixes and issuers many times; the library call is the costly part.
const MEMO_LIMIT = 10_000;
const readings = new Map<string, string[] | undefined>();
const prefixes = new Map<string, string | undefined>();

function memoised<T>(memo: Map<string, T>, key: string, read: (key: string) => T): T {
  if (memo.has(key)) return memo.get(key)!;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const value = read(key);
  memo.set(key, value);
  return value;
}

/** Pinyin syllables of one Chinese run, or undefined when a character has no reading. */
export function hanziToSyllables(run: string): string[] | undefined {
  return memoised(readings, run, () => {
    const syllables = pinyinPro().pinyin(run, { toneType: 'none', type: 'array', v: true });
    return syllables.length === [...run].length && syllables.every((s) => /^[a-z]+$/.test(s)) ? syllables : undefined;
  });
}

const isSyllable = (word: string): boolean => PINYIN_SYLLABLES.has(word.toLowerCase());

function segment(compact: string): string[] | undefined {
  if (compact === '') return [];
  for (let len = Math.min(6, compact.length); len >= 2; len--) {
    const head = compact.slice(0, len);
    if (!PINYIN_SYLLABLES.has(head)) continue;
    const rest = segment(compact.slice(len));
    if (rest) return [head, ...rest];
  }
  return undefined;
}

/** `GF`, `Guofa`, `Guo Fa`, `国发` → `Guo Fa`; `Letter`/`函` → LETTER; anything else → undefined. */
export function normalisePrefix(raw: string): string | undefined {
  return memoised(prefixes, raw, () => readPrefix(raw.trim()));
}

function readPrefix(trimmed: string): string | undefined {
  if (/^\p{Script=Han}+$/u.test(trimmed)) {
    if (trimmed === '函') return LETTER;
    const syllables = trimmed.length >= 2 ? hanziToSyllables(trimmed) : undefined;
    return syllables?.map(title).join(' ');
  }
  const words = trimmed
    .toLowerCase()
    .split(/[\s.-]+/)
    .filter(Boolean);
  if (words.length === 0 || words.some((w) => !/^[a-z]+$/.test(w))) return undefined;
  if (words.length > 1) return words.every(isSyllable) ? words.map(title).join(' ') : undefined;
  const word = words[0]!;
  if (word === 'letter') return LETTER;
  if (INITIALISMS[word]) return INITIALISMS[word];
  const syllables = segment(word);
  return syllables && syllables.length >= 2 && DOC_TYPES.has(syllables.at(-1)!) ? syllables.map(title).join(' ') : undefined;
}
