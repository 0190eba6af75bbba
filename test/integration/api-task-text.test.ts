import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePolicy } from '../../seed/parse/parse.ts';
import { ensureSchema } from '../../seed/write/write.ts';
import { graphql } from '../generated/index.ts';
import { SHIPPED_DOCUMENT } from '../support/seed-files.ts';
import { gql, type Harness, ok, seededApp } from './api-harness.ts';

/**
 * Tasks store no text (README, model): Task.text is sliced out of Document.text, and search finds a task by the
 * words of its measures. Both against the real Neo4j, with characters outside the BMP before the task, where
 * UTF-16 offsets (the seed's) and code points (Cypher's substring) differ.
 */
const ASTRAL = [
  'Notice on the 𠀀 pilot 😀',
  '',
  '1. Build the 𠀀 data centre in Haidian Park. Open it to 😀 firms by 2025.',
  '2. Support services in Financial Street. Zeolite filters enter duty-free.',
  '',
].join('\n');

// One task's many short sentences outscore the other task's one long sentence naming the same word, so the best
// measures all belong to the first task.
const CROWDED = [
  'Notice on quasar beacons',
  '',
  `1. Light the beacons. ${Array.from({ length: 25 }, (_, i) => `Quasar beacon ${i + 1} is lit.`).join(' ')}`,
  '2. Support the observatories. The municipal departments will fund maintenance, training and public outreach for every quasar survey that they approve this year and the next.',
  '',
].join('\n');

let h: Harness;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'task-text-'));
  const astral = path.join(dir, 'astral-notice.txt');
  writeFileSync(astral, ASTRAL);
  const crowded = path.join(dir, 'crowded-notice.txt');
  writeFileSync(crowded, CROWDED);
  h = await seededApp([SHIPPED_DOCUMENT, astral, crowded]);
});
afterAll(async () => {
  await h.driver.close();
  rmSync(dir, { recursive: true, force: true });
});

const TASK = graphql(`query TaskTextNode($id: ID!) { node(id: $id) { id ... on Task { text start end } } }`);
const SEARCH_LIMITED = graphql(
  `query TaskTextSearchLimited($q: String!, $limit: Int!) { search(query: $q, labels: ["Task"], limit: $limit) { id snippet } }`,
);
const SEARCH = graphql(
  `query TaskTextSearch($q: String!, $labels: [String!]) { search(query: $q, labels: $labels, limit: 100) { id label snippet } }`,
);

async function taskText(id: string): Promise<string | null | undefined> {
  const data = await ok(h.app, TASK, { id });
  return data.node && 'text' in data.node ? data.node.text : undefined;
}

describe('Task.text', () => {
  it('is the text the parser read, for every task of the shipped document', async () => {
    const text = readFileSync(SHIPPED_DOCUMENT, 'utf8');
    const parsed = parsePolicy(text, path.basename(SHIPPED_DOCUMENT));
    const stored = await h.driver.executeQuery('MATCH (t:Task) WHERE t.text IS NOT NULL RETURN count(t) AS n');
    expect(Number(stored.records[0]!.get('n'))).toBe(0);
    for (const task of parsed.tasks) expect(await taskText(`task:guo-han-2020-123:${task.key}`)).toBe(task.text);
  });

  it('counts offsets as the seed does when the document holds characters outside the BMP', async () => {
    const parsed = parsePolicy(ASTRAL, 'astral-notice.txt');
    const ids = await h.driver.executeQuery("MATCH (t:Task) WHERE t.title STARTS WITH 'Support services' RETURN t.id AS id");
    const id = String(ids.records[0]!.get('id'));
    expect(await taskText(id)).toBe(parsed.tasks[1]!.text);
    expect(await taskText(id)).toBe('Support services in Financial Street. Zeolite filters enter duty-free.');
  });

  it('a graph seeded while tasks carried their text answers with that text', async () => {
    await h.driver.executeQuery("MATCH (t:Task {id: 'task:guo-han-2020-123:1'}) SET t.text = 'as stored'");
    try {
      expect(await taskText('task:guo-han-2020-123:1')).toBe('as stored');
    } finally {
      await h.driver.executeQuery("MATCH (t:Task {id: 'task:guo-han-2020-123:1'}) REMOVE t.text");
    }
  });
});

describe('search by the words of a task', () => {
  it('finds the tasks of the measures that match, with the matching sentence as the snippet', async () => {
    const measures = (await ok(h.app, SEARCH, { q: 'exemption', labels: ['Measure'] })).search;
    const tasks = (await ok(h.app, SEARCH, { q: 'exemption', labels: ['Task'] })).search;
    expect(measures.length).toBeGreaterThan(0);
    const taskOf = (measureId: string) => measureId.replace(/^measure:/, 'task:').replace(/\.\d+$/, '');
    expect(new Set(tasks.map((hit) => hit.id))).toEqual(new Set(measures.map((hit) => taskOf(hit.id))));
    for (const hit of tasks) {
      expect(hit.label).toBe('Task');
      expect(hit.snippet.toLowerCase()).toContain('exemption');
    }
  });

  it('a word in a task body but not its title finds the task and its measure, once each', async () => {
    const hits = (await ok(h.app, SEARCH, { q: 'zeolite', labels: null })).search;
    expect(hits.map((hit) => hit.label).sort()).toEqual(['Measure', 'Task']);
    expect(hits.map((hit) => hit.snippet)).toEqual(['Zeolite filters enter duty-free.', 'Zeolite filters enter duty-free.']);
  });

  it('finds every task when the best measures all belong to one', async () => {
    const hits = async (limit: number) =>
      (await ok(h.app, SEARCH_LIMITED, { q: 'quasar', limit })).search.map((hit) => [hit.id, hit.snippet]);
    expect(await hits(1)).toEqual([['task:crowded-notice:1', 'Quasar beacon 1 is lit.']]);
    expect(await hits(2)).toEqual([
      ['task:crowded-notice:1', 'Quasar beacon 1 is lit.'],
      ['task:crowded-notice:2', expect.stringMatching(/^The municipal departments will fund .* quasar survey/)],
    ]);
  });

  it('a graph with the index of tasks and measures from before gets the measure index instead', async () => {
    await h.driver.executeQuery('DROP INDEX measure_texts IF EXISTS');
    await h.driver.executeQuery('CREATE FULLTEXT INDEX entity_texts IF NOT EXISTS FOR (n:Task|Measure) ON EACH [n.text]');
    await ensureSchema(h.driver);
    const indexes = await h.driver.executeQuery(
      "SHOW INDEXES YIELD name, type, state WHERE type = 'FULLTEXT' RETURN name, state ORDER BY name",
    );
    expect(indexes.records.map((r) => [r.get('name'), r.get('state')])).toEqual([
      ['entity_names', 'ONLINE'],
      ['measure_texts', 'ONLINE'],
    ]);
    const response = await gql(h.app, SEARCH, { q: 'zeolite', labels: ['Task'] });
    expect(response.errors).toBeUndefined();
    expect(response.data!.search).toHaveLength(1);
  });
});
