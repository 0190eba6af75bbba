import { describe, expect, it } from 'vitest';
import { LAYOUT_IDS, LAYOUTS, SHARES } from '../../bench/corpus/layouts.ts';
import { PARKS } from '../../bench/corpus/names.ts';
import { type CorpusDocument, corpusDocument, DEFAULT_SEED, generateCorpus, type LayoutId } from '../../bench/corpus.ts';
import { versionSlug } from '../../core/ids.ts';
import { type ParsedPolicy, parsePolicy } from '../../seed/parse/parse.ts';

/**
 * The benchmark corpus is a realistic mix (languages, layouts, translations) and every document in it reads back as
 * the generator wrote it: the parser finds exactly the provisions and categories the generator counted, so ingest
 * benchmarks measure real seeding, not a parser that silently drops half of a layout.
 */
const N = 200;
const docs = [...generateCorpus(N, { seed: DEFAULT_SEED })];
const parsed = new Map<CorpusDocument, ParsedPolicy>(docs.map((d) => [d, parsePolicy(d.text, d.name)]));

/**
 * Layouts the current parser misreads, left in the corpus on purpose and excluded from the agreement check below.
 * None at present: all ten layouts agree on 200 documents (and on 2,000, and with 1–150 tasks per document).
 */
const MISPARSED: LayoutId[] = [];

const share = (count: number) => (100 * count) / N;
const countWhere = (test: (d: CorpusDocument) => boolean) => docs.filter(test).length;

/** Per cent of documents in a layout: its Chinese and English weights, plus the translations of its Chinese ones. */
function intendedShare(id: LayoutId): number {
  const layout = LAYOUTS.find((l) => l.id === id)!;
  const zhTotal = LAYOUTS.reduce((sum, l) => sum + l.weight.zh, 0);
  return layout.weight.zh + layout.weight.en + (SHARES.translation * layout.weight.zh) / zhTotal;
}

describe(`bench corpus (${N} documents, seed ${DEFAULT_SEED})`, () => {
  it('mixes languages as intended: about 40 % Chinese originals, about 10 % English translations of them', () => {
    expect(share(countWhere((d) => d.language === 'zh'))).toBeGreaterThanOrEqual(SHARES.zh - 6);
    expect(share(countWhere((d) => d.language === 'zh'))).toBeLessThanOrEqual(SHARES.zh + 6);
    const translations = docs.filter((d) => d.translationOf !== undefined);
    expect(share(translations.length)).toBeGreaterThanOrEqual(SHARES.translation - 5);
    expect(share(translations.length)).toBeLessThanOrEqual(SHARES.translation + 5);
    for (const t of translations) {
      const original = corpusDocument(t.translationOf!);
      expect(t.translationOf!).toBeLessThan(t.index);
      expect({ language: t.language, docNumber: t.docNumber, layout: t.layout, provisions: t.provisions }).toEqual({
        language: 'en',
        docNumber: original.docNumber,
        layout: original.layout,
        provisions: original.provisions,
      });
      expect(original.language).toBe('zh');
      expect(t.text).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('gives every document its own id: a Chinese original is translated at most once', () => {
    const ids = docs.map((d) => versionSlug(parsed.get(d)!.document.slug, parsed.get(d)!.document.language));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('uses every layout, each in about its intended share', () => {
    expect(LAYOUT_IDS.length).toBeGreaterThanOrEqual(8);
    for (const id of LAYOUT_IDS) {
      const observed = share(countWhere((d) => d.layout === id));
      expect(observed, id).toBeGreaterThanOrEqual(intendedShare(id) - 4.5);
      expect(observed, id).toBeLessThanOrEqual(intendedShare(id) + 4.5);
    }
  });

  it('writes Chinese documents in Chinese: 文号 on its own line, a 年月日 date, gazetteer names by their Chinese aliases', () => {
    const chinese = docs.filter((d) => d.language === 'zh');
    const zhParks = PARKS.flatMap((p) => p.aliases.filter((a) => /[\u4e00-\u9fff]/.test(a)));
    for (const d of chinese) {
      const p = parsed.get(d)!;
      expect(p.document.docNumber?.text, d.name).toMatch(/^[\u4e00-\u9fff]+〔\d{4}〕\d+号$/);
      expect(p.document.date?.text, d.name).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
      expect(
        p.tasks.every((t) => t.measures.every((m) => m.text.endsWith('。'))),
        d.name,
      ).toBe(true);
    }
    expect(chinese.filter((d) => zhParks.some((a) => d.text.includes(a))).length).toBeGreaterThan(chinese.length * 0.9);
    expect(chinese.filter((d) => /\d+万元/.test(d.text) && /\d+亿元/.test(d.text)).length).toBeGreaterThan(chinese.length * 0.5);
  });

  it('cites earlier corpus documents and Guo Han [2020] No. 123, and the parser reads the citations', () => {
    const numbers = new Map(docs.map((d) => [d.docNumber, d.index]));
    const citesEarlier = docs.filter((d) => parsed.get(d)!.citations.some((c) => (numbers.get(c.docNumber) ?? N) < d.index));
    expect(citesEarlier.length).toBeGreaterThan(N * 0.9);
    const citesGuoHan = docs.filter((d) => parsed.get(d)!.citations.some((c) => c.docNumber === 'Guo Han [2020] No. 123'));
    expect(citesGuoHan.length).toBeGreaterThan(N * 0.3);
  });

  it('every document parses to the number, provisions and categories the generator wrote', () => {
    const agreement = new Map<string, { docs: number; agree: number }>();
    const disagreements: string[] = [];
    for (const d of docs) {
      const p = parsed.get(d)!;
      const found = {
        docNumber: p.document.docNumber?.value,
        provisions: p.tasks.length,
        // A flat list gets one implicit category without a marker; the generator counts it as none.
        categories: p.categories.filter((c) => c.marker !== '').length,
      };
      const ok = found.docNumber === d.docNumber && found.provisions === d.provisions && found.categories === d.categories;
      const key = `${d.layout}/${d.language}`;
      const row = agreement.get(key) ?? { docs: 0, agree: 0 };
      agreement.set(key, { docs: row.docs + 1, agree: row.agree + (ok ? 1 : 0) });
      if (!ok && !MISPARSED.includes(d.layout))
        disagreements.push(`${d.name} (${key}): wrote ${d.provisions}/${d.categories}, parsed ${found.provisions}/${found.categories}`);
    }
    console.log(
      `[bench corpus] parse agreement per layout: ${[...agreement]
        .sort()
        .map(([k, r]) => `${k} ${r.agree}/${r.docs}`)
        .join(', ')}`,
    );
    expect(disagreements).toEqual([]);
  });

  it('every document parses to the signing date the generator wrote', () => {
    const wrong = docs.filter((d) => parsed.get(d)!.document.date?.iso !== d.date);
    expect(wrong.map((d) => `${d.name} (${d.layout}/${d.language}): ${parsed.get(d)!.document.date?.iso} ≠ ${d.date}`)).toEqual([]);
  });

  it('is deterministic: the same seed gives the same texts, another seed different ones', () => {
    const again = [...generateCorpus(N, { seed: DEFAULT_SEED })];
    expect(again).toEqual(docs);
    const other = [...generateCorpus(20, { seed: DEFAULT_SEED + 1 })];
    expect(other.filter((d, i) => d.text === docs[i]!.text)).toEqual([]);
  });

  it('generates 10,000 documents in a few seconds', () => {
    const started = performance.now();
    let characters = 0;
    for (const d of generateCorpus(10_000)) characters += d.text.length;
    const seconds = (performance.now() - started) / 1000;
    console.log(`[bench corpus] 10,000 documents, ${(characters / 1e6).toFixed(1)} M characters in ${seconds.toFixed(2)} s`);
    // About 1.6 s alone on this machine; the bound leaves room for a shared CPU and fails on anything quadratic.
    expect(seconds).toBeLessThan(10);
  }, 30_000);
});
