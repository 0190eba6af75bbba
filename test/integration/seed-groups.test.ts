import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PolicyGraph } from '../../core/graph-contract.ts';
import { loadPolicy, policyFile } from '../../seed/load-policy.ts';
import { DocumentError } from '../../seed/read/read-document.ts';
import { type DocumentSource, writeDocuments } from '../../seed/write/write-documents.ts';
import { SECOND_DOCUMENT, SHIPPED_DOCUMENT, seedFiles } from '../support/seed-files.ts';
import { emptyGraph, fingerprintGraph, openTestDriver } from '../support/test-db.ts';

/** Several documents per transaction (seed/write/write-documents.ts) against a real Neo4j. */
let driver: Driver;
beforeAll(async () => {
  driver = await openTestDriver();
});
afterAll(async () => {
  await driver?.close();
});
beforeEach(async () => {
  await emptyGraph(driver);
});

/** A document that extracts fine but that Neo4j refuses: a list mixing strings and numbers cannot be stored. */
function refusedByNeo4j(): DocumentSource {
  const graph = loadPolicy(SECOND_DOCUMENT);
  const broken: PolicyGraph = {
    nodes: graph.nodes.map((node) => (node.label === 'Measure' ? { ...node, years: [2021, 'soon'] as unknown as number[] } : node)),
    relationships: graph.relationships,
  };
  return { name: 'broken.txt', load: () => broken };
}

async function oneByOne(files: string[]): Promise<string> {
  await emptyGraph(driver);
  await seedFiles(driver, files);
  return fingerprintGraph(driver);
}

describe('writeDocuments: documents grouped into transactions', () => {
  it('leaves exactly the graph that writing the documents one transaction each leaves', async () => {
    const files = [SHIPPED_DOCUMENT, SECOND_DOCUMENT];
    const committed: number[] = [];
    const result = await writeDocuments(
      driver,
      files.map((file) => policyFile(file)),
      { onCommitted: ({ documents }) => committed.push(documents) },
    );
    expect(result).toEqual({ written: 2, rejected: 0 });
    expect(committed).toEqual([2]);
    const grouped = await fingerprintGraph(driver);
    expect(grouped).toBe(await oneByOne(files));
  });

  it('splits groups at maxDocuments and still gives the same graph', async () => {
    const files = [SECOND_DOCUMENT, SHIPPED_DOCUMENT, SECOND_DOCUMENT];
    const committed: number[] = [];
    await writeDocuments(
      driver,
      files.map((file) => policyFile(file)),
      { maxDocuments: 1, onCommitted: ({ documents }) => committed.push(documents) },
    );
    expect(committed).toEqual([1, 1, 1]);
    const grouped = await fingerprintGraph(driver);
    expect(grouped).toBe(await oneByOne(files));
  });

  it('writes the same document twice in order, in separate transactions, as a re-seed would', async () => {
    const committed: number[] = [];
    await writeDocuments(driver, [policyFile(SHIPPED_DOCUMENT), policyFile(SECOND_DOCUMENT), policyFile(SHIPPED_DOCUMENT)], {
      onCommitted: ({ documents }) => committed.push(documents),
    });
    expect(committed).toEqual([2, 1]);
    expect(await fingerprintGraph(driver)).toBe(await oneByOne([SHIPPED_DOCUMENT, SECOND_DOCUMENT, SHIPPED_DOCUMENT]));
  });

  it('rejects only the document Neo4j refuses; the rest of its group is written', async () => {
    const rejected: DocumentError[] = [];
    const result = await writeDocuments(driver, [policyFile(SHIPPED_DOCUMENT), refusedByNeo4j(), policyFile(SECOND_DOCUMENT)], {
      onRejected: ({ error }) => rejected.push(error),
    });
    expect(result).toEqual({ written: 2, rejected: 1 });
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toBeInstanceOf(DocumentError);
    expect(rejected[0]!.message).toMatch(/^broken\.txt: Neo4j refused it: /);
    expect(await fingerprintGraph(driver)).toBe(await oneByOne([SHIPPED_DOCUMENT, SECOND_DOCUMENT]));
  });

  it('rejects a refused document that is alone in its group, rather than failing the run', async () => {
    const before = await fingerprintGraph(driver);
    const rejected: string[] = [];
    const result = await writeDocuments(driver, [refusedByNeo4j()], { onRejected: ({ name }) => rejected.push(name) });
    expect(result).toEqual({ written: 0, rejected: 1 });
    expect(rejected).toEqual(['broken.txt']);
    expect(await fingerprintGraph(driver)).toBe(before);
  });

  it('reports a file that cannot be read and writes the others', async () => {
    const rejected: string[] = [];
    const result = await writeDocuments(driver, [policyFile('no/such/file.txt'), policyFile(SHIPPED_DOCUMENT)], {
      onRejected: ({ name }) => rejected.push(name),
    });
    expect(result).toEqual({ written: 1, rejected: 1 });
    expect(rejected).toEqual(['no/such/file.txt']);
  });
});
