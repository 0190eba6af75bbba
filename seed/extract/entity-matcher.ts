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
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Between two words of a name: space, hyphen, comma or '&', and an optional "and" ("Economic-Technological" /
// "Economic and Technological").
const SEP = String.raw`(?:\s*[,&-]\s*|\s+)(?:(?:and|&)\s+)?`;
const TOKEN_SYNONYMS: Record<string, string> = { zone: '(?:zone|area)', area: '(?:zone|area)' };

function latinPattern(form: string): RegExp {
  const tokens = form
    .split(/[\s,-]+/)
    .filter((t) => t && !/^(?:and|&)$/i.test(t))
    .map((token) => {
      const synonym = TOKEN_SYNONYMS[token.toLowerCase()];
      const e = synonym ?? escapeRegExp(token).replace(/['’]/g, "['’]");
      return /^[A-Za-z]{3,}$/.test(token) ? `${e}(?:[\\s-]+${e})*` : e;
    });
  // No 'u' flag: plain ASCII/Latin boundaries compile and run faster across hundreds of aliases.
  return new RegExp(`${tokens.join(SEP)}(?![A-Za-z0-9\u00C0-\u024F])`, isAcronym(form) ? 'y' : 'iy');
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
  const byFirstWord = new Map<string, Candidate[]>();
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
        if (m && end <= to && (!best || end > best.end) && !isFalseFriend(c.entry, text, end))
          best = { entry: c.entry, start: w.index, end };
      }
      if (best) {
        found.push(best);
        words.lastIndex = best.end;
      }
    }
    // Search the slice, not the whole text: indexOf would otherwise scan to the end for every alias.
    const segment = text.slice(from, to);
    if (isChinese(segment)) {
      for (const { form, entry } of chinese) {
        for (let i = segment.indexOf(form); i !== -1; i = segment.indexOf(form, i + form.length)) {
          if (!isFalseFriend(entry, text, from + i + form.length)) found.push({ entry, start: from + i, end: from + i + form.length });
        }
      }
    }
    return resolveOverlaps(found);
  }

  const lookup = (name: string, label?: EntityLabel) => byKey.get(nameKey(name))?.find((e) => !label || e.label === label);
  return { find, lookup };
}
