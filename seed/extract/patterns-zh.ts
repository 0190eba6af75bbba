/**
 * Chinese discovery rules. Chinese has no spaces, so a rule cannot find where a name begins by itself;
 * every rule is anchored on something it knows: a government prefix (北京市 / a district / 市 / 区) before a
 * known office (商务局, 卫生健康委 …), a district or 中关村 before a park suffix, a known park before
 * 管委会, or a 、-list closed by 等产业/等领域. Rules that cannot be anchored (…部, bare …区) are left out:
 * 各区商务部门 shows what an unanchored 商务部 would find.
 */
import offices from '../gazetteer/agency-offices.json' with { type: 'json' };
import type { Discovery } from './discovery.ts';
import { gazetteer, type ParkKind } from './gazetteer.ts';
import { DISTRICTS, type IssuingPlace } from './issuing-place.ts';

const byLength = (a: string, b: string) => b.length - a.length;
const OFFICE_EN = new Map<string, string>(
  (offices as { zh: string[]; en: string }[]).flatMap((o) => o.zh.map((zh) => [zh, o.en] as const)),
);
const OFFICES = [...OFFICE_EN.keys()].sort(byLength).join('|');
const DISTRICT_ZH = DISTRICTS.map((d) => d.zh).join('|');
// 各区/全市/本市/城市: "every district", "the whole city", not one government.
const AGENCY = new RegExp(`(?<![各全本城省])(?:(北京市)?(${DISTRICT_ZH})区|(北京市|市|区))(${OFFICES})`, 'g');

// A name's middle: no punctuation, no particles that join two phrases.
const MIDDLE = String.raw`[^\s\p{P}\d的在和与及对向为等]`;
const PARK_SUFFIX: [string, ParkKind][] = [
  ['综合保税区', 'zone'],
  ['保税区', 'zone'],
  ['示范区', 'zone'],
  ['开发区', 'zone'],
  ['经济区', 'zone'],
  ['商务区', 'district'],
  ['科学城', 'science city'],
  ['产业园区', 'park'],
  ['科技园区', 'park'],
  ['产业园', 'park'],
  ['园区', 'park'],
  ['园', 'park'],
  ['基地', 'base'],
  ['街区', 'street'],
];
const PARK = new RegExp(`(?:${DISTRICT_ZH}|中关村)${MIDDLE}{0,6}?(?:${PARK_SUFFIX.map(([s]) => s).join('|')})`, 'gu');

const PARK_NAMES = gazetteer
  .filter((e) => e.label === 'Park')
  .flatMap((e) => [e.name, ...e.aliases].filter((a) => /^[\u4e00-\u9fff（）()]+$/.test(a)).map((zh) => [zh, e.name] as const));
const COMMITTEE = new RegExp(
  `(${PARK_NAMES.map(([zh]) => zh)
    .sort(byLength)
    .join('|')})(?:管委会|管理委员会)`,
  'g',
);

const INDUSTRY_LIST = /((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}?)等(?:产业|领域|行业)/g;

// Characters each rule cannot match without (an office hangs on 市 or 区, a committee is a 管委会 / 管理委员会, a list
// ends in 等): checking for them first spares the rules' scans of the many stretches that name none.
const AGENCY_NEEDS = /[市区]/;
const COMMITTEE_NEEDS = '管';
const INDUSTRY_NEEDS = '等';

function agencies(slice: string, from: number, place: IssuingPlace): Discovery[] {
  const out: Discovery[] = [];
  if (!AGENCY_NEEDS.test(slice) && !slice.includes(COMMITTEE_NEEDS)) return out;
  for (const m of slice.matchAll(AGENCY)) {
    const [, , districtZh, relative, office] = m;
    const district = districtZh ? DISTRICTS.find((d) => d.zh === districtZh)?.en : relative === '区' ? place.district : undefined;
    const city = relative === '北京市' || m[1] ? 'Beijing' : relative === '市' ? place.city : undefined;
    const owner = district ? `${district} District` : city ? `${city} Municipal` : undefined;
    const start = from + m.index;
    const end = start + m[0].length;
    // 区财政局 with no district known is still a district office: it hides 财政 but names nobody.
    if (!owner) out.push({ label: 'Agency', name: m[0], start, end, blockOnly: true });
    else
      out.push({
        label: 'Agency',
        name: OFFICE_EN.get(office!)!.replace('{}', owner),
        start,
        end,
        level: district ? 'district' : 'municipal',
      });
  }
  for (const m of slice.includes(COMMITTEE_NEEDS) ? slice.matchAll(COMMITTEE) : []) {
    const park = PARK_NAMES.find(([zh]) => zh === m[1])![1];
    out.push({
      label: 'Agency',
      name: `${park} Administrative Committee`,
      start: from + m.index,
      end: from + m.index + m[0].length,
      level: 'municipal',
    });
  }
  return out;
}

function parks(slice: string, from: number): Discovery[] {
  return [...slice.matchAll(PARK)].map((m) => ({
    label: 'Park' as const,
    name: m[0],
    start: from + m.index,
    end: from + m.index + m[0].length,
    kind: PARK_SUFFIX.find(([s]) => m[0].endsWith(s))![1],
  }));
}

function industries(text: string, slice: string, from: number): Discovery[] {
  const out: Discovery[] = [];
  if (!slice.includes(INDUSTRY_NEEDS)) return out;
  for (const m of slice.matchAll(INDUSTRY_LIST)) {
    let at = from + m.index;
    m[1]!.split('、').forEach((item, i) => {
      // The first item runs into the words before it (发展人工智能): without a break before it, its start is unknown.
      const before = text[from + m.index - 1];
      const clean = i > 0 || (before !== undefined && /[\s\p{P}]/u.test(before));
      if (clean) out.push({ label: 'Industry', name: item, start: at, end: at + item.length, yieldsToGazetteer: true });
      at += item.length + 1;
    });
  }
  return out;
}

/** Chinese discoveries in text[from, to); `place` resolves 市/区 offices to the issuing government's. */
export function discoverChinese(text: string, from: number, to: number, place: IssuingPlace): Discovery[] {
  const slice = text.slice(from, to);
  if (!/[\u4e00-\u9fff]/.test(slice)) return [];
  return [...agencies(slice, from, place), ...parks(slice, from), ...industries(text, slice, from)];
}
