import { describe, expect, it } from 'vitest';
import { createEntityMatcher } from '../../seed/extract/entity-matcher.ts';
import { gazetteer } from '../../seed/extract/gazetteer.ts';
import { nameKey } from '../../seed/extract/name-key.ts';

// Spellings of one entity, from the layout fixtures, the shipped documents and the issue.
const MUST_MERGE: [string, string][] = [
  ['shougang park', 'Shougang Park'],
  ['Beijing Economic-Technological Development Zone', 'Beijing Economic and Technological Development Zone'],
  ['Beijing Economic-Technological Development Zone', 'Beijing Economic and Technological Development Area'],
  ['Beijing Municipal Bureau of Commerce', 'Beijing Municipal Commerce Bureau'],
  ['Municipal Bureau of Commerce', 'Beijing Municipal Commerce Bureau'],
  ['Municipal Finance Bureau', 'Beijing Municipal Finance Bureau'],
  ['Municipal Administration for Market Regulation', 'Beijing Municipal Administration for Market Regulation'],
  ["Municipal People's Government", "Beijing Municipal People's Government"],
  ["People's Government of Beijing Municipality", "Beijing Municipal People's Government"],
  ["Daxing District People's Government of Beijing Municipality", "Daxing District People's Government"],
  ['General Office of the State Council', 'State Council General Office'],
  ['State Administration of Taxation', 'State Taxation Administration'],
  ['Administrative Committee of Zhongguancun Science Park', 'Zhongguancun Science Park Administrative Committee'],
  ['Beijing Daxing International Airport Airport Economic Zone', 'Daxing International Airport Economic Zone'],
  ['Sino German International Cooperation Industrial Park', 'Sino-German International Cooperation Industrial Park'],
  ['Research & Development Base', 'Research and Development Base'],
  ['Beijing Municipal Local Financial Supervision and Administration', 'Beijing Local Financial Supervision and Administration'],
  ['Haidian District Bureau of Science, Technology and Information', 'Haidian District Science Technology and Information Bureau'],
  ['Ministry of finance', 'Ministry of Finance'],
  ['Beijing Financial Street', 'Financial Street'],
  ['北京市海淀区人民政府', '海淀区人民政府'],
  ['海淀区政府', '海淀区人民政府'],
  ['国家卫生健康委员会', '国家卫生健康委'],
  ['北京市人民政府', '北京市政府'],
];

// Different entities whose names look alike.
const MUST_NOT_MERGE: [string, string][] = [
  ['District Commerce Bureau', 'Municipal Commerce Bureau'],
  ['Daxing District Commerce Bureau', 'Chaoyang District Commerce Bureau'],
  ['Haidian District Finance Bureau', 'Beijing Municipal Finance Bureau'],
  ['Shijingshan District Finance Bureau', 'Haidian District Finance Bureau'],
  ["Daxing District People's Government", "Beijing Municipal People's Government"],
  ['Ministry of Commerce', 'Beijing Municipal Commerce Bureau'],
  ['Ministry of Finance', 'Municipal Finance Bureau'],
  ['State Administration for Market Regulation', 'Beijing Municipal Administration for Market Regulation'],
  ['National Health Commission', 'Beijing Municipal Health Commission'],
  ['Zhongguancun Administrative Committee', 'Zhongguancun'],
  ['Zhongguancun Science Park Administrative Committee', 'Zhongguancun Science Park'],
  ['Beijing Daxing International Airport', 'Beijing Daxing International Airport Economic Zone'],
  ['Beijing Daxing International Airport Comprehensive Bonded Zone', 'Beijing Daxing International Airport Economic Zone'],
  ['Haidian Park', 'Haidian District'],
  ['Zhongguancun Science City', 'Zhongguancun Software Park'],
  ['Beijing Customs', 'General Administration of Customs'],
  ['General Office of the State Council', "General Office of the Beijing Municipal People's Government"],
  ['SAFE', 'safe'],
  ['AI', 'ai'],
  ['市商务局', '商务部'],
  ['区财政局', '市财政局'],
  ['北京大兴国际机场', '北京大兴国际机场综合保税区'],
];

describe('nameKey', () => {
  it.each(MUST_MERGE)('merges "%s" with "%s"', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each(MUST_NOT_MERGE)('keeps "%s" apart from "%s"', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it('lists enough pairs of each kind to mean something', () => {
    expect(MUST_MERGE.length).toBeGreaterThanOrEqual(15);
    expect(MUST_NOT_MERGE.length).toBeGreaterThanOrEqual(15);
  });
});

describe('gazetteer lookup by key', () => {
  const matcher = createEntityMatcher(gazetteer);
  const lookup = (name: string, label?: 'Park' | 'Agency' | 'Industry') => matcher.lookup(name, label)?.name;

  it('resolves discovered spellings to the gazetteer entry', () => {
    expect(lookup('Beijing Municipal Commission of Commerce')).toBe('Beijing Municipal Commerce Bureau');
    expect(lookup('Municipal Bureau of Commerce')).toBe('Beijing Municipal Commerce Bureau');
    expect(lookup('Beijing Economic-Technological Development Zone')).toBe('Beijing Economic and Technological Development Zone');
    expect(lookup('shougang park')).toBe('Shougang Park');
    expect(lookup('Beijing Municipal Local Financial Supervision and Administration')).toBe(
      'Beijing Local Financial Supervision and Administration',
    );
  });

  it('never resolves an agency to a park', () => {
    expect(lookup('Zhongguancun Administrative Committee', 'Agency')).toBe('Zhongguancun Science Park Administrative Committee');
    expect(lookup('Zhongguancun', 'Agency')).toBeUndefined();
    expect(lookup('Zhongguancun', 'Park')).toBe('Zhongguancun National Independent Innovation Demonstration Zone');
  });
});
