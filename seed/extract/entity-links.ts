/**
 * Measure → entity links. A measure names an entity (DIRECT), or its task's title names a park or
 * industry, which then frames every measure of the task (TASK_CONTEXT). Agencies are linked only
 * when the measure itself names them: a ministry in a title does not take part in every measure.
 */
import type { GraphNode, GraphRelationship } from '../../core/graph-contract.ts';
import { measureId } from '../../core/ids.ts';
import type { ParsedTask } from '../parse/parsed-policy.ts';
import type { Mention } from './mentions.ts';

const LINK_TYPE = { Park: 'AFFECTS', Industry: 'TARGETS', Agency: 'INVOLVES' } as const;

function link(text: string, from: string, m: Mention, via?: 'DIRECT' | 'TASK_CONTEXT'): GraphRelationship {
  const rel: GraphRelationship = {
    type: LINK_TYPE[m.label],
    from,
    to: m.id,
    evidence: text.slice(m.start, m.end),
    start: m.start,
    end: m.end,
  };
  if (via) rel.via = via;
  return rel;
}

/** Links for one task's measures, DIRECT before TASK_CONTEXT so deduplication keeps the direct one. */
export function measureLinks(text: string, docSlug: string, task: ParsedTask, mentions: Mention[]): GraphRelationship[] {
  const inside = (m: Mention, start: number, end: number) => m.start >= start && m.end <= end;
  const titleMentions = mentions.filter((m) => inside(m, task.titleStart, task.titleEnd) && m.label !== 'Agency');
  const rels: GraphRelationship[] = [];
  for (const measure of task.measures) {
    const from = measureId(docSlug, task.key, measure.order);
    for (const m of mentions.filter((x) => inside(x, measure.start, measure.end))) {
      rels.push(link(text, from, m, m.label === 'Agency' ? undefined : 'DIRECT'));
    }
    const isTitle = measure.start === task.titleStart;
    if (!isTitle) for (const m of titleMentions) rels.push(link(text, from, m, 'TASK_CONTEXT'));
  }
  return rels;
}

const RANK = { park: 1, base: 1, street: 1, airport: 1, 'science city': 2, zone: 3, district: 4 } as const;

/**
 * "Haidian Park, Zhongguancun … Zone" / "X Park of Y Zone": the smaller place is part of the larger.
 * A comma only counts when it is an apposition, not a list ("A, B and C").
 */
export function textPartOf(text: string, mentions: Mention[]): GraphRelationship[] {
  const parks = mentions.filter((m) => m.label === 'Park').sort((a, b) => a.start - b.start);
  const rels: GraphRelationship[] = [];
  parks.forEach((a, i) => {
    const b = parks[i + 1];
    if (!b || a.id === b.id || !a.kind || !b.kind || RANK[a.kind] >= RANK[b.kind]) return;
    const between = text.slice(a.end, b.start);
    const comma = /^\s*[,，]\s*(?:the\s+)?$/i.test(between);
    const of = /^\s+(?:of|in|within|under)\s+(?:the\s+)?$/i.test(between);
    if (!comma && !of) return;
    if (comma) {
      const before = parks[i - 1] ? text.slice(parks[i - 1]!.end, a.start) : '';
      const after = text.slice(b.end, b.end + 6);
      if (/^\s*(?:[,，]|and\b)/i.test(after) || /^\s*(?:[,，]|and)\s*(?:the\s+)?$/i.test(before)) return;
    }
    rels.push({ type: 'PART_OF', from: a.id, to: b.id, source: 'text', evidence: text.slice(a.start, b.end), start: a.start, end: b.end });
  });
  return rels;
}

/** Nodes for the linked entities; discovered ones carry the spellings seen as aliases. */
export function entityNodes(text: string, mentions: Mention[]): GraphNode[] {
  return mentions.map((m) => {
    const seen = text.slice(m.start, m.end).replace(/\s+/g, ' ');
    const aliases = m.entry ? m.entry.aliases : seen !== m.name ? [seen] : [];
    const node: GraphNode = { id: m.id, label: m.label, name: m.name, aliases };
    if (m.kind) node.kind = m.kind;
    if (m.level) node.level = m.level;
    if (!m.entry) node.discovered = true;
    return node;
  });
}
