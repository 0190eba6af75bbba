/**
 * Finds gazetteer names in text: Latin-script forms through tolerant patterns (./latin-forms.ts), tried only at
 * words that begin one and only for the forms the next word allows; Chinese forms by exact occurrence.
 */
import type { EntityLabel } from '../../core/ids.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import { escapeRegExp, indexLatinForms, type LatinForm, latinForm } from './latin-forms.ts';
import { isChinese, nameKey } from './name-key.ts';

export interface EntityMatch {
  entry: GazetteerEntry;
  start: number;
  end: number;
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
  const forms = new Map<string, LatinForm[]>();
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
      list.push(latinForm(entry, form));
      forms.set(first, list);
    }
  }
  const latin = indexLatinForms(forms);

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
    for (const c of latin.formsAt(text, word, wordEnd, to)) {
      c.pattern.lastIndex = start;
      const m = c.pattern.exec(text);
      const end = m ? start + m[0].length : -1;
      if (m && end <= to && (!best || end > best.end) && !isFalseFriend(c.entry, text, end)) best = { entry: c.entry, start, end };
    }
    return best;
  }

  // A stretch that begins inside a word reads the rest of that word as a word.
  const firstWords = latin.firstWords;
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
