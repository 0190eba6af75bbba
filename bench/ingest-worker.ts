import { countGraph } from '../neo4j/count-graph.ts';
import { runningPid } from '../neo4j/local-neo4j.ts';
import { extractGraph } from '../seed/extract/extract.ts';
import { parsePolicy } from '../seed/parse/parse.ts';
import { ensureSchema, resetGraph } from '../seed/write/write.ts';
import { writeDocuments } from '../seed/write/write-documents.ts';
import { openBenchDatabase } from './bench-neo4j.ts';
import { generateCorpus } from './corpus.ts';
import { writeGraphNaively } from './naive-writer.ts';
import { jitCompilerCpuSeconds, processCpuSeconds } from './process-cpu.ts';

/**
 * One ingest run in its own process, so its peak RSS is its own: `tsx bench/ingest-worker.ts N batched|naive`.
 * Empties the bench graph, then streams N corpus documents through parse → extract → write: the batched run
 * through seed/write/write-documents.ts exactly as `npm run seed` (groups of documents per transaction, at most two
 * groups held), the naive run one document and one transaction at a time. Prints one JSON line.
 */
export interface IngestResult {
  n: number;
  writer: 'batched' | 'naive';
  seconds: number;
  extractSeconds: number;
  writeSeconds: number;
  nodesSent: number;
  relationshipsSent: number;
  nodesInGraph: number;
  relationshipsInGraph: number;
  peakRssMb: number;
  rssAfterFirstDocMb: number;
  /** Live heap after a full collection once the run is over: what the run still holds, without GC slack. */
  liveHeapMb: number;
  /**
   * CPU seconds during the timed run: this process, the bench Neo4j, and of that its JIT compiler threads
   * (the Neo4j figures are undefined off Linux).
   */
  cpuSeconds: { seeding: number; neo4j: number | undefined; neo4jJit: number | undefined };
}

const n = Number(process.argv[2]);
const writer = process.argv[3] === 'naive' ? 'naive' : 'batched';
if (!Number.isInteger(n) || n < 1) throw new Error('usage: ingest-worker.ts N batched|naive');

const db = await openBenchDatabase();
try {
  await resetGraph(db.driver);
  await ensureSchema(db.driver);
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  let extractMs = 0;
  let writeMs = 0;
  let nodesSent = 0;
  let relationshipsSent = 0;
  let rssAfterFirstDoc = 0;
  const neo4jPid = runningPid(db.config.local);
  const neo4jCpuBefore = processCpuSeconds(neo4jPid);
  const neo4jJitBefore = jitCompilerCpuSeconds(neo4jPid);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  // Extraction is timed inside each document's load; with the batched writer it overlaps the writes, so
  // "write" is the wall time not spent extracting.
  const sources = (function* () {
    for (const doc of generateCorpus(n)) {
      yield {
        name: doc.name,
        load: () => {
          const t0 = performance.now();
          const graph = extractGraph(parsePolicy(doc.text, doc.name));
          extractMs += performance.now() - t0;
          nodesSent += graph.nodes.length;
          relationshipsSent += graph.relationships.length;
          return graph;
        },
      };
    }
  })();
  const noteFirst = () => (rssAfterFirstDoc ||= process.memoryUsage.rss());
  if (writer === 'naive') {
    for (const source of sources) {
      await writeGraphNaively(db.driver, source.load());
      noteFirst();
    }
  } else {
    const { rejected } = await writeDocuments(db.driver, sources, { onWritten: noteFirst });
    if (rejected > 0) throw new Error(`${rejected} corpus documents were rejected`);
  }
  writeMs = performance.now() - started - extractMs;
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // --expose-gc (bench/ingest.ts): a full collection first, so this is what is still referenced.
  (globalThis as { gc?: () => void }).gc?.();
  const liveHeap = process.memoryUsage().heapUsed;
  const neo4jCpuAfter = processCpuSeconds(neo4jPid);
  const neo4jJitAfter = jitCompilerCpuSeconds(neo4jPid);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  const counts = await countGraph(db.driver);
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((s, c) => s + c, 0);
  const result: IngestResult = {
    n,
    writer,
    seconds,
    extractSeconds: extractMs / 1000,
    writeSeconds: writeMs / 1000,
    nodesSent,
    relationshipsSent,
    nodesInGraph: sum(counts.nodes),
    relationshipsInGraph: sum(counts.relationships),
    peakRssMb: peak / 1024 / 1024,
    rssAfterFirstDocMb: rssAfterFirstDoc / 1024 / 1024,
    liveHeapMb: liveHeap / 1024 / 1024,
    cpuSeconds: {
      seeding: (cpu.user + cpu.system) / 1e6,
      neo4j: neo4jCpuBefore === undefined || neo4jCpuAfter === undefined ? undefined : neo4jCpuAfter - neo4jCpuBefore,
      // HotSpot may retire an idle compiler thread, taking its ticks with it: never report less than nothing.
      neo4jJit: neo4jJitBefore === undefined || neo4jJitAfter === undefined ? undefined : Math.max(0, neo4jJitAfter - neo4jJitBefore),
    },
  };
  console.log(JSON.stringify(result));
} finally {
  await db.close();
}
