/**
 * Names a curator may want to merge: a discovered entity whose name is close to a gazetteer entry's name or alias
 * ("Economic-Technological Development Zone" ≈ "Beijing Economic and Technological Development Area"). Only a
 * suggestion for the report, so a plain bigram similarity is enough; resolution itself is exact (extract/).
 */
import type { GazetteerEntry } from '../extract/gazetteer.ts';

export interface NearDuplicate {
  label: string;
  name: string;
  /** The gazetteer entry it resembles, and the spelling that came closest. */
  like: { id: string; name: string; spelling: string; similarity: number };
}

const SIMILAR = 0.6;

const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/\b(?:beijing|municipal|the|of|and)\b/g, ' ')
    .replace(/[\s\p{P}]+/gu, '');

function bigrams(s: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) grams.set(s.slice(i, i + 2), (grams.get(s.slice(i, i + 2)) ?? 0) + 1);
  return grams;
}

/** Dice coefficient of character bigrams, 0 to 1. */
export function similarity(a: string, b: string): number {
  const x = bigrams(normalise(a));
  const y = bigrams(normalise(b));
  let shared = 0;
  let total = 0;
  for (const [gram, n] of x) shared += Math.min(n, y.get(gram) ?? 0);
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

export function nearDuplicates(found: { label: string; name: string }[], gazetteer: readonly GazetteerEntry[]): NearDuplicate[] {
  const out: NearDuplicate[] = [];
  for (const entity of found) {
    let best: NearDuplicate['like'] | undefined;
    for (const entry of gazetteer) {
      if (entry.label !== entity.label) continue;
      for (const spelling of [entry.name, ...entry.aliases]) {
        const score = similarity(entity.name, spelling);
        if (score >= SIMILAR && score < 1 && (!best || score > best.similarity))
          best = { id: entry.id, name: entry.name, spelling, similarity: score };
      }
    }
    if (best) out.push({ label: entity.label, name: entity.name, like: best });
  }
  return out;
}
