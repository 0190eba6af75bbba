/**
 * Headings of the sections that plans put around their tasks: general requirements, guiding ideas, goals before
 * them; safeguards, organisation and implementation after. Their numbered paragraphs are not provisions (a plan's
 * "(I) Strengthen organizational leadership" under "III. Safeguards" is not a task), so the outline skips them and
 * the seed report says so. Only a heading that is nothing but such a phrase counts: a task titled "Strengthen
 * organisational guarantees for cross-border data" is still a task.
 */
const ZH = [
  '总体要求',
  '指导思想',
  '基本原则',
  '工作原则',
  '发展目标',
  '主要目标',
  '工作目标',
  '总体目标',
  '保障措施',
  '组织实施',
  '组织保障',
  '保障机制',
  '工作要求',
  '实施保障',
  '工作保障',
];
const EN = [
  'general requirements?',
  'overall requirements?',
  'guiding (?:ideology|thought|principles?)',
  'basic principles?',
  'working principles?',
  '(?:development |main |overall |work )?(?:goals?|objectives?|targets?)',
  '(?:safeguards?|safeguard measures|supporting measures|guarantee measures|support(?:ing)? guarantees?)',
  'organi[sz]ation and implementation',
  'organi[sz]ational (?:guarantees?|safeguards?|leadership)',
  'implementation (?:guarantees?|safeguards?)',
  'work requirements?',
];

const ZH_RE = new RegExp(`^(?:${ZH.join('|')})[。.：:]?$`);
const EN_RE = new RegExp(`^(?:the\\s+)?(?:${EN.join('|')})[.:]?$`, 'i');

/** True when a heading's own text (its marker removed) names a section that holds no provisions. */
/** The longest phrase above is 40 characters; a longer heading is a task's, and costs no regex. */
const LONGEST = 48;

export function isNonTaskHeading(title: string): boolean {
  if (title.length > LONGEST * 2) return false;
  const t = title.trim().replace(/\s+/g, ' ');
  if (t.length > LONGEST) return false;
  return ZH_RE.test(t.replace(/\s/g, '')) || EN_RE.test(t);
}
