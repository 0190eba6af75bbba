import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, type PolicyGraph, RELATIONSHIP_TYPES } from '../../core/graph-contract.ts';
import { extractGraph } from '../../seed/extract/extract.ts';
import { parsePolicy } from '../../seed/parse/parse.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const SHIPPED = read('seed/documents/beijing-service-opening-2020.txt');
const FIXTURE = read('test/fixtures/beijing-digital-economy-2021.txt');
const ZGC = 'park:zhongguancun-national-independent-innovation-demonstration-zone';
const DOC = 'document:guo-han-2020-123';

const graphOf = (text: string, source: string) => extractGraph(parsePolicy(text, source));
const taskOf = (measureId: string) => Number(/:(\d+)\.\d+$/.exec(measureId)?.[1]);
const affecting = (g: PolicyGraph, park: string) => g.relationships.filter((r) => r.type === 'AFFECTS' && r.to === park);

/** The contract's promise: any evidence can be shown in context. */
function expectEvidenceInText(g: PolicyGraph, text: string) {
  let checked = 0;
  for (const r of g.relationships) {
    if (r.evidence === undefined) continue;
    expect(typeof r.start, `${r.type} ${r.from}->${r.to}`).toBe('number');
    expect(text.slice(r.start as number, r.end as number), `${r.type} ${r.from}->${r.to}`).toBe(r.evidence);
    checked++;
  }
  for (const r of g.relationships.filter((x) => ['AFFECTS', 'TARGETS', 'INVOLVES', 'CITES', 'ISSUED_BY'].includes(x.type))) {
    expect(r.evidence, `${r.type} ${r.from}->${r.to} has evidence`).toBeTypeOf('string');
  }
  for (const n of g.nodes.filter((x) => x.label === 'Measure')) {
    expect(text.slice(n.start as number, n.end as number)).toBe(n.text);
  }
  // A task stores no text of its own: its span of the document starts with its title.
  for (const n of g.nodes.filter((x) => x.label === 'Task')) {
    expect(n.text).toBeUndefined();
    expect(text.slice(n.start as number, n.end as number).startsWith(String(n.title)), String(n.id)).toBe(true);
  }
  return checked;
}

function expectWellFormed(g: PolicyGraph) {
  const ids = new Set(g.nodes.map((n) => n.id));
  expect(ids.size).toBe(g.nodes.length);
  for (const n of g.nodes) expect(NODE_LABELS).toContain(n.label);
  const keys = new Set<string>();
  for (const r of g.relationships) {
    expect(RELATIONSHIP_TYPES).toContain(r.type);
    expect(ids.has(r.from), `${r.type} from ${r.from}`).toBe(true);
    expect(ids.has(r.to), `${r.type} to ${r.to}`).toBe(true);
    const key = `${r.type} ${r.from} ${r.to}`;
    expect(keys.has(key), key).toBe(false);
    keys.add(key);
  }
}

describe('extractGraph on the shipped document', () => {
  const g = graphOf(SHIPPED, 'beijing-service-opening-2020.txt');
  const node = (id: string) => g.nodes.find((n) => n.id === id);

  it('is well formed and every evidence slices out of Document.text', () => {
    expectWellFormed(g);
    expect(expectEvidenceInText(g, SHIPPED)).toBeGreaterThan(100);
    expect(node(DOC)?.text).toBe(SHIPPED);
  });

  it('has the document with its metadata and 26 tasks under 4 categories', () => {
    expect(node(DOC)).toMatchObject({
      label: 'Document',
      docNumber: 'Guo Han [2020] No. 123',
      year: 2020,
      date: '2020-08-28',
      issuer: 'State Council',
    });
    expect(g.nodes.filter((n) => n.label === 'Task')).toHaveLength(26);
    expect(g.relationships.filter((r) => r.type === 'HAS_CATEGORY' && r.from === DOC)).toHaveLength(4);
    const taskCategory = new Map(g.relationships.filter((r) => r.type === 'HAS_TASK').map((r) => [r.to, r.from]));
    expect(taskCategory.get('task:guo-han-2020-123:9')).toBe('category:guo-han-2020-123:1');
    expect(taskCategory.get('task:guo-han-2020-123:10')).toBe('category:guo-han-2020-123:2');
    expect(taskCategory.get('task:guo-han-2020-123:22')).toBe('category:guo-han-2020-123:3');
    expect(taskCategory.get('task:guo-han-2020-123:23')).toBe('category:guo-han-2020-123:4');
    // A task's text is not stored twice: it is its document's text between its offsets.
    const task15 = node('task:guo-han-2020-123:15')!;
    expect(task15.text).toBeUndefined();
    const docText = String(node(DOC)!.text);
    expect(docText.slice(Number(task15.start), Number(task15.end))).toMatch(/^Support the development of cultural innovation/);
    expect(g.relationships.find((r) => r.type === 'ISSUED_BY')).toMatchObject({ from: DOC, to: 'agency:state-council' });
  });

  it('cites each earlier document once, as a stub without text', () => {
    const docs = g.nodes.filter((n) => n.label === 'Document').map((n) => n.docNumber);
    expect(docs.sort()).toEqual([
      'Guo Fa [2016] No. 53',
      'Guo Han [2015] No. 81',
      'Guo Han [2017] No. 86',
      'Guo Han [2019] No. 16',
      'Guo Han [2020] No. 123',
    ]);
    const cites = g.relationships.filter((r) => r.type === 'CITES');
    expect(cites.map((r) => `${r.to}:${r.role}`).sort()).toEqual([
      'document:guo-fa-2016-53:basis',
      'document:guo-han-2015-81:predecessor',
      'document:guo-han-2017-86:predecessor',
      'document:guo-han-2019-16:predecessor',
    ]);
    for (const r of cites) expect(r.from).toBe(DOC);
    expect(node('document:guo-han-2015-81')?.text).toBeUndefined();
  });

  it('knows Haidian Park is part of the Zhongguancun zone and that task 13 affects it', () => {
    expect(g.relationships.find((r) => r.type === 'PART_OF' && r.from === 'park:haidian-park')?.to).toBe(ZGC);
    const tasks = affecting(g, 'park:haidian-park').map((r) => taskOf(r.from));
    expect(new Set(tasks)).toEqual(new Set([13]));
    expect(affecting(g, 'park:haidian-park').filter((r) => taskOf(r.from) === 13)).toHaveLength(4);
  });

  it('links the Zhongguancun zone to tasks 10 and 20, and its Software Park to task 11', () => {
    const zgcTasks = new Set(affecting(g, ZGC).map((r) => taskOf(r.from)));
    expect(zgcTasks.has(10) && zgcTasks.has(20)).toBe(true);
    expect(affecting(g, ZGC).find((r) => r.from === 'measure:guo-han-2020-123:20.1')?.via).toBe('DIRECT');
    expect(new Set(affecting(g, 'park:zhongguancun-software-park').map((r) => taskOf(r.from)))).toEqual(new Set([11]));
    expect(g.relationships.find((r) => r.type === 'PART_OF' && r.from === 'park:zhongguancun-software-park')?.to).toBe(ZGC);
  });

  it('links Financial Street only to task 14, through its title', () => {
    const rels = affecting(g, 'park:financial-street');
    expect(new Set(rels.map((r) => taskOf(r.from)))).toEqual(new Set([14]));
    expect(rels.every((r) => r.via === 'TASK_CONTEXT' && r.evidence === 'Financial Street')).toBe(true);
  });

  it('prefers DIRECT over TASK_CONTEXT and keeps one relationship per pair', () => {
    const daxing = g.relationships.filter((r) => r.type === 'AFFECTS' && r.to === 'park:beijing-daxing-international-airport');
    expect(daxing.find((r) => r.from === 'measure:guo-han-2020-123:9.2')?.via).toBe('DIRECT');
    expect(daxing.find((r) => r.from === 'measure:guo-han-2020-123:9.1')?.via).toBe('TASK_CONTEXT');
  });

  it('keeps amounts and years on measures', () => {
    expect(node('measure:guo-han-2020-123:20.2')).toMatchObject({ amounts: ['5 million yuan', '20 million yuan'], years: [] });
    expect(node(DOC)?.targetYears).toEqual([2025, 2030]);
  });

  it('targets industries and involves agencies with evidence', () => {
    const targets = (m: string) => g.relationships.filter((r) => r.type === 'TARGETS' && r.from === m).map((r) => r.to);
    expect(targets('measure:guo-han-2020-123:18.1')).toEqual(
      expect.arrayContaining(['industry:integrated-circuits', 'industry:artificial-intelligence', 'industry:biomedicine']),
    );
    expect(targets('measure:guo-han-2020-123:10.2')).toContain('industry:venture-capital');
    const involves = g.relationships.filter((r) => r.type === 'INVOLVES' && r.from === 'measure:guo-han-2020-123:20.2').map((r) => r.to);
    expect(involves.sort()).toEqual(['agency:ministry-of-finance', 'agency:state-administration-of-taxation']);
  });

  it('never makes Beijing a park', () => {
    expect(g.nodes.filter((n) => n.label === 'Park').map((n) => n.name)).not.toContain('Beijing');
  });

  // Speed is measured by `npm run bench`, never asserted here: timings on shared CI cores are noise.
  it('is deterministic', () => {
    expect(graphOf(SHIPPED, 'beijing-service-opening-2020.txt')).toEqual(g);
  });
});

describe('extractGraph on the second, unseen document', () => {
  const g = graphOf(FIXTURE, 'beijing-digital-economy-2021.txt');
  const node = (id: string) => g.nodes.find((n) => n.id === id);
  const DOC2 = 'document:jing-zheng-fa-2021-9';

  it('is well formed and every evidence slices out of Document.text', () => {
    expectWellFormed(g);
    expect(expectEvidenceInText(g, FIXTURE)).toBeGreaterThan(30);
    expect(node(DOC2)).toMatchObject({
      docNumber: 'Jing Zheng Fa [2021] No. 9',
      year: 2021,
      date: '2021-03-15',
      issuer: "Beijing Municipal People's Government",
    });
    expect(g.nodes.filter((n) => n.label === 'Task')).toHaveLength(11);
  });

  it('resolves gazetteer aliases, English and Chinese, to the gazetteer ids', () => {
    const haidian = affecting(g, 'park:haidian-park');
    expect(haidian.map((r) => r.evidence).sort()).toEqual(['Haidian Park', 'Zhongguancun Haidian Park', '中关村海淀园']);
    expect(affecting(g, ZGC).find((r) => r.from === 'measure:jing-zheng-fa-2021-9:1.1')).toMatchObject({
      via: 'DIRECT',
      evidence: '中关村国家自主创新示范区',
    });
    expect(affecting(g, 'park:beijing-daxing-international-airport-economic-zone')).toHaveLength(2);
  });

  it('discovers parks, agencies and industries the gazetteer lacks', () => {
    const discovered = (label: string) =>
      g.nodes
        .filter((n) => n.label === label && n.discovered)
        .map((n) => n.id)
        .sort();
    expect(discovered('Park')).toEqual([
      'park:changping-life-science-park',
      'park:nanhaizi-digital-media-base',
      'park:shunyi-airport-logistics-park',
      'park:wanquan-park',
      'park:yanqi-lake-science-city',
    ]);
    expect(node('park:yanqi-lake-science-city')?.kind).toBe('science city');
    expect(node('park:nanhaizi-digital-media-base')?.kind).toBe('base');
    expect(discovered('Agency')).toEqual([
      'agency:beijing-municipal-commission-of-development-and-reform',
      'agency:ministry-of-ecology-and-environment',
      'agency:state-administration-for-industry-and-commerce',
    ]);
    expect(node('agency:ministry-of-ecology-and-environment')?.level).toBe('national');
    expect(node('agency:beijing-municipal-science-and-technology-commission')?.level).toBe('municipal');
    expect(discovered('Industry')).toEqual(
      expect.arrayContaining([
        'industry:low-altitude-economy',
        'industry:commercial-aerospace',
        'industry:quantum-information',
        'industry:synthetic-biology',
      ]),
    );
  });

  it('reads part-of relations from the text for new parks', () => {
    const partOf = (from: string) => g.relationships.find((r) => r.type === 'PART_OF' && r.from === from);
    // "Shijingshan Park, Zhongguancun …" is the gazetteer's Zhongguancun Shijingshan Park, spelled short.
    expect(partOf('park:zhongguancun-shijingshan-park')).toMatchObject({ to: ZGC });
    expect(node('park:zhongguancun-shijingshan-park')?.discovered).toBeUndefined();
    expect(partOf('park:wanquan-park')).toMatchObject({
      to: 'park:huairou-science-city',
      source: 'text',
      evidence: 'Wanquan Park of Huairou Science City',
    });
    expect(partOf('park:yanqi-lake-science-city')).toBeUndefined();
  });

  it('cites the 2020 reply and Guo Fa [2016] No. 53 once each whatever the spelling', () => {
    const cites = g.relationships.filter((r) => r.type === 'CITES');
    expect(cites.map((r) => `${r.to}:${r.role}`).sort()).toEqual([
      'document:guo-fa-2016-53:basis',
      `${DOC}:basis`,
      'document:jing-zheng-fa-2017-27:predecessor',
    ]);
    expect(node(DOC)?.text).toBeUndefined();
  });

  it('is deterministic', () => {
    expect(graphOf(FIXTURE, 'beijing-digital-economy-2021.txt')).toEqual(g);
  });
});
