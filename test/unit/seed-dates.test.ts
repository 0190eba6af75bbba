import { describe, expect, it } from 'vitest';
import { findDates } from '../../seed/parse/dates.ts';
import { findDate } from '../../seed/parse/doc-metadata.ts';
import { findOutline } from '../../seed/parse/outline.ts';

describe('findDates', () => {
  it.each([
    ['March 1, 2022', '2022-03-01'],
    ['September 28 2022', '2022-09-28'],
    ['15 March 2022', '2022-03-15'],
    ['10 Feb. 2023', '2023-02-10'],
    ['3 Sept. 2021', '2021-09-03'],
    ['Dec 31, 2020', '2020-12-31'],
    ['2021-06-18', '2021-06-18'],
    ['2021年3月15日', '2021-03-15'],
    ['2021 年 3 月 5 日', '2021-03-05'],
    ['二〇二一年三月十五日', '2021-03-15'],
    ['二〇二一年十一月二十六日', '2021-11-26'],
    ['二〇二〇年十月十日', '2020-10-10'],
    ['二○二二年一月三十一日', '2022-01-31'],
  ])('%s → %s', (written, iso) => {
    const text = `signed on ${written} here`;
    const [d, ...rest] = findDates(text);
    expect(rest).toEqual([]);
    expect(d).toEqual({ start: 10, end: 10 + written.length, text: written, iso });
  });

  it('skips impossible dates and words that only start like a month', () => {
    expect(findDates('2021-02-30, 二〇二一年二月三十日, 2021年13月1日, Marching 5, 2020')).toEqual([]);
  });

  it('lists dates in reading order', () => {
    expect(findDates('2021年6月9日 and March 1, 2022 and 2020-01-02').map((d) => d.iso)).toEqual([
      '2021-06-09',
      '2022-03-01',
      '2020-01-02',
    ]);
  });
});

describe('findDate (the signing date)', () => {
  const pick = (text: string) => findDate(text, findOutline(text).lines)?.iso;

  it('prefers a date alone on its line over dates in sentences', () => {
    expect(pick('adopted on 16 November 2021 and in force from 1 January 2022.\n\nMayor ×××\n\n26 November 2021\n')).toBe('2021-11-26');
  });

  it('passes over a web release stamp and a print line', () => {
    expect(pick("Release date: 2022-09-30 10:15 Source: x\n\nChaoyang District People's Government\n\nSeptember 28, 2022\n")).toBe(
      '2022-09-28',
    );
    expect(pick('发布日期：2022-09-30\n正文在2022年9月1日起施行。\n')).toBe('2022-09-01');
    expect(pick('北京市商务局\n\n2021年6月8日\n\n抄送：市政府办公厅。\n\n2021年6月9日印发\n')).toBe('2021-06-08');
    expect(pick('北京市商务局办公室\n\n2021年6月9日印发\n')).toBeUndefined();
  });

  it('falls back to the first date in the text when none stands alone', () => {
    expect(pick('Issued on March 1, 2022 by the State Council, in force from 2022-04-01.')).toBe('2022-03-01');
  });
});
