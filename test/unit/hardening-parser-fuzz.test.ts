import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusDocument } from '../../bench/corpus.ts';
import type { PolicyGraph } from '../../core/graph-contract.ts';
import { extractGraph } from '../../seed/extract/extract.ts';
import { PolicyParseError, parsePolicy } from '../../seed/parse/parse.ts';

/**
 * Parser fuzzing: 10,300 generated and mutated documents (cut, shuffled and doubled sections, random
 * unicode, huge lines, no tasks, pure noise). Each must give a graph whose offsets point into its own
 * text, or a PolicyParseError with a reason; never another exception, never a long stall. Fixed seeds,
 * so a failure is reproducible; fast-check prints the shrunk counterexample.
 */
const SHIPPED = readFileSync('seed/documents/beijing-service-opening-2020.txt', 'utf8');
const SECOND = readFileSync('test/fixtures/beijing-digital-economy-2021.txt', 'utf8');
const NO_TASKS = readFileSync('test/fixtures/no-tasks.txt', 'utf8');
const paragraphs = (text: string) => text.split(/\n\s*\n/);
const SOURCES = [paragraphs(SHIPPED), paragraphs(SECOND), paragraphs(NO_TASKS)];

/** The slowest document seen, to keep the 'never a hang' promise honest. */
const slowest = { ms: 0, length: 0 };
const PER_DOCUMENT_LIMIT_MS = 5_000;

function checkGraph(text: string, graph: PolicyGraph): void {
  const ids = new Set(graph.nodes.map((n) => n.id));
  expect(ids.size).toBe(graph.nodes.length);
  const doc = graph.nodes.find((n) => n.label === 'Document' && typeof n.text === 'string');
  expect(doc?.text).toBe(text);
  for (const node of graph.nodes) {
    if ((node.label === 'Measure' || node.label === 'Task') && typeof node.start === 'number' && typeof node.end === 'number') {
      expect(0 <= node.start && node.start <= node.end && node.end <= text.length, node.id).toBe(true);
      // A measure carries its sentence; a task carries none (Task.text is this slice of the document).
      expect(node.label === 'Measure' ? text.slice(node.start, node.end) : undefined).toBe(node.text);
    }
  }
  for (const rel of graph.relationships) {
    expect(ids.has(rel.from) && ids.has(rel.to), `${rel.type} ${rel.from} -> ${rel.to}`).toBe(true);
    if (typeof rel.evidence === 'string' && typeof rel.start === 'number' && typeof rel.end === 'number') {
      expect(text.slice(rel.start, rel.end)).toBe(rel.evidence);
    }
  }
}

/** One document through parse + extract: a checked graph or a clear PolicyParseError, in bounded time. */
function parsesOrRefuses(text: string): void {
  const started = performance.now();
  let graph: PolicyGraph | undefined;
  try {
    graph = extractGraph(parsePolicy(text, 'fuzz.txt'));
  } catch (error) {
    if (!(error instanceof PolicyParseError)) throw error;
    expect(error.reason.length).toBeGreaterThan(10);
  }
  const ms = performance.now() - started;
  if (ms > slowest.ms) Object.assign(slowest, { ms, length: text.length });
  expect(ms, `${text.length} characters took ${Math.round(ms)} ms`).toBeLessThan(PER_DOCUMENT_LIMIT_MS);
  if (graph) checkGraph(text, graph);
}

// Lines that stress the scanners: long blank runs, long capitalised runs, many numbers or citations on one line.
const hugeLine = fc
  .record({
    unit: fc.constantFrom(
      ' ',
      '\t',
      'x',
      'Alpha Beta ',
      'Haidian Park and ',
      'Ministry of Alpha of ',
      'Guo Fa [2016] No. 53 ',
      '国函〔2020〕123号',
      '1. ',
      'a.',
      '. ',
      'industries such as a, ',
    ),
    times: fc.integer({ min: 1_000, max: 12_000 }),
  })
  .map(({ unit, times }) => unit.repeat(times));
const noise = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 8, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: hugeLine },
);

const mutated = fc
  .record({
    source: fc.nat({ max: SOURCES.length - 1 }),
    // Paragraph picks, in this order: cuts (fewer), shuffles (any order) and doubles (repeats).
    picks: fc.array(fc.nat(), { minLength: 0, maxLength: 30 }),
    inserts: fc.array(fc.record({ at: fc.nat(), text: noise }), { maxLength: 3 }),
    dropTasks: fc.boolean(),
    cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    newlines: fc.constantFrom('\n', '\r\n', '\n\n\n'),
  })
  .map(({ source, picks, inserts, dropTasks, cut, newlines }) => {
    const pool = SOURCES[source]!;
    let parts = picks.map((p) => pool[p % pool.length]!);
    for (const { at, text } of inserts) parts.splice(at % (parts.length + 1), 0, text);
    if (dropTasks) parts = parts.map((p) => p.replace(/^[ \t\u3000]*\d{1,3}[.．]/gm, ''));
    const text = parts.join(`${newlines}${newlines}`);
    return cut === null ? text : text.slice(0, Math.floor(text.length * cut));
  });

const line = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.string({ maxLength: 80 })).map(([n, s]) => `${n}. ${s}`),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.string({ maxLength: 40 })).map(([n, s]) => `(${n}) ${s}`),
  fc.constantFrom(
    '（一）加强统筹',
    '3、 Main tasks',
    'Annex',
    '附件',
    '国函〔2020〕123号',
    'Guo Han [2020] No. 123',
    'August 28, 2020',
    '2021年3月15日',
    'the state council',
    '',
  ),
  fc.constantFrom(
    'We will support Zhongguancun Haidian Park, Zhongguancun National Independent Innovation Demonstration Zone in building platforms.',
    'The Ministry of Finance and the State Administration of Taxation will decide, e.g. in industries such as fintech, blockchain and tourism.',
    'Implement the opinions (GF [2016] No. 53), which shall continue to be implemented; Letter [2019] No. 16 is repealed.',
    'Subsidies of up to 20 million yuan, 30% of the investment, by the end of 2025.',
    '中关村海淀园 shall open its services. 金融街 pilots.',
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
);
const generated = fc.tuple(fc.array(line, { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\n\n')).map(([lines, nl]) => lines.join(nl));

describe('parser fuzzing (fast-check, fixed seeds)', () => {
  it('5,000 mutated real documents: cut, shuffled, doubled sections, inserted unicode and huge lines, no tasks', () => {
    fc.assert(fc.property(mutated, parsesOrRefuses), { seed: 20_200_828, numRuns: 5_000 });
  }, 120_000);

  it('4,000 documents generated line by line from task, category, header and noise lines', () => {
    fc.assert(fc.property(generated, parsesOrRefuses), { seed: 1_230_001, numRuns: 4_000 });
  }, 120_000);

  it('1,000 documents of pure noise: random code points, including lone surrogates and control characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2_000 }), parsesOrRefuses), { seed: 7, numRuns: 1_000 });
  }, 60_000);

  it('300 synthetic corpus documents always parse, keep their own number and pass the graph checks', () => {
    const corpus = fc.record({
      index: fc.nat({ max: 100_000 }),
      tasks: fc.integer({ min: 1, max: 60 }),
      measures: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(corpus, ({ index, tasks, measures }) => {
        const doc = corpusDocument(index, { tasks: [1, tasks], measures: [0, measures] });
        const parsed = parsePolicy(doc.text, doc.name);
        expect(parsed.document.docNumber?.value).toBe(doc.docNumber);
        checkGraph(doc.text, extractGraph(parsed));
      }),
      { seed: 99, numRuns: 300 },
    );
    console.log(`[fuzz] slowest document: ${slowest.length.toLocaleString('en-US')} characters in ${Math.round(slowest.ms)} ms`);
  }, 60_000);
});
