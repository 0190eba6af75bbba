import path from 'node:path';
import { isDocumentItself, type PolicyGraph } from '../core/graph-contract.ts';
import { extractGraph } from './extract/extract.ts';
import { PolicyParseError, parsePolicy } from './parse/parse.ts';
import { DocumentError, readDocument } from './read/read-document.ts';
import type { DocumentSource } from './write/write-documents.ts';

/** File → graph, with every way a file can be wrong reported as a DocumentError naming it. */
export function loadPolicy(file: string): PolicyGraph {
  const text = readDocument(file);
  try {
    return extractGraph(parsePolicy(text, path.basename(file)));
  } catch (error) {
    if (error instanceof PolicyParseError) throw new DocumentError(file, error.reason);
    throw error;
  }
}

/** A file as writeDocuments takes it: read and extracted only when its group is loaded. */
export function policyFile(file: string): DocumentSource {
  return { name: file, load: () => loadPolicy(file) };
}

export function summarise(graph: PolicyGraph): string {
  const count = (label: string) => graph.nodes.filter((node) => node.label === label).length;
  const doc = graph.nodes.find(isDocumentItself);
  const name = doc ? String(doc.docNumber ?? doc.id) : 'document';
  return `${name}: ${count('Task')} tasks, ${count('Measure')} measures, ${graph.nodes.length} nodes, ${graph.relationships.length} relationships`;
}
