/**
 * Finds gazetteer names in text. Machine translation varies case, hyphens ("Sino German" /
 * "Sino-German") and sometimes stutters ("Airport Airport Airport"), so each alias becomes a
 * tolerant pattern; scanning only at word starts whose first word can begin an alias keeps it fast.
 */
import type { EntityLabel } from '../../core/ids.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import { isAcronym, isChinese, nameKey } from './name-key.ts';

export interface EntityMatch {
  entry: GazetteerEntry;
  start: number;
  end: number;
}

interface Candidate {
  entry: GazetteerEntry;
  pattern: RegExp;
  second: string[] | undefined;
}

/** The forms that begin with one word, in gazetteer order: all of them, and those a given second word leaves. */
interface FirstWordForms {
  all: Candidate[];
  loose: Candidate[];
  bySecond: Map<string, Candidate[]>;
}

function indexBySecondWord(all: Candidate[]): FirstWordForms {
  const bySecond = new Map<string, Candidate[]>();
  for (const word of new Set(all.flatMap((c) => c.second ?? [])))
    bySecond.set(
      word,
      all.filter((c) => !c.second || c.second.includes(word)),
    );
  return { all, loose: all.filter((c) => !c.second), bySecond };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Between two words of a name: space, hyphen, comma or '&', and an optional "and" ("Economic-Technological" /
// "Economic and Technological").
const SEP = String.raw`(?:\s*[,&-]\s*|\s+)(?:(?:and|&)\s+)?`;
const TOKEN_SYNONYMS: Record<string, string> = { zone: '(?:zone|area)', area: '(?:zone|area)' };

function latinTokens(form: string): string[] {
  return form.split(/[\s,-]+/).filter((t) => t && !/^(?:and|&)$/i.test(t));
}

function latinPattern(form: string): RegExp {
  const tokens = latinTokens(form).map((token) => {
    const synonym = TOKEN_SYNONYMS[token.toLowerCase()];
    const e = synonym ?? escapeRegExp(token).replace(/['’]/g, "['’]");
    return /^[A-Za-z]{3,}$/.test(token) ? `${e}(?:[\\s-]+${e})*` : e;
  });
  // No 'u' flag: plain ASCII/Latin boundaries compile and run faster across hundreds of aliases.
  return new RegExp(`${tokens.join(SEP)}(?![A-Za-z0-9\u00C0-\u024F])`, isAcronym(form) ? 'y' : 'iy');
}

/**
 * The words the text's second word must be one of for this form to match there, or undefined when any word may
 * be (one-word forms, and forms whose first two tokens are not plain words). Between the first and the second
 * token the pattern allows only separators, a stutter of the first word and "and", so a text word that is none of
 * these rules the form out without running its pattern.
 */
function secondWords(form: string): string[] | undefined {
  const [first, second] = latinTokens(form);
  if (!first || !second || !/^[A-Za-z0-9]+$/.test(first)) return undefined;
  // The text's word there is the token's leading ASCII run: what follows it in the token is not a letter or digit.
  const run = /^[A-Za-z0-9]+/.exec(second)?.[0].toLowerCase();
  if (!run) return undefined;
  const synonym = TOKEN_SYNONYMS[second.toLowerCase()];
  return synonym ? ['zone', 'area'] : [run];
}

/**
 * Text that contains a name without naming the entity: 商务部 in 各区商务部门 ("commerce departments"),
 * 国务院 in 国务院令第722号 and "State Council Order No. 722" (a citation of an order, not the council acting).
 */
function isFalseFriend(entry: GazetteerEntry, text: string, end: number): boolean {
  if (entry.label !== 'Agency') return false;
  const after = text.slice(end, end + 12);
  return /^(?:门|令第)/.test(after) || /^\s+Order\s+No\b/i.test(after);
}

/** Keeps the earliest, then longest, match; later overlapping matches are dropped. */
export function resolveOverlaps<T extends { start: number; end: number }>(matches: T[]): T[] {
  const sorted = matches.map((m, i) => ({ m, i })).sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end || a.i - b.i);
  const kept: T[] = [];
  let lastEnd = -1;
  for (const { m } of sorted) {
    if (m.start >= lastEnd) {
      kept.push(m);
      lastEnd = m.end;
    }
  }
  return kept;
}

export interface EntityMatcher {
  find(text: string, from: number, to: number): EntityMatch[];
  /**
   * The entry whose name or alias has this name's key (./name-key.ts), e.g. for names discovered by
   * patterns. With a label, only entries of that label answer: an agency never resolves to a park.
   */
  lookup(name: string, label?: EntityLabel): GazetteerEntry | undefined;
}

export function createEntityMatcher(entries: readonly GazetteerEntry[]): EntityMatcher {
  const forms = new Map<string, Candidate[]>();
  const chinese: { form: string; entry: GazetteerEntry }[] = [];
  const byKey = new Map<string, GazetteerEntry[]>();
  for (const entry of entries) {
    for (const form of [entry.name, ...entry.aliases]) {
      const key = nameKey(form);
      const owners = byKey.get(key) ?? [];
      const owner = owners.find((o) => o.label === entry.label && o !== entry);
      if (owner) throw new Error(`Gazetteer alias "${form}" belongs to both ${owner.id} and ${entry.id}; keep it on one.`);
      if (!owners.includes(entry)) byKey.set(key, [...owners, entry]);
      if (isChinese(form)) {
        chinese.push({ form, entry });
        continue;
      }
      const first = /[A-Za-z0-9]+/.exec(form)?.[0].toLowerCase();
      if (!first) continue;
      const list = forms.get(first) ?? [];
      list.push({ entry, pattern: latinPattern(form), second: secondWords(form) });
      forms.set(first, list);
    }
  }
  const byFirstWord = new Map([...forms].map(([word, list]) => [word, indexBySecondWord(list)]));

  // "Beijing" begins dozens of forms; the word after it leaves a few to try. A stutter of the first word or an
  // "and" may stand between the two, so then every form is tried.
  const nextWord = /[A-Za-z0-9]+/g;
  function candidatesAt(text: string, word: string, end: number, to: number): Candidate[] {
    const forms = byFirstWord.get(word);
    if (!forms) return [];
    nextWord.lastIndex = end;
    const next = nextWord.exec(text);
    const second = next && next.index < to ? next[0].toLowerCase() : undefined;
    if (second === word || second === 'and') return forms.all;
    return (second !== undefined && forms.bySecond.get(second)) || forms.loose;
  }

  // Chinese forms by their first character: one pass over the text finds where any of them may start, instead of
  // one indexOf per form. Each form's occurrences are taken left to right without overlapping one another.
  const chineseByFirst = new Map<string, number[]>();
  chinese.forEach(({ form }, i) => {
    const first = form[0]!;
    chineseByFirst.set(first, [...(chineseByFirst.get(first) ?? []), i]);
  });
  const chineseStart = new RegExp(`[${[...chineseByFirst.keys()].map(escapeRegExp).join('').replace(/-/g, '\\-')}]`, 'g');
  function findChinese(text: string, from: number, segment: string): EntityMatch[] {
    const found: EntityMatch[] = [];
    const freeFrom = new Array<number>(chinese.length).fill(0);
    chineseStart.lastIndex = 0;
    for (let s = chineseStart.exec(segment); s; s = chineseStart.exec(segment)) {
      const i = s.index;
      for (const f of chineseByFirst.get(s[0])!) {
        const { form, entry } = chinese[f]!;
        if (i < freeFrom[f]! || !segment.startsWith(form, i)) continue;
        freeFrom[f] = i + form.length;
        if (!isFalseFriend(entry, text, from + i + form.length)) found.push({ entry, start: from + i, end: from + i + form.length });
      }
    }
    return found;
  }

  /** The longest form matching at `start`, whose first word (lower case) ends at `wordEnd`. */
  function bestAt(text: string, start: number, word: string, wordEnd: number, to: number): EntityMatch | undefined {
    let best: EntityMatch | undefined;
    for (const c of candidatesAt(text, word, wordEnd, to)) {
      c.pattern.lastIndex = start;
      const m = c.pattern.exec(text);
      const end = m ? start + m[0].length : -1;
      if (m && end <= to && (!best || end > best.end) && !isFalseFriend(c.entry, text, end)) best = { entry: c.entry, start, end };
    }
    return best;
  }

  // Only a word that begins some form can start a match: one regex of those words finds them, instead of a lookup
  // for every word of the text. A stretch that begins inside a word reads the rest of that word as a word.
  const firstWords = new RegExp(`(?<![A-Za-z0-9])(?:${[...byFirstWord.keys()].map(escapeRegExp).join('|')})(?![A-Za-z0-9])`, 'gi');
  const wordAt = /[A-Za-z0-9]+/y;
  const isWordChar = (text: string, i: number) => /[A-Za-z0-9]/.test(text[i] ?? '');

  function find(text: string, from: number, to: number): EntityMatch[] {
    const found: EntityMatch[] = [];
    firstWords.lastIndex = from;
    if (from > 0 && from < to && isWordChar(text, from - 1) && isWordChar(text, from)) {
      wordAt.lastIndex = from;
      const tail = wordAt.exec(text)![0];
      const best = bestAt(text, from, tail.toLowerCase(), from + tail.length, to);
      if (best) found.push(best);
      firstWords.lastIndex = best ? best.end : from + tail.length;
    }
    for (let w = firstWords.exec(text); w && w.index < to; w = firstWords.exec(text)) {
      const best = bestAt(text, w.index, w[0].toLowerCase(), firstWords.lastIndex, to);
      if (best) {
        found.push(best);
        firstWords.lastIndex = best.end;
      }
    }
    const segment = text.slice(from, to);
    if (isChinese(segment)) found.push(...findChinese(text, from, segment));
    return resolveOverlaps(found);
  }

  const lookup = (name: string, label?: EntityLabel) => byKey.get(nameKey(name))?.find((e) => !label || e.label === label);
  return { find, lookup };
}
