import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDocNumbers, normalisePrefix } from '../../seed/parse/doc-numbers.ts';
import { findOrderNumbers, formatOrderNumber } from '../../seed/parse/order-numbers.ts';
import { findUnreadableNumbers } from '../../seed/parse/unreadable-numbers.ts';

const only = (text: string) => {
  const found = findDocNumbers(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('series prefixes read by pinyin-pro', () => {
  it.each([
    ['京发改', 'Jing Fa Gai'],
    ['国科发区', 'Guo Ke Fa Qu'],
    ['银保监发', 'Yin Bao Jian Fa'],
    ['京海政发', 'Jing Hai Zheng Fa'],
    ['京商发', 'Jing Shang Fa'],
    ['京朝政发', 'Jing Chao Zheng Fa'],
    ['Chao Zheng Fa', 'Chao Zheng Fa'],
    ['Jing Xing Zheng Fa', 'Jing Xing Zheng Fa'],
    ['Jingzhengfa', 'Jing Zheng Fa'],
  ])('%s → %s', (raw, expected) => expect(normalisePrefix(raw)).toBe(expected));

  it('refuses run-together words that do not end in a document type, and words that are not pinyin', () => {
    expect(normalisePrefix('Shijingshan')).toBeUndefined();
    expect(normalisePrefix('Guo Plan')).toBeUndefined();
    expect(normalisePrefix('令')).toBeUndefined();
  });
});

describe('findDocNumbers spellings', () => {
  it('reads every bracket and both languages of one number as one docNumber and slug', () => {
    const spellings = [
      '国函〔2021〕27号',
      '国函[2021]27号',
      '国函（2021）第27号',
      'Guo Han (2021) No. 27',
      'Guo Han [2021] No. 27',
      'Guo Han 〔2021〕 No. 27',
    ];
    for (const s of spellings) {
      const m = only(`see (${s}) now`);
      expect([m.docNumber, m.slug, m.evidence]).toEqual(['Guo Han [2021] No. 27', 'guo-han-2021-27', s]);
    }
  });

  it('cuts the words before a Chinese prefix (根据, 印发, 落实) off', () => {
    const m = only('根据国科发区〔2020〕45号执行');
    expect(m.evidence).toBe('国科发区〔2020〕45号');
    expect(findDocNumbers('贯彻落实京发改〔2021〕312号文件').map((f) => f.docNumber)).toEqual(['Jing Fa Gai [2021] No. 312']);
  });

  it('keeps English words out of a prefix: only capitalised syllables count', () => {
    expect(only('as required by the notice of Chao Zheng Fa 〔2022〕 No. 17').evidence).toBe('Chao Zheng Fa 〔2022〕 No. 17');
    expect(findDocNumbers('see a plan [2020] No. 5')).toEqual([]);
  });

  // Prefix characters as issuing organs use them; none of them is a boundary word the finder cuts at.
  const HAN = [...'国函发办京政海朝商财科教工信中规电区改银保监沪津粤兴石通'];
  const spelling = fc.record({
    chars: fc.array(fc.constantFrom(...HAN), { minLength: 2, maxLength: 5 }),
    year: fc.integer({ min: 1990, max: 2035 }),
    serial: fc.integer({ min: 1, max: 999 }),
    zh: fc.constantFrom(['〔', '〕'], ['[', ']'], ['（', '）'], ['【', '】'], ['［', '］']),
    en: fc.constantFrom(['[', ']'], ['(', ')'], ['〔', '〕']),
    di: fc.boolean(),
    gap: fc.constantFrom('', ' '),
  });

  it('property: the Chinese, English and bracket spellings of a generated number give one slug', () => {
    fc.assert(
      fc.property(spelling, ({ chars, year, serial, zh, en, di, gap }) => {
        const prefix = chars.join('');
        const chinese = `${prefix}${zh[0]}${year}${zh[1]}${di ? '第' : ''}${serial}号`;
        const pinyin = normalisePrefix(prefix);
        expect(pinyin).toBeDefined();
        const english = `${pinyin}${gap}${en[0]}${year}${en[1]}${gap}No. ${serial}`;
        const a = only(`根据《某规定》（${chinese}），`);
        const b = only(`the Plan (${english}), and`);
        expect(a.evidence).toBe(chinese);
        expect(b.evidence).toBe(english);
        expect(b.slug).toBe(a.slug);
        expect(b.docNumber).toBe(`${pinyin} [${year}] No. ${serial}`);
      }),
      { seed: 20261130, numRuns: 300 },
    );
  });
});

describe('findOrderNumbers', () => {
  it.each([
    ['国务院令第722号', 'Guo Wu Yuan Ling No. 722', '国务院'],
    ['State Council Order No. 722', 'Guo Wu Yuan Ling No. 722', 'State Council'],
    ['Order No. 722 of the State Council', 'Guo Wu Yuan Ling No. 722', 'State Council'],
    ['北京市人民政府令第301号', 'Bei Jing Shi Ren Min Zheng Fu Ling No. 301', '北京市人民政府'],
    [
      "Order of the Beijing Municipal People's Government No. 301",
      'Bei Jing Shi Ren Min Zheng Fu Ling No. 301',
      "Beijing Municipal People's Government",
    ],
    ['Decree of the Ministry of Commerce No. 1', 'Shang Wu Bu Ling No. 1', 'Ministry of Commerce'],
    ['国家发展和改革委员会令第7号', 'Guo Jia Fa Zhan He Gai Ge Wei Yuan Hui Ling No. 7', '国家发展和改革委员会'],
  ])('%s → %s', (evidence, docNumber, issuer) => {
    const text = `according to (${evidence}), the`;
    const [m, ...rest] = findOrderNumbers(text);
    expect(rest).toEqual([]);
    expect(m?.docNumber).toBe(docNumber);
    expect(m?.evidence).toBe(evidence);
    expect(text.slice(m!.start, m!.end)).toBe(evidence);
    expect(m?.issuerRange.text).toBe(issuer);
    expect(text.slice(m!.issuerRange.start, m!.issuerRange.end)).toBe(issuer);
  });

  it('cuts 根据 and 《》 off the issuer and gives one slug per issuer and serial', () => {
    const [m] = findOrderNumbers('根据《优化营商环境条例》（国务院令第722号）');
    expect(m?.evidence).toBe('国务院令第722号');
    expect(m?.slug).toBe(formatOrderNumber('国务院', 722)?.slug);
    expect(m?.slug).toBe('guo-wu-yuan-ling-722');
  });

  it('reads nothing where no organ issues the order', () => {
    expect(findOrderNumbers('某某令第3号 and the Mayor Order No. 3')).toEqual([]);
  });
});

describe('findUnreadableNumbers', () => {
  it('lists number-like strings nobody could read, with their offsets, and nothing that was read', () => {
    const text = 'see Letter [2019] No. 16, 根据XYZ〔2020〕5号, (Guo Fa [2016] No. 53), 某某令第3号 and Foo Bar Order No. 12.';
    const read = [...findDocNumbers(text), ...findOrderNumbers(text)];
    const unread = findUnreadableNumbers(text, read);
    expect(unread.map((u) => u.text)).toEqual(['Letter [2019] No. 16', 'XYZ〔2020〕5号', '某某令第3号', 'Foo Bar Order No. 12']);
    for (const u of unread) expect(text.slice(u.start, u.end)).toBe(u.text);
  });

  it('reports a prefix longer than six characters instead of guessing where it starts', () => {
    const text = '北京市人民政府国发〔2016〕53号';
    expect(findUnreadableNumbers(text, findDocNumbers(text)).map((u) => u.text)).toEqual([text]);
  });
});

describe('long texts', () => {
  // One unit repeated 12,000 times on one line, as the parser fuzzing does: every reader must stay near-linear.
  it.each([
    '国函〔2020〕123号',
    'Guo Fa [2016] No. 53 ',
    '国务院令第722号',
    'State Council Order No. 722 ',
    'Order of the Alpha Beta ',
    '〔2020〕5号',
    '根据国发',
  ])('%s ×12,000 is read in well under two seconds', (unit) => {
    const text = unit.repeat(12_000);
    const started = performance.now();
    const read = [...findDocNumbers(text), ...findOrderNumbers(text)];
    findUnreadableNumbers(text, read);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
