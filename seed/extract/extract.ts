/**
 * Sections → graph (pure). Structure (Document → Category → Task → Measure), entity links with
 * evidence offsets into Document.text, the park hierarchy, citations and the issuer. The result is
 * passed through mergeGraphs so duplicates collapse by the same rules the writer uses.
 */

import type { GraphNode, GraphRelationship, PolicyGraph } from '../../core/graph-contract.ts';
import { categoryId, documentId, measureId, taskId, versionSlug } from '../../core/ids.ts';
import type { ParsedPolicy } from '../parse/parsed-policy.ts';
import { documentAgencies } from './document-agencies.ts';
import { citationLinks } from './document-links.ts';
import { entityNodes, measureLinks, textPartOf } from './entity-links.ts';
import { createEntityMatcher } from './entity-matcher.ts';
import { gazetteer, gazetteerById } from './gazetteer.ts';
import { issuingPlace } from './issuing-place.ts';
import { findMentions } from './mentions.ts';
import { mergeGraphs } from './merge-graphs.ts';

const matcher = createEntityMatcher(gazetteer);

function ancestors(id: string): string[] {
  const chain: string[] = [];
  for (let p = gazetteerById.get(id)?.partOf; p && !chain.includes(p); p = gazetteerById.get(p)?.partOf) chain.push(p);
  return chain;
}

function structure(parsed: ParsedPolicy, slug: string, docId: string): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
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
    // No text: a task's text is Document.text[start, end), which the API slices on demand, and its sentences
    // are its title and its measures. Storing it again was about a sixth of the bytes a document sends Neo4j.
    nodes.push({
      id,
      label: 'Task',
      number: t.number,
      key: t.key,
      marker: t.marker,
      title: t.title,
      start: t.start,
      end: t.end,
    });
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

/** A version in another language than English points at the document it is a version of (README, model). */
function versionLinks(parsed: ParsedPolicy, docId: string): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
  const { document: doc } = parsed;
  if (!doc.language || doc.language === 'en' || !doc.docNumber) return { nodes: [], relationships: [] };
  const work: GraphNode = { id: documentId(doc.slug), label: 'Document', docNumber: doc.docNumber.value };
  if (doc.year !== undefined) work.year = doc.year;
  if (doc.title) work.title = doc.title.text;
  return { nodes: [work], relationships: [{ type: 'VERSION_OF', from: docId, to: work.id, language: doc.language }] };
}

export function extractGraph(parsed: ParsedPolicy): PolicyGraph {
  const { text, document: doc } = parsed;
  const ownSlug = versionSlug(doc.slug, doc.language);
  const docId = documentId(ownSlug);
  const skeleton = structure(parsed, ownSlug, docId);
  // 市商务局 / "District Finance Bureau" belong to the issuing city / district.
  const firstIssuer = doc.issuers[0];
  const place = issuingPlace(firstIssuer ? text.slice(firstIssuer.start, firstIssuer.end) : undefined);
  const mentions = parsed.tasks.flatMap((t) => findMentions(matcher, text, t.start, t.end, place));
  const links = parsed.tasks.flatMap((t) =>
    measureLinks(
      text,
      ownSlug,
      t,
      mentions.filter((m) => m.start >= t.start && m.end <= t.end),
    ),
  );
  const partOfText = textPartOf(text, mentions).filter((r) => !ancestors(r.to).includes(r.from));
  const agencies = documentAgencies(parsed, docId, matcher, gazetteer, place);
  // Only mentions that ended up in a relationship become nodes (an agency named only in a title does not).
  const used = new Set([...links, ...partOfText].flatMap((r) => [r.from, r.to]));
  const linked = [...mentions.filter((m) => used.has(m.id)), ...agencies.mentions];

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
  if (doc.language) document.language = doc.language;
  // Several organs sign a joint document; `issuer` names them in signing order, ISSUED_BY links each.
  if (agencies.issuers.length > 0) document.issuer = agencies.issuers.join('; ');
  if (doc.addressees.length > 0) document.addressees = doc.addressees.map((a) => a.text);
  const versions = versionLinks(parsed, docId);

  const cites = citationLinks(parsed);
  return mergeGraphs([
    {
      nodes: [document, ...skeleton.nodes, ...entityNodes(text, linked), ...hierarchyNodes, ...cites.nodes, ...versions.nodes],
      relationships: [
        ...skeleton.relationships,
        ...links,
        ...partOfText,
        ...hierarchy,
        ...cites.relationships,
        ...agencies.relationships,
        ...versions.relationships,
      ],
    },
  ]);
}
