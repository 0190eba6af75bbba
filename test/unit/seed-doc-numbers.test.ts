import { describe, expect, it } from 'vitest';
import { findDocNumbers, normalisePrefix } from '../../seed/parse/doc-numbers.ts';

describe('normalisePrefix', () => {
  it.each([
    ['GF', 'Guo Fa'],
    ['Guofa', 'Guo Fa'],
    ['Guo Fa', 'Guo Fa'],
    ['国发', 'Guo Fa'],
    ['国函', 'Guo Han'],
    ['Guo Han', 'Guo Han'],
    ['京政发', 'Jing Zheng Fa'],
    ['Jing Zheng Fa', 'Jing Zheng Fa'],
    ['国办发', 'Guo Ban Fa'],
  ])('%s → %s', (raw, expected) => expect(normalisePrefix(raw)).toBe(expected));

  it('rejects ordinary words', () => {
    expect(normalisePrefix('Beijing')).toBeUndefined();
    expect(normalisePrefix('the')).toBeUndefined();
  });
});

describe('findDocNumbers', () => {
  it('normalises every spelling to one docNumber and keeps exact evidence offsets', () => {
    const text = '国函〔2020〕123号 and (GF [2016] No. 53) and Guofa [2016] No.53 and 京政发〔2021〕9号';
    const found = findDocNumbers(text);
    expect(found.map((f) => f.docNumber)).toEqual([
      'Guo Han [2020] No. 123',
      'Guo Fa [2016] No. 53',
      'Guo Fa [2016] No. 53',
      'Jing Zheng Fa [2021] No. 9',
    ]);
    expect(found.map((f) => f.slug)).toEqual(['guo-han-2020-123', 'guo-fa-2016-53', 'guo-fa-2016-53', 'jing-zheng-fa-2021-9']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.evidence);
  });

  it('drops leading words that are not part of the prefix', () => {
    const [m] = findDocNumbers('the reply of Beijing Guo Han [2015] No. 81 applies');
    expect(m?.evidence).toBe('Guo Han [2015] No. 81');
  });

  it('reads a bare "Letter" as the Han series of the list it appears in', () => {
    const found = findDocNumbers("(Guo Han [2015] No. 81), (Guo Han [2017] No. 86), Beijing ' Letter [2019] No. 16)");
    expect(found.map((f) => f.docNumber)).toEqual(['Guo Han [2015] No. 81', 'Guo Han [2017] No. 86', 'Guo Han [2019] No. 16']);
    expect(found[2]?.evidence).toBe('Letter [2019] No. 16');
  });

  it('ignores a Letter with no series to borrow from', () => {
    expect(findDocNumbers('see Letter [2019] No. 16')).toEqual([]);
  });
});
