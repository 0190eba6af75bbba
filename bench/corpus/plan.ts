/**
 * What a document says, before it is written in a language and a layout: its number, date, citations and the
 * categories of tasks with their measures, as indices into phrase tables and entity draws. Rendering a plan in
 * Chinese and in English gives an original and its translation with the same provisions.
 */
import type { GazetteerEntry } from '../../seed/extract/gazetteer.ts';
import { random } from '../random.ts';
import { type CorpusNumber, corpusNumber } from './doc-numbers.ts';
import { AGENCIES, INDUSTRIES, type Mention, type NameRef, NEW_INDUSTRIES, nameRef, PARKS } from './names.ts';
import { int, pickSome, type Rng } from './rng.ts';

export interface MeasurePlan {
  verb: number;
  object: number;
  park?: Mention;
  industry?: NameRef;
  /** Indices into NEW_INDUSTRIES: "industries such as A, B and C". */
  list?: number[];
  agency?: Mention;
  /** Million yuan. */
  amount?: number;
  year?: number;
}

export interface TaskPlan {
  title: number;
  subject: { park: NameRef } | { industry: GazetteerEntry };
  measures: MeasurePlan[];
}

export interface CategoryPlan {
  title: number;
  tasks: TaskPlan[];
}

export type Citation = { guoHan: true } | { corpus: CorpusNumber; chineseForm: boolean } | { district: { year: number; serial: number } };

export interface Plan {
  index: number;
  own: CorpusNumber;
  topic: GazetteerEntry;
  verb: number;
  month: number;
  day: number;
  /** Share of GDP (%) and scale (亿元) in the goal sentence. */
  goal: { share: number; scale: number };
  cited: Citation[];
  categories: CategoryPlan[];
  taskCount: number;
}

export interface PlanOptions {
  seed: number;
  tasks: [number, number];
  measures: [number, number];
}

export const PHRASES = { verbs: 6, objects: 8, titles: 6, categories: 5, docVerbs: 3 };

function measurePlan(rng: Rng, pools: { parks: number; agencies: number }): MeasurePlan {
  const m: MeasurePlan = { verb: int(rng, 0, PHRASES.verbs - 1), object: int(rng, 0, PHRASES.objects - 1) };
  const r = rng();
  if (r < 0.45) m.park = { known: nameRef(rng, PARKS) };
  else if (r < 0.65) m.park = { fresh: int(rng, 0, pools.parks - 1) };
  if (rng() < 0.35) m.industry = nameRef(rng, INDUSTRIES);
  if (rng() < 0.12) m.list = pickSome(rng, [...NEW_INDUSTRIES.keys()], 3);
  const a = rng();
  if (a < 0.3) m.agency = { known: nameRef(rng, AGENCIES) };
  else if (a < 0.45) m.agency = { fresh: int(rng, 0, pools.agencies - 1) };
  if (rng() < 0.15) m.amount = int(rng, 1, 50);
  if (rng() < 0.1) m.year = 2025 + int(rng, 0, 5);
  return m;
}

export function buildPlan(index: number, options: PlanOptions): Plan {
  const rng = random(options.seed ^ Math.imul(index + 1, 0x9e3779b1));
  // New parks and agencies come from pools that grow like √N: early documents introduce them, later ones reuse them.
  const pools = { parks: 4 + Math.floor(Math.sqrt(index + 1) * 3), agencies: 2 + Math.floor(Math.sqrt(index + 1)) };
  const plan: Plan = {
    index,
    own: corpusNumber(index),
    topic: nameRef(rng, INDUSTRIES).entry,
    verb: int(rng, 0, PHRASES.docVerbs - 1),
    month: int(rng, 1, 12),
    day: int(rng, 1, 28),
    goal: { share: int(rng, 5, 30), scale: int(rng, 2, 80) * 50 },
    cited: [],
    categories: [],
    taskCount: int(rng, options.tasks[0], options.tasks[1]),
  };
  if (rng() < 0.5) plan.cited.push({ guoHan: true });
  for (let k = 0, count = index === 0 ? 0 : int(rng, 1, 3); k < count; k++) {
    plan.cited.push({ corpus: corpusNumber(int(rng, Math.max(0, index - 50), index - 1)), chineseForm: rng() < 0.5 });
  }
  if (rng() < 0.15) plan.cited.push({ district: { year: int(rng, 2018, 2024), serial: int(rng, 1, 30) } });

  const categoryCount = Math.min(plan.taskCount, int(rng, 2, 5));
  let written = 0;
  for (let c = 0; c < categoryCount; c++) {
    const left = plan.taskCount - written;
    const inCategory =
      c === categoryCount - 1 ? left : Math.min(left - (categoryCount - 1 - c), Math.max(1, Math.round(plan.taskCount / categoryCount)));
    const category: CategoryPlan = { title: c % PHRASES.categories, tasks: [] };
    for (let t = 0; t < inCategory; t++) {
      const subject = rng() < 0.3 ? { park: nameRef(rng, PARKS) } : { industry: nameRef(rng, INDUSTRIES).entry };
      const task: TaskPlan = { title: int(rng, 0, PHRASES.titles - 1), subject, measures: [] };
      const measures = int(rng, options.measures[0], options.measures[1]);
      for (let m = 0; m < measures; m++) task.measures.push(measurePlan(rng, pools));
      category.tasks.push(task);
    }
    written += inCategory;
    plan.categories.push(category);
  }
  return plan;
}
