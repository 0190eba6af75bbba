import path from 'node:path';
import { isDocumentItself, type PolicyGraph } from '../core/graph-contract.ts';
import { extractGraph } from './extract/extract.ts';
import { PolicyParseError, parsePolicy } from './parse/parse.ts';
import type { ParsedPolicy } from './parse/parsed-policy.ts';
import { DocumentError, readDocument } from './read/read-document.ts';
import { type PolicyReport, reportPolicy } from './report/policy-report.ts';
import type { DocumentSource } from './write/write-documents.ts';

export interface LoadedPolicy {
  graph: PolicyGraph;
  parsed: ParsedPolicy;
}

/** File → parsed text and graph, with every way a file can be wrong reported as a DocumentError naming it. */
export function readPolicy(file: string): LoadedPolicy {
  const text = readDocument(file);
  try {
    const parsed = parsePolicy(text, path.basename(file));
    return { parsed, graph: extractGraph(parsed) };
  } catch (error) {
    if (error instanceof PolicyParseError) throw new DocumentError(file, error.reason);
    throw error;
  }
}

export const loadPolicy = (file: string): PolicyGraph => readPolicy(file).graph;

/**
 * A file as writeDocuments takes it: read and extracted only when its group is loaded. `onReport` receives the
 * file's seed report (outline, warnings, new entities), built only when someone asks for it.
 */
export function policyFile(file: string, onReport?: (report: PolicyReport) => void): DocumentSource {
  return {
    name: file,
    load: () => {
      const { parsed, graph } = readPolicy(file);
      onReport?.(reportPolicy(parsed, graph));
      return graph;
    },
  };
}

export function summarise(graph: PolicyGraph): string {
  const count = (label: string) => graph.nodes.filter((node) => node.label === label).length;
  const doc = graph.nodes.find(isDocumentItself);
  const name = doc ? String(doc.docNumber ?? doc.id) : 'document';
  return `${name}: ${count('Task')} tasks, ${count('Measure')} measures, ${graph.nodes.length} nodes, ${graph.relationships.length} relationships`;
}
