/**
 * The words of a document in one language, layout aside: a layout asks for a title, a date or a task and puts
 * markers and blank lines around them. prose-zh.ts and prose-en.ts are the two phrase books.
 */
import type { Voice } from './names.ts';
import type { CategoryPlan, MeasurePlan, TaskPlan } from './plan.ts';

export type DocKind = 'opinions' | 'plan' | 'regulation' | 'measures' | 'reply';
export type HeadingKey = 'tasks' | 'requirements' | 'goals' | 'safeguards' | 'organisation' | 'supporting' | 'general' | 'supplementary';

export interface Prose {
  voice: Voice;
  /** What joins sentences in a paragraph: a space in English, nothing in Chinese. */
  gap: string;
  title(kind: DocKind): string;
  /** The own number on a line of its own; `spaced` as a web reprint prints it: `Jing Zheng Fa 〔2003〕 No. 201`. */
  number(spaced?: boolean): string;
  addressee(): string;
  /** The sentence that says what the document implements, citing earlier documents. */
  preamble(kind: DocKind): string;
  issuer(): string;
  /** `day-first` prints 15 March 2021, as British-style translations do. */
  date(style?: 'day-first'): string;
  published(): string;
  goal(): string;
  heading(key: HeadingKey): string;
  category(category: CategoryPlan): string;
  taskTitle(task: TaskPlan): string;
  measure(measure: MeasurePlan): string;
  safeguards(): string[];
  replyItems(): string[];
  /** The articles before and after the provisions of a regulation (purpose and scope; entry into force). */
  generalArticles(): string[];
  finalArticle(): string;
  closing(kind: DocKind): string;
}

/** A task as one paragraph: its title sentence, then its measures. */
export const taskParagraph = (t: Prose, task: TaskPlan) => [t.taskTitle(task), ...task.measures.map((m) => t.measure(m))].join(t.gap);
