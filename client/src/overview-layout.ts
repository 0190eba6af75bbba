/**
 * Where the overview draws its groups, pure: years on a line in time order (citations arc between them), issuers
 * and series on a circle, largest first. Circle areas follow document counts and link widths the log of their
 * counts, so one group of 5,000 documents does not hide a group of 5, and no link vanishes.
 */
export interface LayoutGroup {
  id: string;
  documentCount: number;
}

export interface LayoutLink {
  source: string;
  target: string;
  count: number;
}

export interface Placed {
  x: number;
  y: number;
  r: number;
  /** Where the group's name goes, below its centre: on a line of years every other name drops a row, so none overlap. */
  labelY: number;
}

export const VIEW = { width: 800, height: 520, margin: 70 } as const;
const R = { min: 8, max: 46 } as const;

export function radius(count: number, largest: number, max: number = R.max): number {
  const min = Math.min(R.min, max);
  if (largest <= 0) return min;
  return min + (max - min) * Math.sqrt(Math.max(0, count) / largest);
}

export function layoutGroups(groups: LayoutGroup[], inOrder: boolean): Map<string, Placed> {
  const largest = Math.max(0, ...groups.map((g) => g.documentCount));
  const placed = new Map<string, Placed>();
  const n = groups.length;
  const { width, height, margin } = VIEW;
  // On a line, circles may not overlap their neighbours; on a circle the ring leaves room for the largest.
  const spacing = n > 1 ? (width - 2 * margin) / (n - 1) : width;
  const max = inOrder ? Math.min(R.max, spacing * 0.45) : R.max;
  groups.forEach((g, i) => {
    const r = radius(g.documentCount, largest, max);
    if (inOrder) {
      const x = n === 1 ? width / 2 : margin + spacing * i;
      placed.set(g.id, { x, y: height * 0.62, r, labelY: max + 14 + (i % 2) * 26 });
    } else {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
      const ring = n === 1 ? 0 : Math.min(width, height) / 2 - margin;
      placed.set(g.id, { x: width / 2 + ring * Math.cos(angle), y: height / 2 + ring * Math.sin(angle), r, labelY: r + 14 });
    }
  });
  return placed;
}

export function linkWidth(count: number, largest: number): number {
  if (largest <= 1) return 1.5;
  return 1.5 + 6 * (Math.log(Math.max(1, count)) / Math.log(largest));
}

/**
 * An SVG path from one group to another: on a line of years, an arc above it (earlier → later bends up, later →
 * earlier down, so citations both ways stay apart); on a circle, a gentle curve to the right of the direct line
 * (so A → B and B → A are two curves). It starts and ends on the circles' rims.
 */
export function linkPath(a: Placed, b: Placed, inOrder: boolean): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const start = { x: a.x + ux * a.r, y: a.y + uy * a.r };
  const end = { x: b.x - ux * (b.r + 4), y: b.y - uy * (b.r + 4) };
  const bend = inOrder ? Math.min(180, length * 0.45) : length * 0.18;
  // The normal (−uy, ux) points up for a left-to-right link on a line of years.
  const cx = (start.x + end.x) / 2 + -uy * bend * (inOrder ? -1 : 1);
  const cy = (start.y + end.y) / 2 + ux * bend * (inOrder ? -1 : 1);
  const f = (v: number) => v.toFixed(1);
  return `M${f(start.x)},${f(start.y)} Q${f(cx)},${f(cy)} ${f(end.x)},${f(end.y)}`;
}
