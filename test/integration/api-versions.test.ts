import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolicyGraph } from '../../core/graph-contract.ts';
import { ensureSchema, writeGraph } from '../../seed/write/write.ts';
import { type App, createApp } from '../../server/app.ts';
import type { TypedDocumentString } from '../generated/graphql.ts';
import { graphql } from '../generated/index.ts';
import { testConfig } from '../support/test-config.ts';
import { emptyGraph, openTestDriver } from '../support/test-db.ts';
import { chineseVersion, englishVersion, MOFCOM, SINGLE, singleDocument, WORK, ZH } from '../support/versions-graph.ts';
import { ok as answer, withField } from './api-harness.ts';

/**
 * Language versions, addressees and provision markers through the API, on graphs written by the real writer
 * (ensureSchema, writeGraph) from hand-built PolicyGraphs: an English document, its Chinese version, and a
 * document with no other version.
 */
let driver: Driver;
let app: App;
const queries: string[] = [];

async function write(graphs: PolicyGraph[]): Promise<void> {
  await emptyGraph(driver);
  await ensureSchema(driver);
  for (const graph of graphs) await writeGraph(driver, graph);
}

beforeAll(async () => {
  driver = await openTestDriver();
  app = createApp({ driver, config: testConfig(), onQuery: (name) => queries.push(name) });
});
afterAll(async () => driver?.close());

const ok = <Data, Variables>(document: TypedDocumentString<Data, Variables>, variables: Variables) => answer(app, document, variables);

const DocumentVersions = graphql(`query VersionsOfDocument($id: ID!) {
  node(id: $id) {
    ... on Document {
      id language addressees text
      addressedTo { id name }
      versions { id language docNumber }
      versionOf { id title text }
    }
  }
}`);

const TaskTranslations = graphql(`query VersionsOfTask($id: ID!) {
  node(id: $id) {
    ... on Task {
      id key marker category { marker }
      translations { language task { id key marker text category { document { id } } } }
      measures { id order translations { language measure { id order text task { key } } } }
    }
  }
}`);

describe('an English document and its Chinese version', () => {
  beforeAll(async () => {
    // The Chinese file first, as a seed of a folder might: its stub of the work is then filled by the English one.
    await write([chineseVersion(), englishVersion(), singleDocument()]);
  });

  it('Document: language, addressees as written, the agencies they resolve to, versions both ways', async () => {
    const en = withField((await ok(DocumentVersions, { id: WORK })).node, 'versions');
    expect(en.language).toBe('en');
    expect(en.addressees).toEqual(['Ministry of Commerce', 'People’s Government of Hainan Province']);
    expect(en.addressedTo).toEqual([{ id: MOFCOM, name: 'Ministry of Commerce' }]);
    expect(en.versions).toEqual([{ id: ZH, language: 'zh', docNumber: 'Guo Han [2021] No. 27' }]);
    expect(en.versionOf).toBeNull();

    const zh = withField((await ok(DocumentVersions, { id: ZH })).node, 'versions');
    expect(zh.language).toBe('zh');
    expect(zh.addressees).toEqual(['商务部', '海南省人民政府']);
    expect(zh.addressedTo.map((a) => a.id)).toEqual([MOFCOM]);
    expect(zh.versions).toEqual([{ id: WORK, language: 'en', docNumber: 'Guo Han [2021] No. 27' }]);
    expect(zh.versionOf?.id).toBe(WORK);
    // The work's own title and text, not the stub's: the English file replaced what the Chinese one left.
    expect(zh.versionOf?.title).toBe('Reply of the State Council on the pilot opening-up of trade in services');
    expect(zh.versionOf?.text).toContain('Allow foreign banks to open branches.');
  });

  it('a document without other versions answers [] and no versionOf', async () => {
    const single = withField((await ok(DocumentVersions, { id: SINGLE })).node, 'versions');
    expect(single.versions).toEqual([]);
    expect(single.versionOf).toBeNull();
    expect(single.addressees).toEqual(['Beijing Municipal People’s Government']);
    expect(single.addressedTo).toEqual([]);
  });

  it('Task: key, marker and the task with the same key in the other version, with its text', async () => {
    const zhTask = withField((await ok(TaskTranslations, { id: 'task:guo-han-2021-27:zh:1' })).node, 'translations');
    expect(zhTask).toMatchObject({ key: '1', marker: '（一）', category: { marker: '一、' } });
    expect(zhTask.translations).toEqual([
      {
        language: 'en',
        task: {
          id: 'task:guo-han-2021-27:1',
          key: '1',
          marker: '1. ',
          text: 'Open up finance. Allow foreign banks to open branches. Support cross-border payments in the port.',
          category: { document: { id: WORK } },
        },
      },
    ]);
    const enTask = withField((await ok(TaskTranslations, { id: 'task:guo-han-2021-27:2' })).node, 'translations');
    expect(enTask.translations.map((t) => [t.language, t.task.id, t.task.text])).toEqual([
      ['zh', 'task:guo-han-2021-27:zh:2', '扩大物流开放。 简化保税货物通关手续。'],
    ]);
  });

  it('Measure: the measure with the same task key and order in the other version', async () => {
    const enTask = withField((await ok(TaskTranslations, { id: 'task:guo-han-2021-27:1' })).node, 'translations');
    expect(enTask.measures.map((m) => [m.id, m.translations.map((t) => [t.language, t.measure.id, t.measure.text])])).toEqual([
      ['measure:guo-han-2021-27:1.1', [['zh', 'measure:guo-han-2021-27:zh:1.1', '允许外资银行设立分行。']]],
      ['measure:guo-han-2021-27:1.2', [['zh', 'measure:guo-han-2021-27:zh:1.2', '支持港口跨境支付。']]],
    ]);
    const zhTask = withField((await ok(TaskTranslations, { id: 'task:guo-han-2021-27:zh:2' })).node, 'translations');
    expect(zhTask.measures[0]?.translations).toEqual([
      {
        language: 'en',
        measure: { id: 'measure:guo-han-2021-27:2.1', order: 1, text: 'Simplify customs clearance for bonded goods.', task: { key: '2' } },
      },
    ]);
  });

  it('a task and measure of a document without versions have no translations', async () => {
    const task = withField((await ok(TaskTranslations, { id: `task:${SINGLE.slice('document:'.length)}:1` })).node, 'translations');
    expect(task.translations).toEqual([]);
    expect(task.measures.map((m) => m.translations)).toEqual([[]]);
  });

  it('Agency.addressedBy: the documents addressed to MOFCOM, newest first, and its relationship types in stats', async () => {
    const data = await ok(
      graphql(`query VersionsAddressedBy($id: ID!) {
        node(id: $id) { ... on Agency { addressedBy { id language } } }
        stats { relationshipTypes { type count } }
      }`),
      { id: MOFCOM },
    );
    expect(
      withField(data.node, 'addressedBy')
        .addressedBy.map((d) => d.id)
        .sort(),
    ).toEqual([WORK, ZH]);
    const counts = Object.fromEntries(data.stats.relationshipTypes.map((t) => [t.type, t.count]));
    expect(counts).toMatchObject({ ADDRESSED_TO: 2, VERSION_OF: 1 });
  });

  it('translations of every task of both versions cost one query per level', async () => {
    queries.length = 0;
    const data = await ok(
      graphql(`query VersionsBatched {
        tasks { items { id translations { language task { id } } measures { translations { measure { id } } } } }
      }`),
      {},
    );
    expect(data.tasks.items.filter((t) => t.translations.length === 1)).toHaveLength(4);
    expect(queries.filter((name) => name === 'list-task-translations')).toHaveLength(1);
    expect(queries.filter((name) => name === 'list-measure-translations')).toHaveLength(1);
  });
});

describe('a Chinese version seeded alone', () => {
  beforeAll(async () => {
    await write([chineseVersion()]);
  });

  it('has no versions: the work it points at is a stub without text', async () => {
    const zh = withField((await ok(DocumentVersions, { id: ZH })).node, 'versions');
    expect(zh.versions).toEqual([]);
    expect(zh.versionOf).toEqual({ id: WORK, title: 'Guo Han [2021] No. 27', text: null });
    const task = withField((await ok(TaskTranslations, { id: 'task:guo-han-2021-27:zh:1' })).node, 'translations');
    expect(task.translations).toEqual([]);
    expect(task.measures.flatMap((m) => m.translations)).toEqual([]);
  });

  it('the stub lists the Chinese version, which has text', async () => {
    const work = withField((await ok(DocumentVersions, { id: WORK })).node, 'versions');
    expect(work.text).toBeNull();
    expect(work.versions.map((v) => [v.id, v.language])).toEqual([[ZH, 'zh']]);
    expect(work.versionOf).toBeNull();
  });
});
