import { describe, expect, it } from 'vitest';
import { createEntityMatcher } from '../../seed/extract/entity-matcher.ts';
import { gazetteer } from '../../seed/extract/gazetteer.ts';
import { type IssuingPlace, issuingPlace } from '../../seed/extract/issuing-place.ts';
import { findMentions } from '../../seed/extract/mentions.ts';
import { discoverEntities } from '../../seed/extract/patterns.ts';

const matcher = createEntityMatcher(gazetteer);
const HAIDIAN: IssuingPlace = { city: 'Beijing', district: 'Haidian' };
const mentions = (text: string, place?: IssuingPlace) =>
  findMentions(matcher, text, 0, text.length, place).map((m) => [
    text.slice(m.start, m.end),
    m.label,
    m.name,
    m.entry ? 'gazetteer' : 'discovered',
  ]);

describe('issuingPlace', () => {
  it('reads the district from the issuer, in either language, and defaults the city to Beijing', () => {
    expect(issuingPlace('北京市海淀区人民政府')).toEqual({ city: 'Beijing', district: 'Haidian' });
    expect(issuingPlace("Shijingshan District People's Government")).toEqual({ city: 'Beijing', district: 'Shijingshan' });
    expect(issuingPlace('国务院')).toEqual({ city: 'Beijing' });
    expect(issuingPlace(undefined)).toEqual({ city: 'Beijing' });
  });
});

describe('Chinese agencies', () => {
  it('resolves 市 and 区 offices through the issuing government', () => {
    expect(mentions('区财政局给予补贴，市商务局支持，区政府报告。', HAIDIAN)).toEqual([
      ['区财政局', 'Agency', 'Haidian District Finance Bureau', 'gazetteer'],
      ['市商务局', 'Agency', 'Beijing Municipal Commerce Bureau', 'gazetteer'],
      ['区政府', 'Agency', "Haidian District People's Government", 'gazetteer'],
    ]);
    expect(mentions('区财政局给予补贴。', { city: 'Beijing', district: 'Shijingshan' })[0]?.[2]).toBe(
      'Shijingshan District Finance Bureau',
    );
  });

  it('translates offices the gazetteer lacks, so the English spelling of another document merges with them', () => {
    const [zh] = findMentions(matcher, '朝阳区体育局负责。', 0, 8);
    const [en] = findMentions(matcher, 'The Chaoyang District Sports Bureau is responsible.', 0, 50);
    expect(zh).toMatchObject({ name: 'Chaoyang District Sports Bureau', level: 'district' });
    expect(en?.id).toBe(zh?.id);
  });

  it('names nobody when 区 has no district to resolve to, and hides the words inside', () => {
    expect(mentions('区财政局安排资金。', { city: 'Beijing' })).toEqual([]);
  });

  it('does not read a ministry into 各区商务部门, nor one government into 各区人民政府', () => {
    expect(mentions('各区商务部门、财政局，各区人民政府')).toEqual([]);
  });

  it('does not read the State Council acting into a citation of its order', () => {
    expect(mentions('根据《优化营商环境条例》（国务院令第722号）')).toEqual([]);
    expect(mentions('the Regulations (State Council Order No. 722)')).toEqual([]);
    expect(mentions('国务院批复如下')).toEqual([['国务院', 'Agency', 'State Council', 'gazetteer']]);
  });

  it('reads a park committee as an agency, never as the park', () => {
    expect(mentions('由中关村管委会负责解释')).toEqual([
      ['中关村管委会', 'Agency', 'Zhongguancun Science Park Administrative Committee', 'gazetteer'],
    ]);
    expect(mentions('北京经济技术开发区管委会负责')).toEqual([
      ['北京经济技术开发区管委会', 'Agency', 'Beijing Economic and Technological Development Zone Administrative Committee', 'discovered'],
    ]);
  });
});

describe('Chinese parks and industries', () => {
  it('lets the longest name win', () => {
    expect(mentions('支持北京大兴国际机场综合保税区和北京大兴国际机场临空经济区')).toEqual([
      ['北京大兴国际机场综合保税区', 'Park', 'Beijing Daxing International Airport Comprehensive Bonded Zone', 'gazetteer'],
      ['北京大兴国际机场临空经济区', 'Park', 'Beijing Daxing International Airport Economic Zone', 'gazetteer'],
    ]);
  });

  it('discovers parks anchored on a district or Zhongguancun, and nothing unanchored', () => {
    expect(mentions('支持海淀北部生态科技园区建设，建设跨境电子商务示范园区和实训基地')).toEqual([
      ['海淀北部生态科技园区', 'Park', '海淀北部生态科技园区', 'discovered'],
      ['跨境电子商务', 'Industry', 'Cross-border e-commerce', 'gazetteer'],
    ]);
    expect(discoverEntities('在海淀区落地。', 0, 7).filter((d) => d.label === 'Park')).toEqual([]);
  });

  it('discovers the items of a list closed by 等产业, deferring to gazetteer names', () => {
    expect(mentions('重点发展低空经济、商业航天、人工智能等产业。')).toEqual([
      ['商业航天', 'Industry', '商业航天', 'discovered'],
      ['人工智能', 'Industry', 'Artificial intelligence', 'gazetteer'],
    ]);
    expect(mentions('聚焦：低空经济、商业航天等领域')).toEqual([
      ['低空经济', 'Industry', '低空经济', 'discovered'],
      ['商业航天', 'Industry', '商业航天', 'discovered'],
    ]);
  });
});

describe('English traps', () => {
  it('keeps "Finance" in an agency name and "district finance" out of the finance industry', () => {
    expect(
      mentions('the Commerce and Finance Bureau of the zone; the Municipal Finance Bureau; The district finance arranges funds'),
    ).toEqual([['Municipal Finance Bureau', 'Agency', 'Beijing Municipal Finance Bureau', 'gazetteer']]);
    expect(mentions('support fintech enterprises in consumer finance innovation').map((m) => m[0])).toEqual(['fintech', 'finance']);
  });

  it('matches AI as a whole word only', () => {
    expect(mentions('use AI and AIDS research; MAIN').map((m) => m[0])).toEqual(['AI']);
  });

  it('resolves District bureaus only when the district is known', () => {
    expect(mentions('the District Commerce Bureau gives', { city: 'Beijing', district: 'Chaoyang' })).toEqual([
      ['District Commerce Bureau', 'Agency', 'Chaoyang District Commerce Bureau', 'gazetteer'],
    ]);
    expect(mentions('the District Commerce Bureau gives', { city: 'Beijing' })).toEqual([]);
  });

  it('does not take the municipal government out of a district government of Beijing Municipality', () => {
    const found = mentions("Daxing District People's Government of Beijing Municipality");
    expect(found.map((m) => m[2])).toEqual(["Daxing District People's Government"]);
  });
});
