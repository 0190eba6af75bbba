import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countGraph } from '../../neo4j/count-graph.ts';
import { cypher } from '../../neo4j/cypher.ts';
import { loadPolicy } from '../../seed/load-policy.ts';
import { writeGraph } from '../../seed/write/write.ts';
import { runCli } from '../support/run-cli.ts';
import { SECOND_DOCUMENT, SHIPPED_DOCUMENT, seedFiles } from '../support/seed-files.ts';
import { emptyGraph, fingerprintGraph, openTestDriver } from '../support/test-db.ts';

let driver: Driver;
beforeAll(async () => {
  driver = await openTestDriver();
});
afterAll(async () => {
  await driver?.close();
});

describe('seeding the shipped document into Neo4j', () => {
  beforeEach(async () => {
    await emptyGraph(driver);
  });

  it('writes the document, its 4 categories, 26 tasks, measures and the entities they name', async () => {
    await seedFiles(driver, [SHIPPED_DOCUMENT]);
    const graph = loadPolicy(SHIPPED_DOCUMENT);
    const counts = await countGraph(driver);
    const expected = (label: string) => graph.nodes.filter((node) => node.label === label).length;
    expect(counts.nodes.Category).toBe(4);
    expect(counts.nodes.Task).toBe(26);
    expect(counts.nodes.Measure).toBe(expected('Measure'));
    expect(counts.nodes.Measure).toBeGreaterThan(100);
    expect(counts.nodes.Document).toBe(expected('Document'));
    expect(counts.nodes.Park).toBe(expected('Park'));
    const total = Object.values(counts.relationships).reduce((sum, n) => sum + n, 0);
    expect(total).toBe(graph.relationships.length);
    expect(counts.relationships.AFFECTS).toBeGreaterThan(0);
    expect(counts.relationships.PART_OF).toBeGreaterThan(0);
  });

  it('is idempotent: seeding twice leaves the same nodes, relationships and properties', async () => {
    await seedFiles(driver, [SHIPPED_DOCUMENT]);
    const first = await fingerprintGraph(driver);
    await seedFiles(driver, [SHIPPED_DOCUMENT]);
    expect(await fingerprintGraph(driver)).toBe(first);
  });

  it('rolls back the whole document when a batch fails midway', async () => {
    await seedFiles(driver, [SHIPPED_DOCUMENT]);
    const before = await fingerprintGraph(driver);
    const graph = loadPolicy(SECOND_DOCUMENT);
    let batches = 0;
    await expect(
      writeGraph(driver, graph, {
        batchSize: 25,
        afterBatch: (batch) => {
          batches = batch;
          if (batch === 3) throw new Error('injected failure after batch 3');
        },
      }),
    ).rejects.toThrow('injected failure');
    expect(batches).toBe(3);
    expect(await fingerprintGraph(driver)).toBe(before);
  });

  it('answers "which measures affect Haidian Park" with cypher/measures-affecting-park.cypher, each with evidence', async () => {
    await seedFiles(driver, [SHIPPED_DOCUMENT]);
    const { records } = await driver.executeQuery(cypher('measures-affecting-park'), {
      parkId: 'park:haidian-park',
      includeSubParks: true,
      includeParentZones: true,
    });
    const rows = records.map(
      (record) => record.toObject() as { task: { number: number }; via: string; evidence: { text: string; start: number; end: number } },
    );
    const tasks = new Set(rows.map((row) => row.task.number));
    for (const task of [10, 13, 20]) expect(tasks.has(task), `task ${task}`).toBe(true);
    const document = await driver.executeQuery('MATCH (d:Document {id: $id}) RETURN d.text AS text', { id: 'document:guo-han-2020-123' });
    const text = document.records[0]!.get('text') as string;
    for (const row of rows) {
      expect(row.evidence.text.length).toBeGreaterThan(0);
      expect(text.slice(row.evidence.start, row.evidence.end)).toBe(row.evidence.text);
    }
    expect(rows.find((row) => row.task.number === 13)?.via).toMatch(/DIRECT|TASK_CONTEXT/);
  });

  it('merges entities shared by two documents into one node each', async () => {
    await seedFiles(driver, [SHIPPED_DOCUMENT, SECOND_DOCUMENT]);
    const { records } = await driver.executeQuery(
      'MATCH (p:Park {id: $id})<-[:AFFECTS]-(m:Measure)<-[:HAS_MEASURE]-(:Task)<-[:HAS_TASK]-(:Category)<-[:HAS_CATEGORY]-(d:Document) RETURN count(p) AS parks, collect(DISTINCT d.id) AS documents',
      { id: 'park:haidian-park' },
    );
    expect(records).toHaveLength(1);
    expect((records[0]!.get('documents') as string[]).length).toBe(2);
    const cited = await driver.executeQuery('MATCH (d:Document {id: $id}) RETURN count(d) AS n, d.text IS NOT NULL AS hasText', {
      id: 'document:guo-han-2020-123',
    });
    expect(cited.records[0]!.get('n')).toBe(1);
    expect(cited.records[0]!.get('hasText')).toBe(true);
  });
});

describe('seed CLI against the real Neo4j', () => {
  beforeEach(async () => {
    await emptyGraph(driver);
  });

  it('seeds named files, reports progress per file and a summary, and exits 0', async () => {
    const result = runCli('seed/cli.ts', [SHIPPED_DOCUMENT, SECOND_DOCUMENT]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\[1\/2\] .*beijing-service-opening-2020\.txt: Guo Han \[2020\] No\. 123: 26 tasks/);
    expect(result.stdout).toMatch(/\[2\/2\] /);
    expect(result.stdout).toMatch(/Graph now holds: .*Task \d+/);
    expect((await countGraph(driver)).nodes.Task).toBeGreaterThan(26);
  });

  it('rejects bad files with one line each, writes nothing for them and leaves the graph unchanged', async () => {
    await seedFiles(driver, [SHIPPED_DOCUMENT]);
    const before = await fingerprintGraph(driver);
    const dir = mkdtempSync(path.join(tmpdir(), 'seed-bad-'));
    const files = {
      missing: path.join(dir, 'missing.txt'),
      empty: path.join(dir, 'empty.txt'),
      binary: path.join(dir, 'binary.txt'),
      latin1: path.join(dir, 'latin1.txt'),
      prose: path.join(dir, 'prose.txt'),
    };
    writeFileSync(files.empty, '');
    writeFileSync(files.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00]));
    writeFileSync(files.latin1, Buffer.from('Politique d\u00e9taill\u00e9e 1. t\u00e2che', 'latin1'));
    writeFileSync(files.prose, 'A letter about the weather.\nIt rained in Beijing all week, and nothing was decided.\n');
    // The folder itself is not passed: a folder stands for its .txt files (seed-expand-inputs.test.ts).
    const result = runCli('seed/cli.ts', Object.values(files));
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^error: .*missing\.txt: no such file\.$/);
    expect(lines[1]).toMatch(/^error: .*empty\.txt: is empty\.$/);
    expect(lines[2]).toMatch(/^error: .*binary\.txt: looks binary/);
    expect(lines[3]).toMatch(/^error: .*latin1\.txt: is not valid UTF-8/);
    expect(lines[4]).toMatch(/^error: .*prose\.txt: no numbered provisions/i);
    expect(await fingerprintGraph(driver)).toBe(before);
  });

  it('--reset empties the graph before seeding', async () => {
    await seedFiles(driver, [SECOND_DOCUMENT]);
    const result = runCli('seed/cli.ts', ['--reset', SHIPPED_DOCUMENT]);
    expect(result.status).toBe(0);
    const { records } = await driver.executeQuery('MATCH (d:Document) WHERE d.text IS NOT NULL RETURN collect(d.id) AS ids');
    expect(records[0]!.get('ids')).toEqual(['document:guo-han-2020-123']);
  });

  it('says how to fix an unreachable database and exits 2', () => {
    const result = runCli('seed/cli.ts', [SHIPPED_DOCUMENT], { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused-password' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1\. Is Neo4j running\? Try `npm run db:start`/);
  });
});
