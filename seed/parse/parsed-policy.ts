import type { OutlineLevel } from './outline.ts';

/**
 * What parse.ts hands to extract.ts: the document's sections with offsets into `text`.
 * Every `start`/`end` pair indexes `text` (JS string indices), so `text.slice(start, end)`
 * reproduces the quoted text exactly.
 */
export interface TextRange {
  start: number;
  end: number;
  text: string;
}

export interface ParsedMeasure {
  /** 1-based; the task's title sentence is not a measure unless it is the task's only sentence. */
  order: number;
  text: string;
  start: number;
  end: number;
  /** Verbatim amounts: '5 million yuan', '50%'. */
  amounts: string[];
  years: number[];
  /** The source broke off mid-sentence (no terminal punctuation at the end of the task). */
  truncated: boolean;
}

export interface ParsedTask {
  /** As printed; it may restart under each category. */
  number: number;
  /** Unique in the document: the number, or `category.number` when numbering restarts (ids use it). */
  key: string;
  /** The marker as printed: `1.`, `第十二条`, `(a)`. */
  marker: string;
  categoryKey: string;
  /** First sentence without its final full stop. */
  title: string;
  /** Span of the whole title sentence (including its full stop). */
  titleStart: number;
  titleEnd: number;
  /** Task text without the `N. ` prefix. */
  text: string;
  start: number;
  end: number;
  measures: ParsedMeasure[];
}

export interface ParsedCategory {
  number: number;
  /** Unique in the document: the number, or `section.number` when numbering restarts. */
  key: string;
  /** The marker as printed, e.g. `（一）`; empty for the implicit category of a document without categories. */
  marker: string;
  title: string;
  /** Span of the heading text after `(N)`. */
  start: number;
  end: number;
}

export type CitationRole = 'predecessor' | 'basis' | 'reference';

export interface ParsedCitation {
  docNumber: string;
  slug: string;
  prefix: string;
  /** Undefined for an order (令), which is numbered without a year. */
  year?: number;
  serial: number;
  role: CitationRole;
  /** Title quoted just before the number, when the text gives one. */
  title?: string;
  evidence: string;
  start: number;
  end: number;
}

export interface ParsedDocument {
  /** `guo-han-2020-123`, or derived from the file name when the document has no number. */
  slug: string;
  /** `zh` or `en`; undefined when the text has no letters to judge by (then it is treated as English). */
  language?: 'zh' | 'en';
  /** An order (令) has no year: `Guo Wu Yuan Ling No. 722`. */
  docNumber?: TextRange & { value: string; prefix: string; year?: number; serial: number };
  title?: TextRange;
  /** ISO date, e.g. `2020-08-28`. */
  date?: TextRange & { iso: string };
  /** The signing organs (one each; a joint document has several), resolved to agencies by extract. */
  issuers: TextRange[];
  /** The salutation's addressees as written (`北京市人民政府`, `Ministry of Commerce`), resolved by extract. */
  addressees: TextRange[];
  year?: number;
  targetYears: number[];
}

/** A stretch of the text that is under no provision, and why. */
export interface UnplacedText {
  start: number;
  end: number;
  /** `before the provisions`, `section "Safeguards"`, `between provisions`, `after the provisions`. */
  where: string;
}

/** What the outline looked like, for the seed report: nothing the parser leaves out goes unmentioned. */
export interface ParsedStructure {
  levels: OutlineLevel[];
  unplaced: UnplacedText[];
  /** Numbered lines of the outline's levels that fit no sequence. */
  outOfSequence: { marker: string; start: number }[];
  /** Strings that look like document numbers but could not be read (a lost citation otherwise). */
  unreadableNumbers: TextRange[];
}

export interface ParsedPolicy {
  source: string;
  /** Exactly the text that was parsed; becomes Document.text. */
  text: string;
  document: ParsedDocument;
  categories: ParsedCategory[];
  tasks: ParsedTask[];
  /** Every citation occurrence of another document, in reading order (own number excluded). */
  citations: ParsedCitation[];
  structure: ParsedStructure;
}
