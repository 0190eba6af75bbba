import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { SHIPPED_DOCUMENT } from '../support/seed-files.ts';
import { FINANCIAL_STREET, HAIDIAN, type Harness, ok, SECOND_DOCUMENT, seededApp, withField, ZHONGGUANCUN } from './api-harness.ts';

/** The question users come with, against the shipped document and then with a second document merged in. */
const QUERY = graphql(`query MeasuresAffectingParkAnswers($park: ID!, $sub: Boolean, $parent: Boolean) {
  measuresAffectingPark(parkId: $park, includeSubParks: $sub, includeParentZones: $parent) {
    via hops alsoVia
    park { id }
    task { number title }
    category { number title }
    measure { id order text }
    evidence { text start end documentId sentence }
  }
}`);

let h: Harness;
const ask = async (park: string, sub?: boolean, parent?: boolean) => (await ok(h.app, QUERY, { park, sub, parent })).measuresAffectingPark;
type Answer = Awaited<ReturnType<typeof ask>>[number];
const tasks = (answers: Answer[]) => [...new Set(answers.map((a) => a.task.number))];
const tasksVia = (answers: Answer[], via: string) => [...new Set(answers.filter((a) => a.via === via).map((a) => a.task.number))];

describe('measuresAffectingPark, shipped document', () => {
  beforeAll(async () => {
    h = await seededApp([SHIPPED_DOCUMENT]);
  });
  afterAll(async () => h.driver.close());

  it('Haidian Park: its own task 13, and tasks 10 and 20 through its parent zone Zhongguancun', async () => {
    const answers = await ask(HAIDIAN);
    expect(tasks(answers)).toEqual([10, 13, 20]);
    expect(tasksVia(answers, 'PARENT_ZONE')).toEqual([10, 20]);
    expect(answers.filter((a) => a.task.number === 13).every((a) => a.park.id === HAIDIAN && a.hops === 0)).toBe(true);
    expect(answers.filter((a) => a.via === 'PARENT_ZONE').every((a) => a.park.id === ZHONGGUANCUN && a.hops === 1)).toBe(true);
  });

  it('Haidian Park without parent zones: only task 13, no PARENT_ZONE answers', async () => {
    const answers = await ask(HAIDIAN, true, false);
    expect(tasks(answers)).toEqual([13]);
    expect(answers.some((a) => a.via === 'PARENT_ZONE')).toBe(false);
  });

  it('Zhongguancun with sub-parks: tasks 10, 11, 13 and 20; task 11 through Zhongguancun Software Park', async () => {
    const answers = await ask(ZHONGGUANCUN);
    expect(tasks(answers)).toEqual([10, 11, 13, 20]);
    expect(tasksVia(answers, 'SUB_PARK')).toEqual([11]);
    expect(answers.find((a) => a.via === 'SUB_PARK')!.park.id).toBe('park:zhongguancun-software-park');
    // Task 13 names both Haidian Park and the zone: the stronger path wins, the weaker is still reported.
    const task13 = answers.filter((a) => a.task.number === 13);
    expect(task13.every((a) => a.via !== 'SUB_PARK' && a.alsoVia.includes('SUB_PARK'))).toBe(true);
  });

  it('Zhongguancun without sub-parks drops task 11', async () => {
    expect(tasks(await ask(ZHONGGUANCUN, false, true))).toEqual([10, 13, 20]);
  });

  it('Financial Street: only task 14, with or without the flags', async () => {
    expect(tasks(await ask(FINANCIAL_STREET))).toEqual([14]);
    expect(tasks(await ask(FINANCIAL_STREET, false, false))).toEqual([14]);
  });

  it('one answer per measure, ordered by task number then measure order', async () => {
    const answers = await ask(ZHONGGUANCUN);
    const ids = answers.map((a) => a.measure.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = answers.map((a) => (a.task.number ?? NaN) * 1000 + (a.measure.order ?? NaN));
    expect(keys.every(Number.isInteger)).toBe(true);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });

  it('every answer carries evidence whose offsets point into the document text, with its sentence', async () => {
    const answers = await ask(HAIDIAN);
    const doc = await ok(
      h.app,
      graphql(`query MeasuresAffectingParkText { node(id: "document:guo-han-2020-123") { ... on Document { text } } }`),
      {},
    );
    const text = withField(doc.node, 'text').text ?? '';
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) {
      const evidence = answer.evidence!;
      expect(typeof evidence.start === 'number' && typeof evidence.end === 'number').toBe(true);
      expect(text.slice(evidence.start!, evidence.end!)).toBe(evidence.text);
      expect(evidence.sentence).toContain(evidence.text);
      expect(answer.category?.number).toBeGreaterThan(0);
      expect(answer.task.title?.length).toBeGreaterThan(0);
    }
  });

  it('an unknown park is an empty answer, not an error', async () => {
    expect(await ask('park:nowhere')).toEqual([]);
  });
});

describe('measuresAffectingPark, two documents merged', () => {
  beforeAll(async () => {
    h = await seededApp([SHIPPED_DOCUMENT, SECOND_DOCUMENT]);
  });
  afterAll(async () => h.driver.close());

  it('Haidian Park gains the 2021 document’s measures, older document first', async () => {
    const answers = await ask(HAIDIAN);
    const byDocument = answers.map((a) => a.measure.id.split(':')[1]);
    expect(byDocument.indexOf('jing-zheng-fa-2021-9')).toBeGreaterThan(byDocument.lastIndexOf('guo-han-2020-123'));
    const second = answers.filter((a) => a.evidence?.documentId === 'document:jing-zheng-fa-2021-9');
    expect(second.some((a) => a.via === 'DIRECT' && a.task.number === 3)).toBe(true);
    // Both documents' evidence resolves against their own texts.
    for (const answer of second) expect(answer.evidence!.sentence).toContain(answer.evidence!.text);
  });
});
