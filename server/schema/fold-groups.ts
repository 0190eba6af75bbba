/**
 * The overview's grouping maths, pure: rows of cypher/list-library-groups.cypher and list-library-links.cypher in,
 * at most `limit` groups and the links between them out. Nothing is dropped: issuers and series past the largest
 * `limit − 1` become one folded group, and years beyond `limit` are joined into ranges of equal width, so the
 * groups' documents always add up to the library, and every link lands on the groups of its ends.
 */
export type Grouping = 'ISSUER' | 'SERIES' | 'YEAR';

export interface GroupRow {
  key: string | null;
  documentCount: number;
  heldCount: number;
  measureCount: number;
}

export interface LinkRow {
  source: string | null;
  target: string | null;
  type: string;
  count: number;
}

export interface Group {
  id: string;
  name: string;
  keys: (string | null)[];
  folded: boolean;
  documentCount: number;
  heldCount: number;
  measureCount: number;
  internalLinks: number;
}

export interface Link {
  id: string;
  source: string;
  target: string;
  type: string;
  count: number;
}

const PREFIX: Record<Grouping, string> = { ISSUER: 'issuer', SERIES: 'series', YEAR: 'year' };
const NONE: Record<Grouping, string> = { ISSUER: 'No issuer', SERIES: 'No number', YEAR: 'No year' };
const PLURAL: Record<Grouping, string> = { ISSUER: 'issuers', SERIES: 'series', YEAR: 'years' };

function group(id: string, name: string, rows: GroupRow[], folded = false): Group {
  const sum = (pick: (row: GroupRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    id,
    name,
    keys: rows.map((row) => row.key),
    folded,
    documentCount: sum((row) => row.documentCount),
    heldCount: sum((row) => row.heldCount),
    measureCount: sum((row) => row.measureCount),
    internalLinks: 0,
  };
}

const single = (by: Grouping, row: GroupRow) => group(`${PREFIX[by]}:${row.key ?? ''}`, row.key ?? NONE[by], [row]);

/** Issuers and series: the largest stay, the rest share one group (rows come largest first, ties by key). */
function foldSmallest(by: Grouping, rows: GroupRow[], limit: number): Group[] {
  if (rows.length <= limit) return rows.map((row) => single(by, row));
  const kept = rows.slice(0, limit - 1);
  const rest = rows.slice(limit - 1);
  return [...kept.map((row) => single(by, row)), group(`${PREFIX[by]}:*`, `${rest.length} other ${PLURAL[by]}`, rest, true)];
}

/** Years in order; when there are more than `limit`, consecutive years are joined into ranges of one width. */
function yearRanges(rows: GroupRow[], limit: number): Group[] {
  const dated = rows.filter((row) => row.key !== null).sort((a, b) => Number(a.key) - Number(b.key));
  const undated = rows.filter((row) => row.key === null);
  const slots = limit - undated.length;
  const groups: Group[] = [];
  if (dated.length <= slots) groups.push(...dated.map((row) => single('YEAR', row)));
  else {
    const first = Number(dated[0]!.key);
    const last = Number(dated.at(-1)!.key);
    const span = last - first + 1;
    const width = Math.ceil(span / slots);
    const bins = new Map<number, GroupRow[]>();
    for (const row of dated) {
      const bin = Math.floor((Number(row.key) - first) / width);
      bins.set(bin, [...(bins.get(bin) ?? []), row]);
    }
    for (const [bin, binRows] of bins) {
      const from = first + bin * width;
      // A range says the years it can hold, but never past the last year there is.
      const to = Math.min(last, from + width - 1);
      groups.push(from === to ? group(`year:${from}`, String(from), binRows) : group(`year:${from}-${to}`, `${from}–${to}`, binRows));
    }
  }
  return [...groups, ...undated.map((row) => single('YEAR', row))];
}

export function foldGroups(by: Grouping, rows: GroupRow[], links: LinkRow[], limit: number): { groups: Group[]; links: Link[] } {
  const groups = by === 'YEAR' ? yearRanges(rows, limit) : foldSmallest(by, rows, limit);
  const groupOf = new Map<string | null, Group>();
  for (const g of groups) for (const key of g.keys) groupOf.set(key, g);
  const merged = new Map<string, Link>();
  for (const link of links) {
    const source = groupOf.get(link.source);
    const target = groupOf.get(link.target);
    if (!source || !target) continue; // both ends passed the same filter as the groups, so this does not happen
    if (source === target) {
      source.internalLinks += link.count;
      continue;
    }
    const id = `${link.type}:${source.id}->${target.id}`;
    const existing = merged.get(id);
    if (existing) existing.count += link.count;
    else merged.set(id, { id, source: source.id, target: target.id, type: link.type, count: link.count });
  }
  const sorted = [...merged.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return { groups, links: sorted };
}
