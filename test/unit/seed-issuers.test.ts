import { describe, expect, it } from 'vitest';
import { findDate, findIssuers } from '../../seed/parse/doc-metadata.ts';
import { findOutline } from '../../seed/parse/outline.ts';

function issuers(text: string, orderIssuer?: { start: number; end: number; text: string }) {
  const lines = findOutline(text).lines;
  const found = findIssuers(text, lines, findDate(text, lines), orderIssuer);
  for (const r of found) expect(text.slice(r.start, r.end)).toBe(r.text);
  return found.map((r) => r.text);
}

describe('findIssuers', () => {
  it('reads the organ on the line above the date', () => {
    expect(issuers('Please implement it.\n\nState Council\nMarch 1, 2022\n')).toEqual(['State Council']);
  });

  it('keeps a general office whole: it is its own issuer, not its government', () => {
    expect(issuers('请认真贯彻落实。\n\n北京市人民政府办公厅\n\n2022年4月6日\n')).toEqual(['北京市人民政府办公厅']);
    expect(issuers("Please implement.\n\nGeneral Office of the Beijing Municipal People's Government\nApril 6, 2022\n")).toEqual([
      "General Office of the Beijing Municipal People's Government",
    ]);
  });

  it('splits organs signing jointly on one line, and reads one organ per line above the date', () => {
    expect(issuers('现印发给你们。\n\n北京市商务局　北京市财政局\n\n2021年6月8日\n')).toEqual(['北京市商务局', '北京市财政局']);
    expect(issuers('Please implement.\n\nBeijing Municipal Commerce Bureau\nBeijing Municipal Finance Bureau\nJune 8, 2021\n')).toEqual([
      'Beijing Municipal Commerce Bureau',
      'Beijing Municipal Finance Bureau',
    ]);
  });

  it("takes the order number's issuer when a person signs, and nothing when a sentence precedes the date", () => {
    const text = '北京市人民政府令第301号\n\n现予公布。\n\n市长　×××\n\n二〇二一年十一月二十六日\n';
    const order = { start: 0, end: 7, text: '北京市人民政府' };
    expect(issuers(text, order)).toEqual(['北京市人民政府']);
    expect(issuers(text)).toEqual([]);
    expect(issuers('The plan shall be implemented from the date of issue.\nMarch 1, 2022\n')).toEqual([]);
  });

  it('returns the order issuer, or nothing, when there is no date', () => {
    expect(issuers('no date here')).toEqual([]);
  });
});
