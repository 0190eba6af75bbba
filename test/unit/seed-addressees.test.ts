import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAddressees } from '../../seed/parse/addressees.ts';
import { findOutline } from '../../seed/parse/outline.ts';

/** Addressees of a document whose own number is on the first line. */
function addressees(salutation: string, rest = '\n\nThe reply is as follows:\n\n1. Agree.\n'): string[] {
  const text = `国函〔2021〕27号\n\n${salutation}${rest}`;
  const found = findAddressees(text, findOutline(text).lines, text.indexOf('\n'));
  for (const r of found) expect(text.slice(r.start, r.end)).toBe(r.text);
  return found.map((r) => r.text);
}

describe('findAddressees', () => {
  it.each([
    ['北京市人民政府、商务部：', ['北京市人民政府', '商务部']],
    ['各街道办事处、镇人民政府，区政府各委、办、局，各区属机构：', ['各街道办事处、镇人民政府', '区政府各委、办、局', '各区属机构']],
    ['各区人民政府，市政府各委、办、局，各市属机构：', ['各区人民政府', '市政府各委、办、局', '各市属机构']],
    ["Beijing Municipal People's Government and Ministry of Commerce:", ["Beijing Municipal People's Government", 'Ministry of Commerce']],
    [
      'All sub-district offices and all departments of the district government:',
      ['All sub-district offices', 'all departments of the district government'],
    ],
    ['Ministry of Industry and Information Technology:', ['Ministry of Industry and Information Technology']],
    [
      'The commerce departments of all districts, and the Commerce and Finance Bureau of the Beijing Economic-Technological Development Zone:',
      [
        'The commerce departments of all districts',
        'the Commerce and Finance Bureau of the Beijing Economic-Technological Development Zone',
      ],
    ],
    [
      "To the people's governments of all provinces, autonomous regions and municipalities directly under the central government, all ministries and commissions under the State Council:",
      [
        "the people's governments of all provinces, autonomous regions and municipalities directly under the central government",
        'all ministries and commissions under the State Council',
      ],
    ],
    [
      'Each street office, area office, district government committees, offices, bureaus, each district-owned company:',
      ['Each street office', 'area office', 'district government committees, offices, bureaus', 'each district-owned company'],
    ],
  ])('%s', (salutation, expected) => expect(addressees(salutation)).toEqual(expected));

  it('finds no salutation in a regulation, an annex line or the body', () => {
    expect(addressees('《规定》已经市人民政府常务会议审议通过，现予公布。', '\n\n市长　×××\n\n第五条　下列事项：\n')).toEqual([]);
    expect(addressees('附件：北京市工作方案', '\n')).toEqual([]);
    expect(addressees('Your request has been received. The reply is as follows:', '\n')).toEqual([]);
  });

  it('looks only at the two lines after the given offset', () => {
    const text = 'Title line\n\nGuo Fa [2022] No. 6\n\nIntro sentence without colon\n\nSecond line\n\nLate addressee:\n';
    expect(findAddressees(text, findOutline(text).lines, text.indexOf('Guo Fa') + 19)).toEqual([]);
  });
});

describe('findAddressees on the shipped State Council reply', () => {
  it('reads the salutation under its own number, past the news summary above it', () => {
    const text = readFileSync(new URL('../../seed/documents/beijing-service-opening-2020.txt', import.meta.url), 'utf8');
    const own = text.indexOf('国函〔2020〕123号');
    const found = findAddressees(text, findOutline(text).lines, own + '国函〔2020〕123号'.length);
    expect(found.map((a) => a.text)).toEqual(["Beijing Municipal People's government", 'Ministry of Commerce']);
  });
});
