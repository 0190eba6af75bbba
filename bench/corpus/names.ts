/**
 * Entities a generated document names: gazetteer parks, agencies and industries under varying spellings, and new
 * ones (in English, shaped for the pattern rules to discover; in Chinese, the same names as a translator would give
 * them). A plan holds a draw `r` per name, not a string, so a Chinese document and its English translation name
 * the same entities.
 */
import { type GazetteerEntry, gazetteer } from '../../seed/extract/gazetteer.ts';
import { random } from '../random.ts';
import { pick, type Rng } from './rng.ts';

export type Lang = 'zh' | 'en';

/** How a text is written: Chinese, English, or English translated from Chinese (no Chinese names left in it). */
export interface Voice {
  lang: Lang;
  translated: boolean;
}

/** A gazetteer entity and the draw that picks its spelling. */
export interface NameRef {
  entry: GazetteerEntry;
  r: number;
}

/** A known entity or the n-th new one (pools that grow with the corpus, so new names recur across documents). */
export type Mention = { known: NameRef } | { fresh: number };

const isChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);
const withChinese = (e: GazetteerEntry) => e.aliases.some(isChinese);

// Every entity drawn has a Chinese alias, so a Chinese document never falls back to an English name.
export const PARKS = gazetteer.filter((e) => e.label === 'Park' && e.kind !== 'district' && withChinese(e));
export const AGENCIES = gazetteer.filter((e) => e.label === 'Agency' && withChinese(e));
export const INDUSTRIES = gazetteer.filter((e) => e.label === 'Industry' && withChinese(e));

export const nameRef = (rng: Rng, entries: readonly GazetteerEntry[]): NameRef => ({ entry: pick(rng, entries), r: rng() });

const at = <T>(items: readonly T[], r: number) => items[Math.min(items.length - 1, Math.floor(r * items.length))]!;

/** Chinese: one of its Chinese aliases. English: the name 60 % of the time, else an alias (a Chinese one too, unless translated). */
export function spell(ref: NameRef, voice: Voice): string {
  const { entry, r } = ref;
  if (voice.lang === 'zh') return at(entry.aliases.filter(isChinese), r);
  const aliases = voice.translated ? entry.aliases.filter((a) => !isChinese(a)) : entry.aliases;
  return r < 0.6 || aliases.length === 0 ? entry.name : at(aliases, (r - 0.6) / 0.4);
}

// Syllables for names the gazetteer does not know: capitalised so the discovery patterns see a name.
const SYLLABLES = ['Xing', 'He', 'Lan', 'Ting', 'Yun', 'Qiao', 'Shan', 'Hai', 'Feng', 'Lin', 'Bei', 'Ming', 'Jin', 'Hua', 'Rui'];
const SYLLABLES_ZH = ['星', '河', '兰', '亭', '云', '桥', '山', '海', '峰', '林', '贝', '明', '锦', '华', '瑞'];
const PARK_KINDS = ['Science Park', 'Industrial Park', 'Innovation Base', 'Digital Zone', 'Science City'];
const PARK_KINDS_ZH = ['科技园', '产业园', '创新基地', '数字园区', '科学城'];
const AGENCY_FORMS = [
  'Beijing Municipal Commission of {} Affairs',
  'Beijing Municipal Bureau of {} Development',
  'State Administration of {} Resources',
];
const AGENCY_FORMS_ZH = ['北京市{}事务委员会', '北京市{}发展局', '国家{}资源管理局'];

function freshName(seed: number, forms: readonly string[], formsZh: readonly string[], lang: Lang): string {
  const rng = random(seed);
  const a = Math.floor(rng() * SYLLABLES.length);
  const b = Math.floor(rng() * SYLLABLES.length);
  const form = Math.floor(rng() * forms.length);
  if (lang === 'zh') return formsZh[form]!.replace('{}', SYLLABLES_ZH[a]! + SYLLABLES_ZH[b]!);
  return forms[form]!.replace('{}', SYLLABLES[a]! + SYLLABLES[b]!.toLowerCase());
}

const PARK_FORMS = PARK_KINDS.map((k) => `{} ${k}`);
const PARK_FORMS_ZH = PARK_KINDS_ZH.map((k) => `{}${k}`);

export function mentionPark(m: Mention, voice: Voice): string {
  return 'known' in m ? spell(m.known, voice) : freshName(m.fresh * 7919 + 1, PARK_FORMS, PARK_FORMS_ZH, voice.lang);
}

export function mentionAgency(m: Mention, voice: Voice): string {
  return 'known' in m ? spell(m.known, voice) : freshName(m.fresh * 104_729 + 3, AGENCY_FORMS, AGENCY_FORMS_ZH, voice.lang);
}

// New industries, listed as "industries such as A, B and C" so the list rule discovers them. 无人驾驶, not 自动驾驶: the
// latter is a gazetteer alias of intelligent connected vehicles.
export const NEW_INDUSTRIES = [
  ['quantum computing', '量子计算'],
  ['satellite internet', '卫星互联网'],
  ['commercial aerospace', '商业航天'],
  ['synthetic biology', '合成生物'],
  ['smart logistics', '智慧物流'],
  ['marine engineering', '海洋工程'],
  ['industrial software', '工业软件'],
  ['digital health', '数字健康'],
  ['cold chain storage', '冷链仓储'],
  ['green finance', '绿色金融'],
  ['carbon trading', '碳交易'],
  ['data labelling', '数据标注'],
  ['low altitude economy', '低空经济'],
  ['autonomous driving', '无人驾驶'],
  ['precision medicine', '精准医疗'],
  ['virtual reality', '虚拟现实'],
  ['robotics', '机器人'],
  ['new materials', '新材料'],
] as const;
