/** English phrases: the shipped document's machine-translated style, and translations of the Chinese corpus. */
import { FIRST_YEAR, YEARS } from './doc-numbers.ts';
import { mentionAgency, mentionPark, NEW_INDUSTRIES, spell, type Voice } from './names.ts';
import type { Citation, Plan } from './plan.ts';
import type { Prose } from './prose.ts';

const VERBS = ['We will support', 'We will encourage', 'Support', 'We will explore ways for', 'Allow', 'Promote the pilot of'];
const OBJECTS = [
  'enterprises in building public service platforms',
  'qualified foreign-invested institutions to carry out business',
  'the establishment of international cooperation centres',
  'the reform of approval procedures for new projects',
  'pilot projects for cross-border data flows',
  'the recognition of overseas professional qualifications',
  'financial institutions to provide supply chain financing',
  'the construction of shared laboratories and test beds',
];
const TITLES = [
  'Deepen the reform of {} services',
  'Promote the opening up of {}',
  'Strengthen support for {}',
  'Improve the policy system for {}',
  'Build a demonstration area for {}',
  'Expand international cooperation in {}',
];
const CATEGORY_TITLES = [
  'We will deepen reform and open up in key service industries.',
  'We will promote the opening up of industrial parks.',
  'To form a system of institutional innovation in line with international standards.',
  'We will strengthen the guarantee of factors and the business environment.',
  'We will improve risk prevention and control.',
];
const DOC_VERBS = ['promoting', 'deepening', 'accelerating'];
const KINDS = {
  opinions: 'Opinions',
  plan: 'Implementation Plan',
  regulation: 'Regulations',
  measures: 'Several Measures',
  reply: 'Reply',
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const HEADINGS = {
  tasks: 'Main Tasks',
  requirements: 'General Requirements',
  goals: 'Overall goals',
  safeguards: 'Safeguards',
  organisation: 'Organization and Implementation',
  supporting: 'Supporting Measures',
  general: 'General Provisions',
  supplementary: 'Supplementary Provisions',
};
const capital = (s: string) => s.replace(/^the /, '').replace(/^./, (c) => c.toUpperCase());

export function englishProse(plan: Plan, voice: Voice): Prose {
  const issuer = plan.own.series.issuer;
  const topic = plan.topic.name.toLowerCase();
  const cite = (c: Citation) => {
    if ('guoHan' in c) return voice.translated ? 'Guo Han [2020] No. 123' : '国函〔2020〕123号';
    if ('district' in c) return `Jing Hai Zheng Fa [${c.district.year}] No. ${c.district.serial}`;
    const n = c.corpus;
    return c.chineseForm && !voice.translated ? `${n.series.chinese}〔${n.year}〕${n.serial}号` : n.docNumber;
  };
  return {
    voice,
    gap: ' ',
    title: (kind) => `${KINDS[kind]} of ${issuer} on ${DOC_VERBS[plan.verb]} the development of ${topic} (${plan.index + 1})`,
    number: (spaced) => (spaced ? `${plan.own.series.english} 〔${plan.own.year}〕 No. ${plan.own.serial}` : plan.own.docNumber),
    addressee: () => "All district people's governments, all commissions, offices and bureaus of the municipal government:",
    preamble: (kind) => {
      const what =
        kind === 'regulation' ? 'these regulations are formulated' : `the following ${KINDS[kind].toLowerCase()} are put forward`;
      return plan.cited.length > 0
        ? `To implement ${plan.cited.map((c) => `the document (${cite(c)})`).join(' and ')}, ${what}. Please implement them conscientiously.`
        : `${what.replace(/^./, (c) => c.toUpperCase())}. Please implement them conscientiously.`;
    },
    issuer: () => capital(issuer),
    date: (style) =>
      style === 'day-first'
        ? `${plan.day} ${MONTHS[plan.month - 1]} ${plan.own.year}`
        : `${MONTHS[plan.month - 1]} ${plan.day}, ${plan.own.year}`,
    published: () => '(This document is published in public)',
    goal: () =>
      `By ${FIRST_YEAR + YEARS}, the added value of ${topic} will account for more than ${plan.goal.share}% of the city's GDP, and its scale will exceed ${plan.goal.scale / 10} billion yuan.`,
    heading: (key) => HEADINGS[key],
    category: (c) => CATEGORY_TITLES[c.title]!,
    taskTitle: (task) => {
      const subject = 'park' in task.subject ? spell(task.subject.park, voice) : task.subject.industry.name.toLowerCase();
      return `${TITLES[task.title]!.replace('{}', subject)}.`;
    },
    measure: (m) => {
      let s = `${VERBS[m.verb]} ${OBJECTS[m.object]}`;
      if (m.park) s += ` in ${mentionPark(m.park, voice)}`;
      if (m.industry) s += ` for ${spell(m.industry, voice).toLowerCase()}`;
      if (m.list) {
        const [a, b, c] = m.list.map((i) => NEW_INDUSTRIES[i]![0]);
        s += ` in industries such as ${a}, ${b} and ${c}`;
      }
      if (m.agency && 'known' in m.agency)
        s += `, which will be determined by the ${mentionAgency(m.agency, voice)} in consultation with relevant departments`;
      else if (m.agency) s += `, and the ${mentionAgency(m.agency, voice)} shall formulate detailed rules`;
      if (m.amount) s += `, with subsidies of up to ${m.amount} million yuan per project`;
      if (m.year) s += ` by the end of ${m.year}`;
      return `${s}.`;
    },
    safeguards: () => [
      'Strengthen organizational leadership. All departments shall strengthen coordination and report progress every year.',
      'Strengthen funding support. Fiscal funds at all levels shall be used in a coordinated manner.',
      'Strengthen monitoring and evaluation. The implementation shall be evaluated every year.',
    ],
    replyItems: () => [
      'Agree in principle to the plan.',
      `The plan shall be organised and implemented by ${issuer === 'the State Council' ? "the Beijing Municipal People's Government" : 'the district governments'}.`,
      'Relevant departments shall give support in line with their duties.',
      'Major issues in the implementation shall be reported in a timely manner.',
    ],
    generalArticles: () => [
      `These regulations are formulated in order to promote the development of ${topic} in this city.`,
      'These regulations apply to the relevant activities within the administrative area of this city.',
    ],
    finalArticle: () => 'These regulations shall come into force on the date of promulgation.',
    closing: () => 'This document shall come into force on the date of issuance.',
  };
}
