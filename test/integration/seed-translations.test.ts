import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { CHINESE_REPLY, ENGLISH_TRANSLATION, seedFiles } from '../support/seed-files.ts';
import { emptyGraph, fingerprintGraph, openTestDriver } from '../support/test-db.ts';
import { ok as answer, seededApp, withField } from './api-harness.ts';

/** A Chinese original and its English translation of one number live side by side in the real Neo4j. */
const ZH = CHINESE_REPLY;
const EN = ENGLISH_TRANSLATION;

let driver: Driver;
beforeAll(async () => {
  driver = await openTestDriver();
});
afterAll(async () => driver?.close());
beforeEach(async () => emptyGraph(driver));

const documents = async () =>
  (
    await driver.executeQuery(
      'MATCH (d:Document) WHERE d.docNumber = $number RETURN d.id AS id, d.language AS language, d.text IS NOT NULL AS hasText, COUNT { (d)-[:HAS_CATEGORY]->()-[:HAS_TASK]->() } AS tasks ORDER BY id',
      { number: 'Guo Han [2021] No. 27' },
    )
  ).records.map((r) => r.toObject());

describe('a document in two languages', () => {
  it('keeps both versions, each with its own text and provisions, linked by VERSION_OF', async () => {
    await seedFiles(driver, [ZH, EN]);
    expect(await documents()).toEqual([
      { id: 'document:guo-han-2021-27', language: 'en', hasText: true, tasks: 8 },
      { id: 'document:guo-han-2021-27:zh', language: 'zh', hasText: true, tasks: 8 },
    ]);
    const { records } = await driver.executeQuery(
      'MATCH (zh:Task)<-[:HAS_TASK]-()<-[:HAS_CATEGORY]-(:Document)-[:VERSION_OF]->(work:Document)-[:HAS_CATEGORY]->()-[:HAS_TASK]->(en:Task {key: zh.key}) RETURN zh.key AS key, zh.title AS zh, en.title AS en ORDER BY toInteger(key)',
    );
    expect(records.map((r) => r.get('key'))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(records[0]!.get('zh')).toMatch(/[\u4e00-\u9fff]/);
    expect(records[0]!.get('en')).toMatch(/^[A-Z]/);
  });

  it('does not let one version replace or remove the other, whichever comes first, and re-seeding changes nothing', async () => {
    await seedFiles(driver, [EN, ZH]);
    const first = await fingerprintGraph(driver);
    await seedFiles(driver, [ZH]);
    await seedFiles(driver, [EN]);
    expect(await fingerprintGraph(driver)).toBe(first);
    expect((await documents()).map((d) => `${d.id} ${d.hasText} ${d.tasks}`)).toEqual([
      'document:guo-han-2021-27 true 8',
      'document:guo-han-2021-27:zh true 8',
    ]);
  });

  it('with only the Chinese file, the number still resolves to one document that citations point at', async () => {
    await seedFiles(driver, [ZH]);
    expect(await documents()).toEqual([
      { id: 'document:guo-han-2021-27', language: null, hasText: false, tasks: 0 },
      { id: 'document:guo-han-2021-27:zh', language: 'zh', hasText: true, tasks: 8 },
    ]);
  });
});

describe('the seeded pair through the API', () => {
  it("shows a Chinese provision's English text, and the addressees of both versions", async () => {
    const { app } = await seededApp([ZH, EN]);
    const data = await answer(
      app,
      graphql(`
        query SeededPair($task: ID!, $doc: ID!) {
          task: node(id: $task) { ... on Task { title translations { language task { id title } } } }
          doc: node(id: $doc) { ... on Document { language addressedTo { name } versions { id language } } }
        }
      `),
      { task: 'task:guo-han-2021-27:zh:1', doc: 'document:guo-han-2021-27:zh' },
    );
    const task = withField(data.task, 'translations');
    expect(task.translations).toEqual([{ language: 'en', task: { id: 'task:guo-han-2021-27:1', title: expect.stringMatching(/^[A-Z]/) } }]);
    const doc = withField(data.doc, 'versions');
    expect(doc.language).toBe('zh');
    expect(doc.versions).toEqual([{ id: 'document:guo-han-2021-27', language: 'en' }]);
    expect(doc.addressedTo.map((a) => a.name).sort()).toEqual(["Beijing Municipal People's Government", 'Ministry of Commerce']);
  });
});
