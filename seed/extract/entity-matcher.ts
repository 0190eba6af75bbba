/**
 * Finds gazetteer names in text. Machine translation varies case, hyphens ("Sino German" /
 * "Sino-German") and sometimes stutters ("Airport Airport Airport"), so each alias becomes a
 * tolerant pattern; scanning only at word starts whose first word can begin an alias keeps it fast.
 */
import type { GazetteerEntry } from './gazetteer.ts';

export interface EntityMatch {
  entry: GazetteerEntry;
  start: number;
  end: number;
}

interface Candidate {
  entry: GazetteerEntry;
  pattern: RegExp;
}

const CJK = /[\u3400-\u9fff]/;
const ACRONYM = /^[A-Z0-9&]{2,6}$/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Comparison key shared by aliases and discovered names: case, hyphens and stutters ignored. */
export function nameKey(name: string): string {
  if (CJK.test(name)) return name.replace(/\s+/g, '');
  const tokens = name
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[\s-]+/)
    .filter(Boolean);
  return tokens.filter((t, i) => t !== tokens[i - 1]).join(' ');
}

function latinPattern(form: string): RegExp {
  const tokens = form
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((token) => {
      const e = escapeRegExp(token).replace(/['’]/g, "['’]");
      return /^[A-Za-z]{3,}$/.test(token) ? `${e}(?:[\\s-]+${e})*` : e;
    });
  // No 'u' flag: plain ASCII/Latin boundaries compile and run faster across hundreds of aliases.
  return new RegExp(`${tokens.join('[\\s-]+')}(?![A-Za-z0-9\u00C0-\u024F])`, ACRONYM.test(form) ? 'y' : 'iy');
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
  /** The entry whose name or alias has this key, e.g. for names discovered by patterns. */
  lookup(name: string): GazetteerEntry | undefined;
}

export function createEntityMatcher(entries: readonly GazetteerEntry[]): EntityMatcher {
  const byFirstWord = new Map<string, Candidate[]>();
  const chinese: { form: string; entry: GazetteerEntry }[] = [];
  const byKey = new Map<string, GazetteerEntry>();
  for (const entry of entries) {
    for (const form of [entry.name, ...entry.aliases]) {
      const key = ACRONYM.test(form) ? form : nameKey(form);
      const owner = byKey.get(key);
      if (owner && owner !== entry)
        throw new Error(`Gazetteer alias "${form}" belongs to both ${owner.id} and ${entry.id}; keep it on one.`);
      byKey.set(key, entry);
      if (CJK.test(form)) {
        chinese.push({ form, entry });
        continue;
      }
      const first = /[A-Za-z0-9]+/.exec(form)?.[0].toLowerCase();
      if (!first) continue;
      const list = byFirstWord.get(first) ?? [];
      list.push({ entry, pattern: latinPattern(form) });
      byFirstWord.set(first, list);
    }
  }

  function find(text: string, from: number, to: number): EntityMatch[] {
    const found: EntityMatch[] = [];
    const words = /[A-Za-z0-9]+/g;
    words.lastIndex = from;
    for (let w = words.exec(text); w && w.index < to; w = words.exec(text)) {
      let best: EntityMatch | undefined;
      for (const c of byFirstWord.get(w[0].toLowerCase()) ?? []) {
        c.pattern.lastIndex = w.index;
        const m = c.pattern.exec(text);
        const end = m ? w.index + m[0].length : -1;
        if (m && end <= to && (!best || end > best.end)) best = { entry: c.entry, start: w.index, end };
      }
      if (best) {
        found.push(best);
        words.lastIndex = best.end;
      }
    }
    // Search the slice, not the whole text: indexOf would otherwise scan to the end for every alias.
    const segment = text.slice(from, to);
    if (CJK.test(segment)) {
      for (const { form, entry } of chinese) {
        for (let i = segment.indexOf(form); i !== -1; i = segment.indexOf(form, i + form.length)) {
          found.push({ entry, start: from + i, end: from + i + form.length });
        }
      }
    }
    return resolveOverlaps(found);
  }

  return { find, lookup: (name) => byKey.get(ACRONYM.test(name) ? name : nameKey(name)) };
}
