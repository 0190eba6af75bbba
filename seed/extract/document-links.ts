/**
 * Document-level links: CITES to stub documents (no `text`, so a later parse of the cited document
 * overrides them when graphs are merged) and ISSUED_BY to the signing agency.
 */

import type { GraphNode, GraphRelationship } from '../../core/graph-contract.ts';
import { documentId, versionSlug } from '../../core/ids.ts';
import { issuerForPrefix } from '../parse/doc-numbers.ts';
import type { CitationRole, ParsedCitation, ParsedPolicy } from '../parse/parsed-policy.ts';

const STRENGTH: Record<CitationRole, number> = { predecessor: 3, basis: 2, reference: 1 };

/** One CITES per cited document: the strongest role, evidenced by its first occurrence with that role. */
export function citationLinks(parsed: ParsedPolicy): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
  const best = new Map<string, ParsedCitation>();
  const titles = new Map<string, string>();
  for (const c of parsed.citations) {
    const current = best.get(c.slug);
    if (!current || STRENGTH[c.role] > STRENGTH[current.role]) best.set(c.slug, c);
    if (c.title && !titles.has(c.slug)) titles.set(c.slug, c.title);
  }
  const from = documentId(versionSlug(parsed.document.slug, parsed.document.language));
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  for (const c of best.values()) {
    const id = documentId(c.slug);
    const stub: GraphNode = { id, label: 'Document', docNumber: c.docNumber };
    if (c.year !== undefined) stub.year = c.year;
    const title = titles.get(c.slug);
    if (title) stub.title = title;
    const issuer = issuerForPrefix(c.prefix);
    if (issuer) stub.issuer = issuer;
    nodes.push(stub);
    relationships.push({ type: 'CITES', from, to: id, role: c.role, evidence: c.evidence, start: c.start, end: c.end });
  }
  return { nodes, relationships };
}
