import { gazetteer } from '../seed/extract/gazetteer.ts';
import { random } from './random.ts';

export { random };

/**
 * A deterministic synthetic corpus of policy documents in the shipped document's style: a news-page
 * header, the title, the document's own number on a line of its own, an addressee and a preamble that
 * cites earlier documents (of this corpus and real ones), a signature and date, then an annex whose
 * numbered categories `(1) …` hold numbered tasks `N. Title. Measure. Measure …`.
 *
 * Measures name gazetteer parks, agencies and industries (often by an alias or in Chinese, so the
 * writer must merge them into one node), and new ones the pattern rules discover ("Xinghe Science
 * Park", "Beijing Municipal Commission of Lanting Affairs", "industries such as A, B and C"), drawn
 * from a pool that grows slowly with N so later documents share them too.
 *
 * Documents are produced one at a time (a generator) so a consumer never holds the corpus in memory.
 * The same (seed, index) always gives the same text.
 */

export interface CorpusDocument {
  index: number;
  /** A file-like name, used as the parser's `source`. */
  name: string;
  /** The document's own number as the parser normalises it, e.g. `Jing Zheng Fa [2003] No. 1`. */
  docNumber: string;
  text: string;
}

export interface CorpusOptions {
  seed?: number;
  /** Tasks per document: [min, max]. The shipped document has 26. */
  tasks?: [number, number];
  /** Measures (sentences) per task after its title: [min, max]. */
  measures?: [number, number];
}

export const DEFAULT_SEED = 20_200_828;

type Rng = () => number;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
function pickSome<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
  return out;
}

const SERIES = [
  { english: 'Jing Zheng Fa', chinese: '京政发', issuer: "Beijing Municipal People's Government" },
  { english: 'Jing Zheng Ban Fa', chinese: '京政办发', issuer: "General Office of Beijing Municipal People's Government" },
  { english: 'Guo Fa', chinese: '国发', issuer: 'the State Council' },
  { english: 'Guo Ban Fa', chinese: '国办发', issuer: 'General Office of the State Council' },
  { english: 'Guo Han', chinese: '国函', issuer: 'the State Council' },
] as const;
const FIRST_YEAR = 2000;
const YEARS = 25;

/** Document i's own number: unique for every i (series, then year, then serial). */
export function corpusNumber(index: number) {
  const series = SERIES[index % SERIES.length]!;
  const year = FIRST_YEAR + (Math.floor(index / SERIES.length) % YEARS);
  const serial = 200 + Math.floor(index / (SERIES.length * YEARS));
  return { series, year, serial, docNumber: `${series.english} [${year}] No. ${serial}` };
}

// Syllables for names the gazetteer does not know; capitalised so the discovery patterns see a name.
const SYLLABLES = [
  'Xing',
  'He',
  'Lan',
  'Ting',
  'Yun',
  'Qiao',
  'Shan',
  'Hai',
  'Feng',
  'Lin',
  'Bei',
  'Ming',
  'Jin',
  'Hua',
  'Rui',
  'Tai',
  'Kang',
  'Ning',
  'Yu',
  'Song',
];
const PARK_KINDS = ['Science Park', 'Industrial Park', 'Innovation Base', 'Digital Zone', 'Science City'];
const AGENCY_FORMS = [
  'Beijing Municipal Commission of {} Affairs',
  'Beijing Municipal Bureau of {} Development',
  'State Administration of {} Resources',
];
const NEW_INDUSTRIES = [
  'quantum computing',
  'satellite internet',
  'commercial aerospace',
  'synthetic biology',
  'smart logistics',
  'marine engineering',
  'industrial software',
  'digital health',
  'cold chain storage',
  'green finance',
  'carbon trading',
  'data labelling',
  'low altitude economy',
  'autonomous driving',
  'precision medicine',
  'virtual reality',
  'robotics',
  'new materials',
];

function syllableName(rng: Rng): string {
  return pick(rng, SYLLABLES) + pick(rng, SYLLABLES).toLowerCase();
}

/** New entities, a pool that grows with the corpus so they recur across documents. */
function newPark(index: number): string {
  const rng = random(index * 7919 + 1);
  return `${syllableName(rng)} ${pick(rng, PARK_KINDS)}`;
}
function newAgency(index: number): string {
  const rng = random(index * 104_729 + 3);
  return pick(rng, AGENCY_FORMS).replace('{}', syllableName(rng));
}

const PARKS = gazetteer.filter((e) => e.label === 'Park' && e.kind !== 'district');
const AGENCIES = gazetteer.filter((e) => e.label === 'Agency');
const INDUSTRIES = gazetteer.filter((e) => e.label === 'Industry');

/** A gazetteer entry by its name, one of its aliases, or its Chinese alias, as real documents vary. */
function spelling(rng: Rng, entry: { name: string; aliases: readonly string[] }): string {
  const r = rng();
  if (r < 0.6 || entry.aliases.length === 0) return entry.name;
  return pick(rng, entry.aliases);
}

const VERBS = ['We will support', 'We will encourage', 'Support', 'We will explore ways for', 'Allow', 'Promote the pilot of'];
const OBJECTS = [
  'enterprises in building public service platforms',
  'qualified foreign-invested institutions to carry out business',
  'the establishment of international cooperation centres',
  'the reform of approval procedures for new projects',
  'pilot projects for cross-border data flows',
  'the recognition of overseas professional qualifications',
  'financial institutions to provide supply chain financing',
  'the construction of shared laboratories and test beds',
];
const TITLES = [
  'Deepen the reform of {} services',
  'Promote the opening up of {}',
  'Strengthen support for {}',
  'Improve the policy system for {}',
  'Build a demonstration area for {}',
  'Expand international cooperation in {}',
];
const CATEGORY_TITLES = [
  'We will deepen reform and open up in key service industries.',
  'We will promote the opening up of industrial parks.',
  'To form a system of institutional innovation in line with international standards.',
  'We will strengthen the guarantee of factors and the business environment.',
  'We will improve risk prevention and control.',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One measure sentence naming 0–3 entities, and sometimes an amount or a target year. */
function measureSentence(rng: Rng, index: number, pools: { parks: number; agencies: number }): string {
  const parts: string[] = [`${pick(rng, VERBS)} ${pick(rng, OBJECTS)}`];
  const r = rng();
  if (r < 0.45) parts.push(`in ${spelling(rng, pick(rng, PARKS))}`);
  else if (r < 0.65) parts.push(`in ${newPark(int(rng, 0, pools.parks - 1))}`);
  if (rng() < 0.35) parts.push(`for ${spelling(rng, pick(rng, INDUSTRIES)).toLowerCase()}`);
  if (rng() < 0.12) {
    const items = pickSome(rng, NEW_INDUSTRIES, 3);
    parts.push(`in industries such as ${items[0]}, ${items[1]} and ${items[2]}`);
  }
  let sentence = parts.join(' ');
  const a = rng();
  if (a < 0.3)
    sentence += `, which will be determined by the ${spelling(rng, pick(rng, AGENCIES))} in consultation with relevant departments`;
  else if (a < 0.45) sentence += `, and the ${newAgency(int(rng, 0, pools.agencies - 1))} shall formulate detailed rules`;
  if (rng() < 0.15) sentence += `, with subsidies of up to ${int(rng, 1, 50)} million yuan per project`;
  if (rng() < 0.1) sentence += ` by the end of ${FIRST_YEAR + YEARS + int(rng, 0, 5)}`;
  void index;
  return `${sentence}.`;
}

export function corpusDocument(index: number, options: CorpusOptions = {}): CorpusDocument {
  const seed = options.seed ?? DEFAULT_SEED;
  const [minTasks, maxTasks] = options.tasks ?? [8, 20];
  const [minMeasures, maxMeasures] = options.measures ?? [1, 5];
  const rng = random(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const own = corpusNumber(index);
  // New parks and agencies come from pools that grow like √N: early documents introduce them, later ones reuse them.
  const pools = { parks: 4 + Math.floor(Math.sqrt(index + 1) * 3), agencies: 2 + Math.floor(Math.sqrt(index + 1)) };
  const topic = pick(rng, INDUSTRIES);
  const title = `Opinions of ${own.series.issuer} on ${pick(rng, ['promoting', 'deepening', 'accelerating'])} the development of ${topic.name.toLowerCase()} (${index + 1})`;
  const month = int(rng, 1, 12);
  const day = int(rng, 1, 28);

  const cited: string[] = [];
  if (rng() < 0.5) cited.push('国函〔2020〕123号');
  for (let k = 0, count = index === 0 ? 0 : int(rng, 1, 3); k < count; k++) {
    const earlier = corpusNumber(int(rng, Math.max(0, index - 50), index - 1));
    cited.push(rng() < 0.5 ? earlier.docNumber : `${earlier.series.chinese}〔${earlier.year}〕${earlier.serial}号`);
  }
  const lines: string[] = [
    `Current Position: Home > Policy Library > ${title}`,
    '',
    `微信图片_${own.year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}.png`,
    '',
    title,
    '',
    `${own.series.chinese}〔${own.year}〕${own.serial}号`,
    '',
    "All district people's governments, all commissions, offices and bureaus of the municipal government:",
    '',
    cited.length > 0
      ? `To implement ${cited.map((c) => `the document (${c})`).join(' and ')}, the following opinions are put forward. Please implement them conscientiously.`
      : 'The following opinions are put forward. Please implement them conscientiously.',
    '',
    own.series.issuer.replace(/^the /, '').replace(/^./, (c) => c.toUpperCase()),
    '',
    `${MONTHS[month - 1]} ${day}, ${own.year}`,
    '',
    '(This document is published in public)',
    '',
    '',
    'Annex',
    '',
    '1、 Overall goals',
    '',
    `By ${FIRST_YEAR + YEARS}, the added value of ${topic.name.toLowerCase()} will account for more than ${int(rng, 5, 30)}% of the city's GDP.`,
    '',
    '2、 Main tasks',
    '',
  ];
  const taskCount = int(rng, minTasks, maxTasks);
  const categoryCount = Math.min(taskCount, int(rng, 2, 5));
  let number = 1;
  for (let c = 1; c <= categoryCount; c++) {
    lines.push(`(${c}) ${CATEGORY_TITLES[(c - 1) % CATEGORY_TITLES.length]}`, '');
    const inCategory = c === categoryCount ? taskCount - number + 1 : Math.max(1, Math.round(taskCount / categoryCount));
    for (let t = 0; t < inCategory && number <= taskCount; t++, number++) {
      const subject = rng() < 0.3 ? spelling(rng, pick(rng, PARKS)) : pick(rng, INDUSTRIES).name.toLowerCase();
      const sentences = [`${number}. ${pick(rng, TITLES).replace('{}', subject)}.`];
      const measures = int(rng, minMeasures, maxMeasures);
      for (let m = 0; m < measures; m++) sentences.push(measureSentence(rng, index, pools));
      lines.push(sentences.join(' '), '');
    }
  }
  lines.push('3、 Safeguards', '', 'All departments shall strengthen coordination and report progress every year.', '');
  return { index, name: `corpus-${String(index).padStart(5, '0')}.txt`, docNumber: own.docNumber, text: lines.join('\n') };
}

/** Documents 0 … n−1, one at a time. */
export function* generateCorpus(n: number, options: CorpusOptions = {}): Generator<CorpusDocument> {
  for (let index = 0; index < n; index++) yield corpusDocument(index, options);
}
