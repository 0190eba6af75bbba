import type { YearRange } from './store.ts';

/**
 * The timeline's year histogram, pure: counts per year in, bars out. One bar per year from the first to the last
 * (empty years too, so the axis is true to time); past MAX_BARS years, bars span several years of one width, so a
 * library from 1949 to 2025 still fits a phone's width. A bar knows the years it covers, what the chosen range
 * keeps of it, and its height as a share of the tallest.
 */
export interface YearCount {
  year: number | null;
  count: number;
}

export interface Bar {
  from: number;
  to: number;
  count: number;
  /** 0–1, of the tallest bar; a non-empty bar is at least a sliver, so it can be seen and clicked. */
  height: number;
  /** Inside the chosen range (every bar is, when no range is chosen). */
  selected: boolean;
  label: string;
}

export const MAX_BARS = 40;

export function yearBars(counts: YearCount[], range: YearRange | null, maxBars = MAX_BARS): Bar[] {
  const dated = counts.filter((c): c is { year: number; count: number } => c.year !== null && c.count > 0);
  if (dated.length === 0) return [];
  const years = dated.map((c) => c.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const width = Math.ceil((last - first + 1) / maxBars);
  const bars: Omit<Bar, 'height'>[] = [];
  for (let from = first; from <= last; from += width) {
    const to = Math.min(last, from + width - 1);
    const count = dated.filter((c) => c.year >= from && c.year <= to).reduce((sum, c) => sum + c.count, 0);
    const selected = range === null || ((range.from === null || to >= range.from) && (range.to === null || from <= range.to));
    bars.push({ from, to, count, selected, label: from === to ? String(from) : `${from}–${to}` });
  }
  const tallest = Math.max(...bars.map((b) => b.count));
  return bars.map((b) => ({ ...b, height: b.count === 0 ? 0 : Math.max(0.06, b.count / tallest) }));
}

/**
 * Which bars write their years underneath: the first, the last and every fifth year, but never two labels closer
 * than a label is wide (a year takes two 22 px bars, a span such as 2000–2004 three), so six bars in a row do not
 * run together as "201520162017". The last bar's label wins over a neighbour's, so the axis always ends named.
 */
export function labelledBars(bars: readonly Bar[]): boolean[] {
  const labelled = bars.map(() => false);
  const gap = (bar: Bar) => (bar.from === bar.to ? 2 : 3);
  let previous = Number.NEGATIVE_INFINITY;
  bars.forEach((bar, i) => {
    const wanted = i === 0 || i === bars.length - 1 || bar.from % 5 === 0;
    if (!wanted) return;
    if (i - previous < gap(bar)) {
      if (i !== bars.length - 1) return;
      labelled[previous] = false;
    }
    labelled[i] = true;
    previous = i;
  });
  return labelled;
}

/**
 * The range after a click on a bar: a plain click picks the bar's years (or, on the only bar chosen, clears the
 * range); with `extend` (Shift, or a drag) the range grows from its anchor to the bar, in either direction.
 */
export function pickYears(
  range: YearRange | null,
  bar: Pick<Bar, 'from' | 'to'>,
  extend: boolean,
  anchor: Pick<Bar, 'from' | 'to'> | null,
): YearRange | null {
  if (extend && anchor) return { from: Math.min(anchor.from, bar.from), to: Math.max(anchor.to, bar.to) };
  if (range && range.from === bar.from && range.to === bar.to) return null;
  return { from: bar.from, to: bar.to };
}

/** "2015–2019", "from 2015", "to 2019", or "All years". */
export function describeYears(range: YearRange | null): string {
  if (!range || (range.from === null && range.to === null)) return 'All years';
  if (range.from !== null && range.to !== null) return range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
  return range.from !== null ? `From ${range.from}` : `To ${range.to}`;
}
