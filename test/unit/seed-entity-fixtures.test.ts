/**
 * Entity mentions against the hand-made truth of the layout fixtures (test/fixtures/layouts/*.expected.json):
 * precision and recall of distinct (surface text, label, canonical name) triples, per fixture and overall.
 * The whole text is scanned, header and safeguards included, because the truth lists those mentions too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEntityMatcher } from '../../seed/extract/entity-matcher.ts';
import { gazetteer } from '../../seed/extract/gazetteer.ts';
import { issuingPlace } from '../../seed/extract/issuing-place.ts';
import { findMentions } from '../../seed/extract/mentions.ts';

const DIR = new URL('../fixtures/layouts/', import.meta.url);
const matcher = createEntityMatcher(gazetteer);

interface Expected {
  issuer: string;
  entities: { text: string; label: string; canonical: string }[];
}

interface Score {
  fixture: string;
  truePositives: number;
  expected: number;
  found: number;
  missed: string[];
  extra: string[];
}

function score(fixture: string): Score {
  const text = readFileSync(new URL(`${fixture}.txt`, DIR), 'utf8');
  const truth = JSON.parse(readFileSync(new URL(`${fixture}.expected.json`, DIR), 'utf8')) as Expected;
  const mentions = findMentions(matcher, text, 0, text.length, issuingPlace(truth.issuer));
  const found = new Set(mentions.map((m) => `${text.slice(m.start, m.end)} | ${m.label} | ${m.name}`));
  const expected = new Set(truth.entities.map((e) => `${e.text} | ${e.label} | ${e.canonical}`));
  return {
    fixture,
    truePositives: [...found].filter((f) => expected.has(f)).length,
    expected: expected.size,
    found: found.size,
    missed: [...expected].filter((e) => !found.has(e)),
    extra: [...found].filter((f) => !expected.has(f)),
  };
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''))
  .sort();
const scores = fixtures.map(score);
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

describe('entity mentions in the layout fixtures', () => {
  it('covers every fixture', () => {
    expect(fixtures).toHaveLength(12);
  });

  it('reaches the precision and recall floors overall and per language', () => {
    const total = (rows: Score[]) => ({
      precision: ratio(
        rows.reduce((n, s) => n + s.truePositives, 0),
        rows.reduce((n, s) => n + s.found, 0),
      ),
      recall: ratio(
        rows.reduce((n, s) => n + s.truePositives, 0),
        rows.reduce((n, s) => n + s.expected, 0),
      ),
    });
    const lines = scores.map(
      (s) => `${s.fixture.padEnd(34)} ${pct(ratio(s.truePositives, s.found))} ${pct(ratio(s.truePositives, s.expected))}`,
    );
    const all = total(scores);
    const en = total(scores.filter((s) => s.fixture.startsWith('en-')));
    const zh = total(scores.filter((s) => s.fixture.startsWith('zh-')));
    console.log(
      [
        `${'fixture'.padEnd(34)} precision  recall`,
        ...lines,
        `${'English'.padEnd(34)} ${pct(en.precision)} ${pct(en.recall)}`,
        `${'Chinese'.padEnd(34)} ${pct(zh.precision)} ${pct(zh.recall)}`,
        `${'overall'.padEnd(34)} ${pct(all.precision)} ${pct(all.recall)}`,
        ...scores.flatMap((s) => [
          ...s.missed.map((m) => `  missed ${s.fixture}: ${m}`),
          ...s.extra.map((x) => `  extra  ${s.fixture}: ${x}`),
        ]),
      ].join('\n'),
    );
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    expect(all.recall).toBeGreaterThanOrEqual(0.9);
    for (const lang of [en, zh]) {
      expect(lang.precision).toBeGreaterThanOrEqual(0.85);
      expect(lang.recall).toBeGreaterThanOrEqual(0.85);
    }
  });
});
