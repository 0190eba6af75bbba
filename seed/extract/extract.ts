/**
 * Sections → graph (pure). Structure (Document → Category → Task → Measure), entity links with
 * evidence offsets into Document.text, the park hierarchy, citations and the issuer. The result is
 * passed through mergeGraphs so duplicates collapse by the same rules the writer uses.
 */

import type { GraphNode, GraphRelationship, PolicyGraph } from '../../core/graph-contract.ts';
import { categoryId, documentId, measureId, taskId } from '../../core/ids.ts';
import { issuerForPrefix } from '../parse/doc-numbers.ts';
import type { ParsedPolicy } from '../parse/parsed-policy.ts';
import { citationLinks } from './document-links.ts';
import { entityNodes, measureLinks, textPartOf } from './entity-links.ts';
import { createEntityMatcher } from './entity-matcher.ts';
import { gazetteer, gazetteerById } from './gazetteer.ts';
import { issuingPlace } from './issuing-place.ts';
import { findMentions, type Mention } from './mentions.ts';
import { mergeGraphs } from './merge-graphs.ts';

const matcher = createEntityMatcher(gazetteer);

function ancestors(id: string): string[] {
  const chain: string[] = [];
  for (let p = gazetteerById.get(id)?.partOf; p && !chain.includes(p); p = gazetteerById.get(p)?.partOf) chain.push(p);
  return chain;
}

function structure(parsed: ParsedPolicy, docId: string): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
  const slug = parsed.document.slug;
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  for (const c of parsed.categories) {
    const category: GraphNode = {
      id: categoryId(slug, c.key),
      label: 'Category',
      number: c.number,
      title: c.title,
      start: c.start,
      end: c.end,
    };
    if (c.marker) category.marker = c.marker;
    nodes.push(category);
    relationships.push({ type: 'HAS_CATEGORY', from: docId, to: category.id });
  }
  for (const t of parsed.tasks) {
    const id = taskId(slug, t.key);
    nodes.push({ id, label: 'Task', number: t.number, marker: t.marker, title: t.title, text: t.text, start: t.start, end: t.end });
    relationships.push({ type: 'HAS_TASK', from: categoryId(slug, t.categoryKey), to: id });
    for (const m of t.measures) {
      const mid = measureId(slug, t.key, m.order);
      nodes.push({
        id: mid,
        label: 'Measure',
        text: m.text,
        order: m.order,
        start: m.start,
        end: m.end,
        amounts: m.amounts,
        years: m.years,
        truncated: m.truncated,
      });
      relationships.push({ type: 'HAS_MEASURE', from: id, to: mid });
    }
  }
  return { nodes, relationships };
}

/** Issuer from the signature line, else implied by the document number's prefix (evidenced by the number). */
function issuer(parsed: ParsedPolicy, docId: string): { mention?: Mention; rel?: GraphRelationship } {
  const { issuer: line, docNumber } = parsed.document;
  const signed = line ? findMentions(matcher, parsed.text, line.start, line.end).find((m) => m.label === 'Agency') : undefined;
  const implied = docNumber ? gazetteer.find((e) => e.label === 'Agency' && e.name === issuerForPrefix(docNumber.prefix)) : undefined;
  const mention: Mention | undefined =
    signed ??
    (implied && docNumber
      ? {
          id: implied.id,
          label: 'Agency',
          name: implied.name,
          start: docNumber.start,
          end: docNumber.end,
          entry: implied,
          level: implied.level!,
        }
      : undefined);
  if (!mention) return {};
  const rel: GraphRelationship = {
    type: 'ISSUED_BY',
    from: docId,
    to: mention.id,
    evidence: parsed.text.slice(mention.start, mention.end),
    start: mention.start,
    end: mention.end,
  };
  return { mention, rel };
}

export function extractGraph(parsed: ParsedPolicy): PolicyGraph {
  const { text, document: doc } = parsed;
  const docId = documentId(doc.slug);
  const skeleton = structure(parsed, docId);
  // 市商务局 / "District Finance Bureau" belong to the issuing city / district.
  const place = issuingPlace(doc.issuer ? text.slice(doc.issuer.start, doc.issuer.end) : undefined);
  const mentions = parsed.tasks.flatMap((t) => findMentions(matcher, text, t.start, t.end, place));
  const links = parsed.tasks.flatMap((t) =>
    measureLinks(
      text,
      doc.slug,
      t,
      mentions.filter((m) => m.start >= t.start && m.end <= t.end),
    ),
  );
  const partOfText = textPartOf(text, mentions).filter((r) => !ancestors(r.to).includes(r.from));
  const signer = issuer(parsed, docId);
  // Only mentions that ended up in a relationship become nodes (an agency named only in a title does not).
  const used = new Set([...links, ...partOfText].flatMap((r) => [r.from, r.to]));
  const linked = [...mentions.filter((m) => used.has(m.id)), ...(signer.mention ? [signer.mention] : [])];

  // The gazetteer hierarchy above every linked park, so "which zone contains this park" is answerable.
  const hierarchy: GraphRelationship[] = [];
  const hierarchyNodes: GraphNode[] = [];
  for (const id of new Set(linked.filter((m) => m.label === 'Park' && m.entry).map((m) => m.id))) {
    let child = id;
    for (const parent of ancestors(id)) {
      const entry = gazetteerById.get(parent)!;
      hierarchyNodes.push({ id: entry.id, label: 'Park', name: entry.name, aliases: entry.aliases, kind: entry.kind! });
      hierarchy.push({ type: 'PART_OF', from: child, to: parent, source: 'gazetteer' });
      child = parent;
    }
  }

  const document: GraphNode = {
    id: docId,
    label: 'Document',
    title: doc.title?.text ?? doc.docNumber?.value ?? parsed.source,
    text,
    source: parsed.source,
    targetYears: doc.targetYears,
  };
  if (doc.docNumber) document.docNumber = doc.docNumber.value;
  if (doc.year !== undefined) document.year = doc.year;
  if (doc.date) document.date = doc.date.iso;
  if (signer.mention) document.issuer = signer.mention.name;

  const cites = citationLinks(parsed);
  return mergeGraphs([
    {
      nodes: [document, ...skeleton.nodes, ...entityNodes(text, linked), ...hierarchyNodes, ...cites.nodes],
      relationships: [
        ...skeleton.relationships,
        ...links,
        ...partOfText,
        ...hierarchy,
        ...cites.relationships,
        ...(signer.rel ? [signer.rel] : []),
      ],
    },
  ]);
}
