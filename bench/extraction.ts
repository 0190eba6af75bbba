import { readFileSync } from 'node:fs';
import { extractGraph } from '../seed/extract/extract.ts';
import { parsePolicy } from '../seed/parse/parse.ts';
import { shippedDocuments } from '../seed/read/shipped-documents.ts';
import { median, percentile } from './stats.ts';

/** Section 1: parse + extract of the shipped document in-process; a few warm-up runs, then `runs` timed ones. */
export interface ExtractionBench {
  file: string;
  chars: number;
  runs: number;
  medianMs: number;
  p90Ms: number;
  minMs: number;
  nodes: number;
  relationships: number;
}

export function runExtractionBench(runs: number): ExtractionBench {
  const file = shippedDocuments()[0]!;
  const text = readFileSync(file, 'utf8');
  const once = () => extractGraph(parsePolicy(text, file));
  for (let i = 0; i < 5; i++) once();
  const times: number[] = [];
  let graph = once();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    graph = once();
    times.push(performance.now() - started);
  }
  return {
    file,
    chars: text.length,
    runs,
    medianMs: median(times),
    p90Ms: percentile(times, 90),
    minMs: Math.min(...times),
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
  };
}
