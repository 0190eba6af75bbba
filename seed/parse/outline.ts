/**
 * The numbered skeleton of a policy, inferred from the markers it uses. Documents nest 一、 （一） 1． （1） ①, or
 * Chapter / Article, or I. (I) 1., in whatever order their drafters chose, so the levels are ranked by how the
 * document itself nests them; numbering may restart under each heading. Real documents also repeat tasks (a news
 * summary before the plan), lose digits to page breaks (`1` / `5.` for 15) and number other things, so every list
 * keeps its longest run of consecutive numbers (pick-chain.ts) rather than trusting any single line.
 */
import { type Line, splitLines } from './lines.ts';
import { type MarkerStyle, readMarker } from './markers.ts';
import { isNonTaskHeading } from './non-task-sections.ts';
import { pickChain } from './pick-chain.ts';

export interface Heading {
  style: MarkerStyle;
  number: number;
  /** The marker as printed: `（一）`, `Article 12`, `1.`. */
  marker: string;
  /** Offset of the line that carries the marker. */
  lineStart: number;
  /** Offset just after the marker and its punctuation: where the item's own text begins. */
  bodyStart: number;
  lineEnd: number;
}

export interface CategoryHeading extends Heading {
  /** Unique within the document: the number, or `section.number` when numbering restarts. */
  key: string;
}

export interface ProvisionHeading extends Heading {
  key: string;
  /** The key of its category; '1' for the implicit one of a document without categories. */
  categoryKey: string;
}

export type LevelRole = 'section' | 'category' | 'provision' | 'sub-item';

export interface OutlineLevel {
  style: MarkerStyle;
  /** The first marker of the level as printed, e.g. `（一）`. */
  example: string;
  /** Items kept at this level (skipped sections excluded). */
  count: number;
  role: LevelRole;
}

export interface SkippedSection {
  title: string;
  start: number;
  end: number;
}

export interface Outline {
  lines: Line[];
  tasks: ProvisionHeading[];
  categories: CategoryHeading[];
  /** Line starts where a provision's text must stop (a heading at its level or above, or an unplaced marker). */
  boundaries: number[];
  /** Line starts of the items below the provision level: they stay inside their provision. */
  subItemStarts: Set<number>;
  /** Line starts of the headings above the provision level (categories, sections, skipped sections). */
  headingStarts: Set<number>;
  levels: OutlineLevel[];
  /** Sections whose numbered paragraphs are not provisions (general requirements, safeguards …). */
  skippedSections: SkippedSection[];
  /** The stretch of text the outline was read from: after any cover letter, up to any further annex. */
  region: { start: number; end: number };
  /** Numbered lines of the outline's own levels that fit no sequence: possible typos or lost provisions. */
  outOfSequence: Heading[];
}

interface Candidate extends Heading {
  line: number;
}

interface Item extends Candidate {
  level: number;
  parent: Item | undefined;
  skipped: boolean;
}

const ANNEX_RE = /^[ \t\u3000]*(?:附件|附表|Annex|Attachment|Appendix)[ \t\u3000]*\d*[ \t\u3000]*(?:[:：].*)?$/i;
/** A level is where the items of its parent level mostly go on: under 60 % of them, it is a sub-item list. */
const COVERAGE = 0.6;

function candidatesIn(lines: Line[], from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  let previousVisible: Line | undefined;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const m = readMarker(line.text);
    if (m) {
      const c: Candidate = {
        style: m.style,
        number: m.number,
        marker: m.text,
        lineStart: line.start,
        bodyStart: line.start + m.length,
        lineEnd: line.end,
        line: i,
      };
      out.push(c);
      // A page number printed just before a numbered line may have swallowed its first digit(s).
      if (m.style === 'arabic-dot' && previousVisible && /^\s*\d{1,2}\s*$/.test(previousVisible.text)) {
        out.push({ ...c, number: Number(previousVisible.text.trim() + String(m.number)) });
      }
    }
    if (line.text.trim() !== '') previousVisible = line;
  }
  return out;
}

/**
 * Styles ranked by nesting: a style first seen while another is open sits below it. A style seen once is noise
 * (a stray "4、" in a closing paragraph) unless it is item 1 of a one-item list.
 */
function rankStyles(candidates: Candidate[]): MarkerStyle[] {
  const seen = new Map<MarkerStyle, number>();
  for (const c of candidates) seen.set(c.style, (seen.get(c.style) ?? 0) + 1);
  const stack: MarkerStyle[] = [];
  const depth = new Map<MarkerStyle, number>();
  for (const c of candidates) {
    if ((seen.get(c.style) ?? 0) < 2 && c.number !== 1) continue;
    const at = stack.indexOf(c.style);
    if (at >= 0) stack.length = at + 1;
    else stack.push(c.style);
    if (!depth.has(c.style)) depth.set(c.style, stack.length);
  }
  return [...depth.keys()].sort((a, b) => depth.get(a)! - depth.get(b)!);
}

/** A provision lost in conversion must not take the ones after it along: a run may skip up to two numbers. */
const MAX_SKIP = 2;

/** The run, extended both ways over small gaps in the numbering (the report names each gap). */
function withGaps<T extends Candidate>(chain: T[], group: T[]): T[] {
  if (chain.length === 0) return chain;
  const lines = new Set(chain.map((c) => c.lineStart));
  const out = [...chain];
  for (const c of group) {
    const tail = out[out.length - 1]!;
    if (c.lineStart > tail.lineStart && !lines.has(c.lineStart) && c.number > tail.number && c.number <= tail.number + 1 + MAX_SKIP) {
      out.push(c);
      lines.add(c.lineStart);
    }
  }
  for (const c of [...group].reverse()) {
    const head = out[0]!;
    if (c.lineStart < head.lineStart && !lines.has(c.lineStart) && c.number < head.number && c.number >= head.number - 1 - MAX_SKIP) {
      out.unshift(c);
      lines.add(c.lineStart);
    }
  }
  return out;
}

/** The last item starting before `offset`, in items sorted by lineStart (binary search: this runs per candidate). */
function lastBefore<T extends { lineStart: number }>(items: T[], offset: number): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.lineStart < offset) lo = mid + 1;
    else hi = mid;
  }
  return items[lo - 1];
}

/**
 * Spelled out rather than `{ ...c, level, parent, skipped }`: V8 gives a spread-then-extended object a shape of its
 * own, and every later read of items went through slow lookups (a third of the outline's time).
 */
const toItem = (c: Candidate, level: number, parent: Item | undefined): Item => ({
  style: c.style,
  number: c.number,
  marker: c.marker,
  lineStart: c.lineStart,
  bodyStart: c.bodyStart,
  lineEnd: c.lineEnd,
  line: c.line,
  level,
  parent,
  skipped: false,
});

/** Per style, top level first: under each parent item, the longest run of consecutive numbers. */
function acceptItems(candidates: Candidate[], styles: MarkerStyle[]): Item[] {
  const accepted: Item[] = [];
  styles.forEach((style, level) => {
    const groups = new Map<Item | undefined, Candidate[]>();
    for (const c of candidates.filter((x) => x.style === style)) {
      const parent = lastBefore(accepted, c.lineStart);
      groups.set(parent, [...(groups.get(parent) ?? []), c]);
    }
    let last = 0;
    for (const [parent, group] of groups) {
      const chain = withGaps(pickChain(group), group);
      const first = chain[0];
      // A lone item must start a list or continue the previous one: a stray "4、" in a closing paragraph is not.
      if (!first || (chain.length < 2 && first.number !== 1 && first.number !== last + 1)) continue;
      for (const c of chain) accepted.push(toItem(c, level, parent));
      last = chain[chain.length - 1]!.number;
      accepted.sort((a, b) => a.lineStart - b.lineStart);
    }
  });
  return accepted;
}

const titleOf = (text: string, item: Heading) =>
  text
    .slice(item.bodyStart, item.lineEnd)
    .trim()
    .replace(/[.。:：]$/, '');

/** A general-requirements or safeguards heading skips itself and everything under it. */
function markSkipped(text: string, items: Item[]): SkippedSection[] {
  const sections: SkippedSection[] = [];
  items.forEach((item, i) => {
    if (item.skipped || item.style === 'article' || !isNonTaskHeading(titleOf(text, item))) return;
    const next = items.slice(i + 1).find((other) => other.level <= item.level);
    item.skipped = true;
    for (const other of items.slice(i + 1)) {
      if (other === next) break;
      other.skipped = true;
    }
    sections.push({ title: titleOf(text, item), start: item.lineStart, end: next?.lineStart ?? -1 });
  });
  return sections;
}

/** Walk down while the next level goes on under most items of this one; articles are provisions wherever they sit. */
function provisionLevel(items: Item[], styles: MarkerStyle[]): number {
  const article = styles.indexOf('article');
  if (article >= 0) return article;
  const live = items.filter((i) => !i.skipped);
  let level = 0;
  while (level + 1 < styles.length) {
    const parents = live.filter((i) => i.level === level);
    const withChild = new Set(live.filter((i) => i.level === level + 1 && i.parent?.level === level).map((i) => i.parent));
    if (parents.length === 0 || withChild.size / parents.length < COVERAGE) break;
    level += 1;
  }
  return level;
}

/** Numbers as keys when unique in the document, else qualified by the parent's number (restarted numbering). */
function keys(items: Item[], qualify: (item: Item) => string): string[] {
  const numbers = items.map((i) => String(i.number));
  if (new Set(numbers).size === numbers.length) return numbers;
  const qualified = items.map((i) => `${qualify(i)}.${i.number}`);
  return new Set(qualified).size === qualified.length ? qualified : items.map((i, n) => `${qualify(i)}.${n + 1}`);
}

// Module functions rather than closures in outlineRegion: tsx names every function it creates, per document.
function ancestorAt(item: Item, level: number): Item | undefined {
  let p = item.parent;
  while (p && p.level > level) p = p.parent;
  return p?.level === level ? p : undefined;
}

function categoryKeyOf(p: Item, categoryAt: number, categoryItems: Item[], categoryKeys: string[]): string {
  const c = ancestorAt(p, categoryAt) ?? [...categoryItems].reverse().find((x) => x.lineStart < p.lineStart);
  return c ? categoryKeys[categoryItems.indexOf(c)]! : '1';
}

/** `annexLines`: indices of the annex lines of the whole document, in order (found once, in findOutline). */
function outlineRegion(text: string, lines: Line[], from: number, to: number, annexLines: number[]): Omit<Outline, 'lines'> {
  const candidates = candidatesIn(lines, from, to);
  const styles = rankStyles(candidates);
  const items = acceptItems(candidates, styles);
  const skippedSections = markSkipped(text, items);
  const provisionAt = provisionLevel(items, styles);
  const categoryAt = provisionAt - 1;
  const live = items.filter((i) => !i.skipped);
  const provisions = live.filter((i) => i.level === provisionAt);
  const categoryItems = live.filter((i) => i.level === categoryAt && provisions.some((p) => ancestorAt(p, categoryAt) === i));
  const categoryKeys = keys(categoryItems, (c) => String(c.parent?.number ?? 0));
  const categories: CategoryHeading[] = categoryItems.map((c, n) => Object.assign(heading(c), { key: categoryKeys[n]! }));
  const provisionKeys = keys(provisions, (p) => categoryKeyOf(p, categoryAt, categoryItems, categoryKeys));
  const tasks: ProvisionHeading[] = provisions.map((p, n) =>
    Object.assign(heading(p), { key: provisionKeys[n]!, categoryKey: categoryKeyOf(p, categoryAt, categoryItems, categoryKeys) }),
  );

  const placed = new Set(items.map((i) => i.lineStart));
  const subStyles = new Set(styles.slice(provisionAt + 1));
  const regionEnd = lines[to]?.start ?? text.length;
  // One array filled by loops, not spreads of filtered arrays: V8 recompiled this function each time a spread met
  // an array of another kind (an empty one, say), which kept the parser slow over the first thousands of documents.
  const boundaries: number[] = [];
  for (const i of items) if (i.level <= provisionAt) boundaries.push(i.lineStart);
  for (const c of candidates) if (!placed.has(c.lineStart) && !subStyles.has(c.style)) boundaries.push(c.lineStart);
  for (const i of annexLines) if (i >= from && i < to) boundaries.push(lines[i]!.start);
  boundaries.push(regionEnd);
  boundaries.sort((a, b) => a - b);
  const levels: OutlineLevel[] = styles.map((style, level) => ({
    style,
    example: items.find((i) => i.level === level)?.marker ?? candidates.find((c) => c.style === style)!.marker,
    count: live.filter((i) => i.level === level).length,
    role: level < categoryAt ? 'section' : level === categoryAt ? 'category' : level === provisionAt ? 'provision' : 'sub-item',
  }));
  const outOfSequence = candidates.filter(
    (c) => !placed.has(c.lineStart) && styles.indexOf(c.style) >= 0 && styles.indexOf(c.style) <= provisionAt,
  );
  return {
    tasks,
    categories,
    boundaries: [...new Set(boundaries)],
    subItemStarts: new Set(live.filter((i) => i.level > provisionAt).map((i) => i.lineStart)),
    headingStarts: new Set(live.filter((i) => i.level < provisionAt).map((i) => i.lineStart)),
    levels,
    skippedSections: skippedSections.map((s) => ({ ...s, end: s.end < 0 ? regionEnd : s.end })),
    region: { start: lines[from]?.start ?? 0, end: regionEnd },
    outOfSequence: outOfSequence.map(heading),
  };
}

const heading = (c: Candidate): Heading => ({
  style: c.style,
  number: c.number,
  marker: c.marker,
  lineStart: c.lineStart,
  bodyStart: c.bodyStart,
  lineEnd: c.lineEnd,
});

/**
 * A cover letter and its annex are separate outlines ("附件" / "Annex" lines divide them); the one holding the most
 * provisions is the document's, ties going to the later one (the annex is the plan the letter issues).
 */
export function findOutline(text: string): Outline {
  const lines = splitLines(text);
  const annexLines: number[] = [];
  for (let i = 0; i < lines.length; i++) if (ANNEX_RE.test(lines[i]!.text)) annexLines.push(i);
  const cuts = [0, ...annexLines, lines.length];
  let best: Omit<Outline, 'lines'> | undefined;
  for (let i = 0; i + 1 < cuts.length; i++) {
    if (cuts[i] === cuts[i + 1]) continue;
    const outline = outlineRegion(text, lines, cuts[i]!, cuts[i + 1]!, annexLines);
    if (!best || outline.tasks.length >= best.tasks.length) best = outline;
  }
  return { lines, ...best! };
}
