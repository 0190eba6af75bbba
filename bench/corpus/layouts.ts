/**
 * The layouts the corpus mixes, how often each is drawn for a Chinese and for an English original, and the largest
 * document each can number (the parser reads (a)–(z), One–Twelve and two-digit (N) / N) / 一、 only).
 */

import type { Written } from './layout-kit.ts';
import { flatMeasures, flatSubItems, planSections, regulation, replyAnnex } from './layouts-bilingual.ts';
import { machineWords, restartRoman, sectionItem, shippedAnnex, wordsParts } from './layouts-english.ts';
import { MAX_LETTER, MAX_WORD } from './numerals.ts';
import type { Plan } from './plan.ts';
import type { Prose } from './prose.ts';

export const LAYOUT_IDS = [
  'shipped-annex',
  'plan-sections',
  'reply-annex',
  'regulation',
  'flat-subitems',
  'flat-measures',
  'restart-roman',
  'section-item',
  'words-parts',
  'machine-words',
] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

export interface Layout {
  id: LayoutId;
  /** Per cent of all documents drawn as Chinese originals (translations add to these) and as English originals. */
  weight: { zh: number; en: number };
  fits(plan: Plan): boolean;
  render(plan: Plan, t: Prose): Written;
}

const always = () => true;
const largest = (plan: Plan) => Math.max(...plan.categories.map((c) => c.tasks.length));

export const LAYOUTS: readonly Layout[] = [
  { id: 'shipped-annex', weight: { zh: 0, en: 10 }, fits: always, render: shippedAnnex },
  { id: 'plan-sections', weight: { zh: 10, en: 7 }, fits: always, render: planSections },
  { id: 'reply-annex', weight: { zh: 8, en: 0 }, fits: always, render: replyAnnex },
  { id: 'regulation', weight: { zh: 8, en: 5 }, fits: always, render: regulation },
  { id: 'flat-subitems', weight: { zh: 7, en: 0 }, fits: (p) => p.taskCount <= 99, render: flatSubItems },
  { id: 'flat-measures', weight: { zh: 7, en: 0 }, fits: (p) => p.taskCount < 99, render: flatMeasures },
  { id: 'restart-roman', weight: { zh: 0, en: 7 }, fits: always, render: restartRoman },
  { id: 'section-item', weight: { zh: 0, en: 7 }, fits: (p) => p.taskCount <= 99, render: sectionItem },
  {
    id: 'words-parts',
    weight: { zh: 0, en: 7 },
    fits: (p) => p.categories.length < MAX_WORD && largest(p) <= MAX_LETTER,
    render: wordsParts,
  },
  {
    id: 'machine-words',
    weight: { zh: 0, en: 7 },
    fits: (p) => p.categories.length + 2 <= MAX_WORD && p.taskCount <= 99,
    render: machineWords,
  },
];

export const layoutById = (id: LayoutId) => LAYOUTS.find((l) => l.id === id)!;

/** Per cent of documents that are Chinese originals and English translations of them; the rest are English originals. */
export const SHARES = { zh: 40, translation: 10 };
