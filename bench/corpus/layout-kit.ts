/**
 * What every layout needs: a page that counts the provisions and categories it writes (the generator's own count,
 * which the parser's must match), the outline markers of each language, and tasks written with or without sub-items.
 */

import { toRoman as roman } from '../../seed/parse/markers.ts';
import type { Lang } from './names.ts';
import { circled, letter, zhNumeral } from './numerals.ts';
import type { Plan, TaskPlan } from './plan.ts';
import { type Prose, taskParagraph } from './prose.ts';

export interface Written {
  lines: string[];
  provisions: number;
  categories: number;
}

export interface Page extends Written {
  /** Each text as a paragraph of its own line, followed by a blank line. */
  para(...texts: string[]): void;
  category(line: string): void;
  provision(line: string): void;
}

export function page(): Page {
  const p: Page = {
    lines: [],
    provisions: 0,
    categories: 0,
    para: (...texts) => {
      for (const t of texts) p.lines.push(t, '');
    },
    category: (line) => {
      p.categories += 1;
      p.para(line);
    },
    provision: (line) => {
      p.provisions += 1;
      p.para(line);
    },
  };
  return p;
}

export interface Markers {
  section(n: number): string;
  category(n: number): string;
  provision(n: number): string;
  sub(n: number): string;
  subSub(n: number): string;
}

const ZH: Markers = {
  section: (n) => `${zhNumeral(n)}、`,
  category: (n) => `（${zhNumeral(n)}）`,
  provision: (n) => `${n}．`,
  sub: (n) => `（${n}）`,
  subSub: circled,
};
const EN: Markers = {
  section: (n) => `${roman(n)}. `,
  category: (n) => `(${roman(n)}) `,
  provision: (n) => `${n}. `,
  sub: (n) => `(${n}) `,
  subSub: (n) => `${letter(n)}) `,
};
export const markersFor = (lang: Lang) => (lang === 'zh' ? ZH : EN);

/**
 * Every third task (the 2nd, 5th, 8th…) lists its measures as sub-items: under 60 % of the provisions, so the
 * outline still reads them as sub-items rather than as the provision level.
 */
export const hasSubItems = (ordinal: number, task: TaskPlan) => ordinal % 3 === 2 && task.measures.length >= 2;

/**
 * A task as one paragraph, or (with `sub`) its title line then one line per measure; with `subSub`, the last two of
 * three or more measures nest one level further (①②), as Chinese plans do under a （1） item.
 */
export function writeTask(p: Page, t: Prose, marker: string, task: TaskPlan, sub?: (n: number) => string, subSub?: (n: number) => string) {
  if (!sub) {
    p.provision(`${marker}${taskParagraph(t, task)}`);
    return;
  }
  p.provision(`${marker}${t.taskTitle(task)}`);
  const measures = task.measures.map((m) => t.measure(m));
  const nested = subSub && measures.length >= 3 ? measures.splice(-2) : [];
  p.para(...measures.map((m, i) => `${sub(i + 1)}${m}`));
  p.para(...nested.map((m, i) => `${subSub!(i + 1)}${m}`));
}

/** Tasks numbered 1…N through the whole document, the categories flattened away. */
export const allTasks = (plan: Plan) => plan.categories.flatMap((c) => c.tasks);

/** Signature block: the issuing organ, then the date on its own line. */
export function signature(p: Page, t: Prose, style?: 'day-first') {
  p.lines.push(t.issuer(), t.date(style), '');
}
