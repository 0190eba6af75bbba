import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PolicyParseError, parsePolicy } from '../../seed/parse/parse.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const SHIPPED = 'seed/documents/beijing-service-opening-2020.txt';
const FIXTURE = 'test/fixtures/beijing-digital-economy-2021.txt';

describe('parsePolicy on the shipped State Council reply', () => {
  const text = read(SHIPPED);
  const parsed = parsePolicy(text, 'beijing-service-opening-2020.txt');

  it('reads the header: own number, date, year, signature line and Chinese title', () => {
    expect(parsed.text).toBe(text);
    expect(parsed.document.slug).toBe('guo-han-2020-123');
    expect(parsed.document.docNumber?.value).toBe('Guo Han [2020] No. 123');
    expect(parsed.document.date?.iso).toBe('2020-08-28');
    expect(parsed.document.year).toBe(2020);
    expect(parsed.document.issuers[0]?.text).toBe('the state council');
    expect(parsed.document.title?.text).toMatch(/^国务院关于.*批复$/);
    expect(parsed.document.targetYears).toEqual([2025, 2030]);
  });

  it('finds tasks 1..26 exactly once despite the news summary repeating 2, 18 and 20', () => {
    expect(parsed.tasks.map((t) => t.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    const summaryEnd = text.indexOf('国函〔2020〕123号');
    for (const t of parsed.tasks) expect(t.start).toBeGreaterThan(summaryEnd);
  });

  it('puts tasks into their categories', () => {
    expect(parsed.categories.map((c) => c.number)).toEqual([1, 2, 3, 4]);
    const category = (n: number) => parsed.tasks.find((t) => t.number === n)?.categoryKey;
    for (let n = 1; n <= 26; n++) expect(category(n)).toBe(n <= 9 ? '1' : n <= 16 ? '2' : n <= 22 ? '3' : '4');
  });

  it('recovers task 15, printed as "5." after a stray page number, and keeps the page number out of task 14', () => {
    const t15 = parsed.tasks.find((t) => t.number === 15)!;
    expect(t15.text.startsWith('Support the development of cultural innovation')).toBe(true);
    const t14 = parsed.tasks.find((t) => t.number === 14)!;
    expect(t14.text.endsWith('Set up a national financial technology risk monitoring center in Beijing.')).toBe(true);
  });

  it('keeps task 5, cut off mid-sentence, and marks its last measure truncated', () => {
    const t5 = parsed.tasks.find((t) => t.number === 5)!;
    const last = t5.measures[t5.measures.length - 1]!;
    expect(last.text.endsWith('airport isolation area')).toBe(true);
    expect(last.truncated).toBe(true);
    expect(parsed.tasks.find((t) => t.number === 6)!.title).toBe('Promote the opening up of education services');
  });

  it('gives every task, title and measure exact offsets into the text', () => {
    for (const t of parsed.tasks) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(text.slice(t.titleStart, t.titleEnd).startsWith(t.title)).toBe(true);
      t.measures.forEach((m, i) => {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.order).toBe(i + 1);
        expect(m.start).toBeGreaterThanOrEqual(t.start);
        expect(m.end).toBeLessThanOrEqual(t.end);
      });
    }
  });

  it('does not split measures at "No. 53" or "R & D", and keeps amounts on the task 20 measure', () => {
    const t10 = parsed.tasks.find((t) => t.number === 10)!;
    expect(t10.measures[0]!.text).toContain('(GF [2016] No. 53), and optimize the legal environment');
    const t18 = parsed.tasks.find((t) => t.number === 18)!;
    expect(t18.measures[0]!.text).toMatch(/^When enterprises engaged in R & D .* shall be implemented\.$/);
    const t20 = parsed.tasks.find((t) => t.number === 20)!;
    expect(t20.measures[1]!.amounts).toEqual(['5 million yuan', '20 million yuan']);
    expect(t18.measures[0]!.amounts).toEqual(['50%']);
  });

  it('finds the cited documents with roles, reading the repeated [2015] No. 81 and the bare Letter', () => {
    const cited = parsed.citations.map((c) => `${c.docNumber}:${c.role}`);
    expect(cited).toEqual([
      'Guo Fa [2016] No. 53:basis',
      'Guo Han [2015] No. 81:predecessor',
      'Guo Han [2017] No. 86:predecessor',
      'Guo Han [2015] No. 81:predecessor',
      'Guo Han [2019] No. 16:predecessor',
    ]);
    for (const c of parsed.citations) expect(text.slice(c.start, c.end)).toBe(c.evidence);
  });
});

describe('parsePolicy on a document it was not written for', () => {
  const text = read(FIXTURE);
  const parsed = parsePolicy(text, 'beijing-digital-economy-2021.txt');

  it('reads the header', () => {
    expect(parsed.document.slug).toBe('jing-zheng-fa-2021-9');
    expect(parsed.document.docNumber?.value).toBe('Jing Zheng Fa [2021] No. 9');
    expect(parsed.document.date?.iso).toBe('2021-03-15');
    expect(parsed.document.issuers[0]?.text).toBe("Beijing Municipal People's Government");
    expect(parsed.document.targetYears).toEqual([2025, 2030]);
  });

  it('finds 11 tasks in 3 categories, ignoring the summary repeat of task 3 and recovering task 11 after a page number', () => {
    expect(parsed.tasks.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(parsed.tasks.map((t) => t.categoryKey)).toEqual(['1', '1', '1', '2', '2', '2', '3', '3', '3', '3', '3']);
    expect(parsed.categories.map((c) => c.title)).toEqual([
      'Build platforms for the digital economy',
      'Cultivate new industries of the digital economy',
      'Improve the institutional environment for the digital economy',
    ]);
    expect(parsed.tasks[10]!.text.startsWith('Strengthen support for venture capital')).toBe(true);
  });

  it('makes a one-sentence task its own single measure and reads multi-paragraph tasks', () => {
    const t9 = parsed.tasks[8]!;
    expect(t9.measures).toHaveLength(1);
    expect(t9.measures[0]!.text).toBe('Improve the rules for data governance.');
    const t6 = parsed.tasks[5]!;
    expect(t6.title).toBe('Deepen financial technology pilots in Financial Street');
    expect(t6.measures).toHaveLength(2);
    expect(parsed.tasks[4]!.measures[0]!.truncated).toBe(true);
  });

  it('keeps "Co., Ltd.", "e.g." and "2.5" inside their sentences', () => {
    const t2 = parsed.tasks[1]!;
    expect(t2.measures.map((m) => m.text)).toHaveLength(2);
    expect(parsed.tasks[2]!.measures[0]!.amounts).toEqual(['2.5 billion yuan']);
    expect(parsed.tasks[0]!.measures[1]!.years).toEqual([2022]);
  });

  it('normalises both spellings of the cited numbers', () => {
    const numbers = new Set(parsed.citations.map((c) => c.docNumber));
    expect(numbers).toEqual(new Set(['Guo Han [2020] No. 123', 'Guo Fa [2016] No. 53', 'Jing Zheng Fa [2017] No. 27']));
    expect(parsed.citations.find((c) => c.docNumber === 'Jing Zheng Fa [2017] No. 27')?.role).toBe('predecessor');
  });
});

describe('parsePolicy on bad input', () => {
  it('throws PolicyParseError with a one-sentence reason when there are no numbered tasks', () => {
    const attempt = () => parsePolicy(read('test/fixtures/no-tasks.txt'), 'no-tasks.txt');
    expect(attempt).toThrow(PolicyParseError);
    try {
      attempt();
    } catch (error) {
      const reason = (error as PolicyParseError).reason;
      expect(reason).toMatch(/^No numbered provisions were found/);
      expect(reason.split(/[.;]\s/).length).toBeLessThanOrEqual(2);
    }
  });

  it('falls back to the file name when a document has no number of its own', () => {
    const parsed = parsePolicy('Plan\n\n1. Do one thing. Then another.\n', 'docs/My Plan.txt');
    expect(parsed.document.slug).toBe('my-plan');
    expect(parsed.categories).toEqual([{ number: 1, key: '1', marker: '', title: 'Tasks', start: 0, end: 0 }]);
    expect(parsed.tasks[0]!.measures.map((m) => m.text)).toEqual(['Then another.']);
  });

  it('keeps offsets exact on CRLF text', () => {
    const text = 'Title line here\r\n\r\n1. First task. Its measure.\r\n\r\n2. Second task.\r\n';
    const parsed = parsePolicy(text, 'crlf.txt');
    expect(parsed.tasks.map((t) => t.text)).toEqual(['First task. Its measure.', 'Second task.']);
    for (const t of parsed.tasks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
