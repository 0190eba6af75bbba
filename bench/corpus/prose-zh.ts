/** Chinese phrases, in the register of municipal and State Council documents; each table parallels the English one. */
import { FIRST_YEAR, YEARS } from './doc-numbers.ts';
import { mentionAgency, mentionPark, NEW_INDUSTRIES, spell, type Voice } from './names.ts';
import type { Citation, Plan } from './plan.ts';
import type { Prose } from './prose.ts';

const VERBS = ['支持', '鼓励', '支持', '探索', '允许', '推动试点'];
const OBJECTS = [
  '企业建设公共服务平台',
  '符合条件的外资机构开展业务',
  '设立国际合作中心',
  '新建项目审批程序改革',
  '跨境数据流动试点项目',
  '境外职业资格认可',
  '金融机构提供供应链融资',
  '共享实验室和测试平台建设',
];
const TITLES = ['深化{}服务改革', '推进{}开放', '加大对{}的支持力度', '完善{}政策体系', '建设{}示范区', '拓展{}国际合作'];
const CATEGORY_TITLES = [
  '深化重点服务业改革开放',
  '推进产业园区开放',
  '形成与国际接轨的制度创新体系',
  '强化要素保障和营商环境',
  '完善风险防控',
];
const DOC_VERBS = ['促进', '深化', '加快'];
const KINDS = { opinions: '意见', plan: '实施方案', regulation: '规定', measures: '若干措施', reply: '批复' };
const HEADINGS = {
  tasks: '主要任务',
  requirements: '总体要求',
  goals: '发展目标',
  safeguards: '保障措施',
  organisation: '组织实施',
  supporting: '保障措施',
  general: '总则',
  supplementary: '附则',
};
const zhAlias = (aliases: readonly string[]) => aliases.find((a) => /[\u4e00-\u9fff]/.test(a))!;

export function chineseProse(plan: Plan): Prose {
  const voice: Voice = { lang: 'zh', translated: false };
  const issuer = plan.own.series.issuerZh;
  const topic = zhAlias(plan.topic.aliases);
  const cite = (c: Citation) => {
    if ('guoHan' in c) return '国函〔2020〕123号';
    if ('district' in c) return `京海政发〔${c.district.year}〕${c.district.serial}号`;
    return `${c.corpus.series.chinese}〔${c.corpus.year}〕${c.corpus.serial}号`;
  };
  return {
    voice,
    gap: '',
    title: (kind) => `${issuer}关于${DOC_VERBS[plan.verb]}${topic}发展的${KINDS[kind]}（${plan.index + 1}）`,
    number: () => `${plan.own.series.chinese}〔${plan.own.year}〕${plan.own.serial}号`,
    addressee: () => '各区人民政府，市政府各委、办、局，各市属机构：',
    preamble: (kind) => {
      const basis = plan.cited.map((c) => `有关文件（${cite(c)}）`).join('和');
      const what = kind === 'regulation' ? '制定本规定' : `现提出如下${KINDS[kind]}，请认真贯彻落实`;
      return basis ? `为贯彻落实${basis}精神，${what}。` : `${what}。`;
    },
    issuer: () => issuer,
    date: () => `${plan.own.year}年${plan.month}月${plan.day}日`,
    published: () => '（此件公开发布）',
    goal: () =>
      `到${FIRST_YEAR + YEARS}年，${topic}产业增加值占全市地区生产总值比重超过${plan.goal.share}%，产业规模突破${plan.goal.scale}亿元。`,
    heading: (key) => HEADINGS[key],
    category: (c) => CATEGORY_TITLES[c.title]!,
    taskTitle: (task) => {
      const subject = 'park' in task.subject ? spell(task.subject.park, voice) : zhAlias(task.subject.industry.aliases);
      return `${TITLES[task.title]!.replace('{}', subject)}。`;
    },
    measure: (m) => {
      let s = `${VERBS[m.verb]}${OBJECTS[m.object]}`;
      if (m.park) s += `，在${mentionPark(m.park, voice)}先行先试`;
      if (m.industry) s += `，服务${spell(m.industry, voice)}发展`;
      if (m.list) s += `，培育${m.list.map((i) => NEW_INDUSTRIES[i]![1]).join('、')}等产业`;
      if (m.agency && 'known' in m.agency) s += `，具体由${mentionAgency(m.agency, voice)}会同有关部门确定`;
      else if (m.agency) s += `，${mentionAgency(m.agency, voice)}负责制定实施细则`;
      if (m.amount) s += `，单个项目最高补贴${m.amount * 100}万元`;
      if (m.year) s += `，${m.year}年底前完成`;
      return `${s}。`;
    },
    safeguards: () => [
      '加强组织领导。各部门要加强统筹协调，每年报告工作进展。',
      '强化资金保障。统筹使用各级财政资金。',
      '加强评估考核。每年对实施情况进行评估。',
    ],
    replyItems: () => [
      '原则同意《方案》。',
      '要加强组织领导，认真组织实施。',
      '有关部门要按照职责分工给予支持。',
      '实施中的重大问题要及时请示报告。',
    ],
    generalArticles: () => [`为了促进本市${topic}发展，制定本规定。`, '本市行政区域内的相关活动，适用本规定。'],
    finalArticle: () => '本规定自公布之日起施行。',
    closing: () => '本文件自印发之日起施行。',
  };
}
