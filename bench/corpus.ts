import { corpusNumber } from './corpus/doc-numbers.ts';
import { LAYOUTS, type LayoutId, layoutById, SHARES } from './corpus/layouts.ts';
import type { Lang } from './corpus/names.ts';
import { buildPlan, type Plan, type PlanOptions } from './corpus/plan.ts';
import { englishProse } from './corpus/prose-en.ts';
import { chineseProse } from './corpus/prose-zh.ts';
import { pickWeighted } from './corpus/rng.ts';
import { random } from './random.ts';

export type { LayoutId };
export { corpusNumber, random };

/**
 * A deterministic synthetic library of policy documents, so ingest is measured on the mix it will meet: about 40 %
 * Chinese originals (文号 such as 京政发〔2003〕201号, dates 2003年3月15日, gazetteer names by their Chinese aliases,
 * 万元/亿元), 10 % English translations of earlier Chinese documents (same number, same provisions), the rest English
 * originals; each in one of ten outline layouts (bench/corpus/layouts.ts) mirroring test/fixtures/layouts: the
 * shipped document's annex, plans with goals and safeguards sections around the tasks, a reply with its plan
 * annexed, regulations in chapters and articles, flat lists with and without sub-items, numbering that restarts
 * under each section, "Part One" / "(a)", a machine-translated web reprint.
 *
 * Documents cite earlier corpus documents and Guo Han [2020] No. 123, name gazetteer parks, agencies and industries
 * under varying aliases, and new ones the pattern rules discover, drawn from pools that grow slowly with N so later
 * documents share them too.
 *
 * Documents are produced one at a time (a generator) so a consumer never holds the corpus in memory.
 * The same (seed, index) always gives the same text.
 */

export interface CorpusDocument {
  index: number;
  /** A file-like name, used as the parser's `source`. */
  name: string;
  /** The document's own number as the parser normalises it, e.g. `Jing Zheng Fa [2003] No. 201`. */
  docNumber: string;
  text: string;
  language: Lang;
  layout: LayoutId;
  /** The index of the Chinese document this one translates. */
  translationOf?: number;
  /** Provisions (numbered tasks or articles) the generator wrote: what the parser should find. */
  provisions: number;
  /** Headings directly above the provisions; 0 when the provisions stand in a flat list. */
  categories: number;
  /** The signing date, ISO (2003-03-15), whatever form the layout prints it in. */
  date: string;
}

export interface CorpusOptions {
  seed?: number;
  /** Tasks per document: [min, max]. The shipped document has 26. */
  tasks?: [number, number];
  /** Measures (sentences) per task after its title: [min, max]. */
  measures?: [number, number];
}

export const DEFAULT_SEED = 20_200_828;

type Kind = 'zh' | 'translation' | 'en';

/** The language draw and the layout draw of a document, on their own stream so they never shift its content. */
function draws(seed: number, index: number) {
  const rng = random(seed ^ Math.imul(index + 1, 0x85ebca6b) ^ 0x5bd1e995);
  const r = rng() * 100;
  const kind: Kind = r < SHARES.zh ? 'zh' : r < SHARES.zh + SHARES.translation ? 'translation' : 'en';
  return { kind, layoutDraw: rng };
}

function layoutFor(plan: Plan, lang: Lang, rng: () => number) {
  const chosen = layoutById(
    pickWeighted(
      rng,
      LAYOUTS.map((l) => ({ item: l.id, weight: l.weight[lang] })),
    ),
  );
  // Every layout holds the default 8–20 tasks; only huge test documents fall back to one without a numbering limit.
  return chosen.fits(plan) ? chosen : layoutById(lang === 'zh' ? 'plan-sections' : 'shipped-annex');
}

/**
 * The nearest earlier Chinese original within 50 documents that no earlier translation took, if any: two
 * translations of one original would be one document seeded twice. Scanning back, each translation passed on the
 * way takes the first original it meets, as brackets pair.
 */
function originalFor(seed: number, index: number): number | undefined {
  let taken = 0;
  for (let i = index - 1; i >= Math.max(0, index - 50); i--) {
    const kind = draws(seed, i).kind;
    if (kind === 'translation') taken += 1;
    else if (kind === 'zh' && taken-- === 0) return i;
  }
  return undefined;
}

export function corpusDocument(index: number, options: CorpusOptions = {}): CorpusDocument {
  const seed = options.seed ?? DEFAULT_SEED;
  const planOptions: PlanOptions = { seed, tasks: options.tasks ?? [8, 20], measures: options.measures ?? [1, 5] };
  const own = draws(seed, index);
  const original = own.kind === 'translation' ? originalFor(seed, index) : undefined;
  const source = original ?? index;
  const plan = buildPlan(source, planOptions);
  const lang: Lang = own.kind === 'zh' ? 'zh' : original === undefined ? 'en' : 'zh';
  const layout = layoutFor(plan, lang, original === undefined ? own.layoutDraw : draws(seed, original).layoutDraw);
  const voice = original === undefined ? { lang, translated: false } : { lang: 'en' as const, translated: true };
  const written = layout.render(plan, voice.lang === 'zh' ? chineseProse(plan) : englishProse(plan, voice));
  const doc: CorpusDocument = {
    index,
    name: `corpus-${String(index).padStart(5, '0')}.txt`,
    docNumber: plan.own.docNumber,
    text: written.lines.join('\n'),
    language: voice.lang,
    layout: layout.id,
    provisions: written.provisions,
    categories: written.categories,
    date: `${plan.own.year}-${String(plan.month).padStart(2, '0')}-${String(plan.day).padStart(2, '0')}`,
  };
  if (original !== undefined) doc.translationOf = original;
  return doc;
}

/** Documents 0 … n−1, one at a time. */
export function* generateCorpus(n: number, options: CorpusOptions = {}): Generator<CorpusDocument> {
  for (let index = 0; index < n; index++) yield corpusDocument(index, options);
}
