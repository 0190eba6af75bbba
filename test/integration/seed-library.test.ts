import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countGraph } from '../../neo4j/count-graph.ts';
import { ensureSchema } from '../../seed/write/write.ts';
import { runCli } from '../support/run-cli.ts';
import { CHINESE_REPLY, ENGLISH_TRANSLATION, SECOND_DOCUMENT, SHIPPED_DOCUMENT, seedFiles } from '../support/seed-files.ts';
import { emptyGraph, fingerprintGraph, openTestDriver } from '../support/test-db.ts';

/** `npm run seed -- --list` and `--remove` against the real test Neo4j. */
const ZH = CHINESE_REPLY;
const EN = ENGLISH_TRANSLATION;

let driver: Driver;
beforeAll(async () => {
  driver = await openTestDriver();
});
afterAll(async () => driver?.close());
beforeEach(async () => emptyGraph(driver));

/** Every node id and every relationship (type, from, to): the shape of the graph without property values. */
const structure = async () => {
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity) WITH collect(n.id) AS nodes MATCH (a)-[r]->(b) RETURN nodes, collect(type(r) + " " + a.id + " " + b.id) AS relationships',
  );
  const row = records[0]!;
  return { nodes: (row.get('nodes') as string[]).sort(), relationships: (row.get('relationships') as string[]).sort() };
};

const ids = async (label: string) =>
  (await driver.executeQuery(`MATCH (n:${label}) RETURN collect(n.id) AS ids`)).records[0]!.get('ids') as string[];

describe('managing the library from the CLI', () => {
  it('lists the documents held, not the ones only cited', async () => {
    await seedFiles(driver, [SHIPPED_DOCUMENT, ZH]);
    const result = runCli('seed/cli.ts', ['--list']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^document:guo-han-2020-123 {2}Guo Han \[2020\] No\. 123 {2}en {2}2020 {2}26 tasks/m);
    expect(result.stdout).toMatch(/^document:guo-han-2021-27:zh {2}Guo Han \[2021\] No\. 27 {2}zh {2}2021 {2}8 tasks/m);
    expect(result.stdout).toContain('2 documents held.');
    expect(result.stdout).not.toMatch(/^document:guo-han-2015-81/m);
  });

  it('removes a document and what only it referred to, leaving what others still use, in one transaction', async () => {
    await seedFiles(driver, [SHIPPED_DOCUMENT]);
    const alone = await structure();
    await seedFiles(driver, [SECOND_DOCUMENT]);
    expect(await structure()).not.toEqual(alone);
    const result = runCli('seed/cli.ts', ['--remove', '京政发〔2021〕9号']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/removed document:jing-zheng-fa-2021-9 \(en\), and \d+ nodes nothing else referred to/);
    // The nodes and relationships the first document makes alone: nothing of the second is left behind. (Values the
    // second gave shared nodes stay: the graph keeps no per-document provenance of a shared property; README.)
    expect(await structure()).toEqual(alone);
  });

  it('keeps a removed document that another still cites, as a stub', async () => {
    await seedFiles(driver, [SHIPPED_DOCUMENT, SECOND_DOCUMENT]);
    expect(runCli('seed/cli.ts', ['--remove', 'document:guo-han-2020-123']).status).toBe(0);
    const { records } = await driver.executeQuery(
      'MATCH (d:Document {id: $id}) RETURN d.text IS NULL AS stub, COUNT { (d)-[:HAS_CATEGORY]->() } AS categories',
      {
        id: 'document:guo-han-2020-123',
      },
    );
    expect(records.map((r) => r.toObject())).toEqual([{ stub: true, categories: 0 }]);
    expect(await ids('Task')).toEqual(expect.not.arrayContaining([expect.stringMatching(/^task:guo-han-2020-123:/)]));
  });

  it('removes every language version by number, or one version by id', async () => {
    await seedFiles(driver, [ZH, EN]);
    expect(runCli('seed/cli.ts', ['--remove', 'document:guo-han-2021-27:zh']).status).toBe(0);
    expect((await ids('Document')).filter((id) => id.startsWith('document:guo-han-2021-27')).sort()).toEqual(['document:guo-han-2021-27']);
    await seedFiles(driver, [ZH]);
    const result = runCli('seed/cli.ts', ['--remove', '国函〔2021〕27号']);
    expect(result.stdout).toMatch(/removed document:guo-han-2021-27 \(en\), document:guo-han-2021-27:zh \(zh\)/);
    expect((await countGraph(driver)).nodes.Document ?? 0).toBe(0);
  });

  it('refuses what is not there with one error line, exit 1, and changes nothing', async () => {
    await seedFiles(driver, [SHIPPED_DOCUMENT]);
    const before = await fingerprintGraph(driver);
    const result = runCli('seed/cli.ts', ['--remove', 'Guo Han [2020] No. 999', 'no-number-here']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'error: nothing held for Guo Han [2020] No. 999; `npm run seed -- --list` shows what is held.',
      'error: "no-number-here" is neither a document id (document:…) nor a document number; `npm run seed -- --list` shows both.',
    ]);
    expect(await fingerprintGraph(driver)).toBe(before);
  });
});

/**
 * The lens's key on every measure (seed/write/measure-keys.ts) against the walk it stands for, the measure's
 * document; and the measure's start offset, by which the lens orders a document's measures, beside the task start
 * and measure order it stands for. Every measure, sorted by id.
 */
const measureKeys = async () => {
  const { records } = await driver.executeQuery(`
    MATCH (d:Document)-[:HAS_CATEGORY]->(:Category)-[:HAS_TASK]->(t:Task)-[:HAS_MEASURE]->(m:Measure)
    RETURN m.id AS id, m.documentId AS documentId, d.id AS walked, m.start AS measureStart, t.start AS start, m.order AS order
    ORDER BY id`);
  return records.map(
    (r) => r.toObject() as { id: string; documentId: string; walked: string; measureStart: number; start: number; order: number },
  );
};

describe('the lens keys on measures', () => {
  it('name each measure’s document, whose measures sort by start as by task start and order, after seeding, re-seeding and removing', async () => {
    await seedFiles(driver, [SHIPPED_DOCUMENT, SECOND_DOCUMENT, ZH, EN]);
    await seedFiles(driver, [SECOND_DOCUMENT]);
    expect(runCli('seed/cli.ts', ['--remove', 'document:guo-han-2021-27:zh']).status).toBe(0);
    const keys = await measureKeys();
    expect(new Set(keys.map((k) => k.walked))).toEqual(
      new Set(['document:guo-han-2020-123', 'document:jing-zheng-fa-2021-9', 'document:guo-han-2021-27']),
    );
    for (const k of keys) expect(k.documentId, k.id).toBe(k.walked);
    const byKey = [...keys].sort((a, b) => a.walked.localeCompare(b.walked) || a.measureStart - b.measureStart);
    const byWalk = [...keys].sort((a, b) => a.walked.localeCompare(b.walked) || a.start - b.start || a.order - b.order);
    expect(byKey.map((k) => k.id)).toEqual(byWalk.map((k) => k.id));
    const { records } = await driver.executeQuery(
      'MATCH (m:Measure) WHERE m.documentId IS NULL OR m.start IS NULL RETURN count(m) AS missing',
    );
    expect(records[0]!.get('missing')).toBe(0);
  });

  it('are given to measures of a graph written before they existed, the same as the writer gives them', async () => {
    await seedFiles(driver, [SHIPPED_DOCUMENT, ZH]);
    const written = await measureKeys();
    await driver.executeQuery('MATCH (m:Measure) REMOVE m.documentId');
    expect((await measureKeys()).every((k) => k.documentId === null)).toBe(true);
    await ensureSchema(driver);
    expect(await measureKeys()).toEqual(written);
  });
});
