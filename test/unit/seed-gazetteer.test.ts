import { describe, expect, it } from 'vitest';
import { createEntityMatcher } from '../../seed/extract/entity-matcher.ts';
import { gazetteer, gazetteerById } from '../../seed/extract/gazetteer.ts';

const matcher = createEntityMatcher(gazetteer);
const found = (text: string) => matcher.find(text, 0, text.length).map((m) => [m.entry.id, text.slice(m.start, m.end)]);

describe('gazetteer', () => {
  it('loads with the required entries and hierarchy', () => {
    for (const id of [
      'park:zhongguancun-national-independent-innovation-demonstration-zone',
      'park:haidian-park',
      'park:zhongguancun-software-park',
      'park:financial-street',
      'park:lize-financial-business-district',
      'park:beijing-capital-international-airport',
      'park:beijing-daxing-international-airport',
      'park:beijing-daxing-international-airport-economic-zone',
      'park:huairou-science-city',
      'park:future-science-city',
      'park:beijing-economic-and-technological-development-zone',
      'park:wangfujing-pedestrian-street',
      'park:tongzhou-cultural-tourism-area',
      'park:longfu-temple-area',
      'park:sino-german-international-cooperation-industrial-park',
      'park:china-japan-international-cooperation-industrial-park',
      'park:huairou-film-and-television-base',
      'park:national-cultural-and-financial-cooperation-demonstration-zone',
      'agency:state-council',
      'agency:ministry-of-commerce',
      'agency:ministry-of-finance',
      'agency:state-administration-of-taxation',
      'agency:peoples-bank-of-china',
      'agency:ministry-of-justice',
      'agency:beijing-municipal-peoples-government',
      'agency:cpc-central-committee',
      'industry:venture-capital',
      'industry:digital-trade',
      'industry:open-source-software',
      'industry:hydrogen-energy',
    ]) {
      expect(gazetteerById.has(id), id).toBe(true);
    }
    expect(gazetteerById.get('park:haidian-park')?.partOf).toBe('park:zhongguancun-national-independent-innovation-demonstration-zone');
  });

  it('never lists Beijing itself as a park', () => {
    for (const e of gazetteer.filter((x) => x.label === 'Park')) {
      expect([e.name, ...e.aliases].map((s) => s.toLowerCase())).not.toContain('beijing');
      expect(e.aliases).not.toContain('北京');
    }
  });

  it('matches case, hyphen and stutter variants, longest first', () => {
    expect(found('in Beijing Sino German international cooperation Industrial Park')).toEqual([
      ['park:sino-german-international-cooperation-industrial-park', 'Beijing Sino German international cooperation Industrial Park'],
    ]);
    expect(found('the sino-german International Cooperation Industrial Park')).toEqual([
      ['park:sino-german-international-cooperation-industrial-park', 'sino-german International Cooperation Industrial Park'],
    ]);
    expect(found('Beijing Daxing International Airport Airport Airport Airport Economic Zone')).toEqual([
      [
        'park:beijing-daxing-international-airport-economic-zone',
        'Beijing Daxing International Airport Airport Airport Airport Economic Zone',
      ],
    ]);
    expect(found('Based on Zhongguancun Software Park and 中关村海淀园')).toEqual([
      ['park:zhongguancun-software-park', 'Zhongguancun Software Park'],
      ['park:haidian-park', '中关村海淀园'],
    ]);
    expect(found('determined by the Ministry of finance')).toEqual([['agency:ministry-of-finance', 'Ministry of finance']]);
  });

  it('matches acronyms only in capitals and never inside words', () => {
    expect(found('safe and orderly flow; chips made with AI')).toEqual([
      ['industry:integrated-circuits', 'chips'],
      ['industry:artificial-intelligence', 'AI'],
    ]);
    expect(found('SAFE approves; Zhongguancunxyz')).toEqual([['agency:state-administration-of-foreign-exchange', 'SAFE']]);
  });

  // The matcher only tries the forms that the word after the first one allows, and only at words that begin a form:
  // these are the spellings those shortcuts must not lose.
  it('finds forms after a stuttered first word, with "and", hyphens, Zone/Area swapped, and from inside a word', () => {
    expect(found('Promote Beijing Beijing Financial Street now.')).toEqual([['park:financial-street', 'Beijing Beijing Financial Street']]);
    expect(found('in BEIJING ECONOMIC-TECHNOLOGICAL DEVELOPMENT AREA.')).toEqual([
      ['park:beijing-economic-and-technological-development-zone', 'BEIJING ECONOMIC-TECHNOLOGICAL DEVELOPMENT AREA'],
    ]);
    expect(found('near Longfusi Zone and Longfusi area')).toEqual([
      ['park:longfu-temple-area', 'Longfusi Zone'],
      ['park:longfu-temple-area', 'Longfusi area'],
    ]);
    expect(found('Xbeijing Financial Street')).toEqual([['park:financial-street', 'Financial Street']]);
    const text = 'Xbeijing Financial Street';
    expect(matcher.find(text, 1, text.length).map((m) => text.slice(m.start, m.end))).toEqual(['beijing Financial Street']);
  });

  it('finds every occurrence of a Chinese form, back to back too', () => {
    expect(found('金融街和中关村中关村')).toEqual([
      ['park:financial-street', '金融街'],
      ['park:zhongguancun-national-independent-innovation-demonstration-zone', '中关村'],
      ['park:zhongguancun-national-independent-innovation-demonstration-zone', '中关村'],
    ]);
  });
});
