/**
 * Layouts of Chinese documents, each also written in English for the corpus's translations (the same provisions under
 * the markers translators use). They mirror test/fixtures/layouts/zh-*.txt and en-translation-of-4.txt.
 */

import { toRoman as roman } from '../../seed/parse/markers.ts';
import { allTasks, hasSubItems, markersFor, page, signature, type Written, writeTask } from './layout-kit.ts';
import { zhNumeral as zhNumber } from './numerals.ts';
import type { Plan } from './plan.ts';
import type { Prose } from './prose.ts';

/** Goals, then 二、主要任务 with （一） categories and 1． tasks, then 三、保障措施 whose （一） items are not tasks. */
function planBody(p: ReturnType<typeof page>, plan: Plan, t: Prose, subItems: boolean) {
  const m = markersFor(t.voice.lang);
  p.para(`${m.section(1)}${t.heading(t.voice.lang === 'zh' ? 'goals' : 'requirements')}`, t.goal());
  p.para(`${m.section(2)}${t.heading('tasks')}`);
  let n = 0;
  plan.categories.forEach((c, i) => {
    p.category(`${m.category(i + 1)}${t.category(c)}`);
    for (const task of c.tasks) {
      n += 1;
      writeTask(p, t, m.provision(n), task, subItems && hasSubItems(n, task) ? m.sub : undefined);
    }
  });
  p.para(`${m.section(3)}${t.heading('safeguards')}`, ...t.safeguards().map((s, i) => `${m.category(i + 1)}${s}`));
}

/** zh-district-mixed / en-plan-roman-paren-arabic: a notice, its signature, then the plan with sub-items （1）. */
export function planSections(plan: Plan, t: Prose): Written {
  const p = page();
  p.para(t.title('plan'), t.number(), t.addressee(), t.preamble('plan'));
  signature(p, t);
  p.para(t.published(), t.title('plan').replace(/（\d+）$|\(\d+\)$/, ''));
  planBody(p, plan, t, true);
  return p;
}

/** zh-reply-yi-paren / en-translation-of-4: a reply numbered 一、– (not tasks), then 附件 / Annex with the plan. */
export function replyAnnex(plan: Plan, t: Prose): Written {
  const p = page();
  const zh = t.voice.lang === 'zh';
  p.para(t.title('reply'), t.number(), zh ? '北京市人民政府、商务部：' : "Beijing Municipal People's Government and Ministry of Commerce:");
  p.para(zh ? '你们关于有关工作方案的请示收悉。现批复如下：' : 'Your request on the work plan has been received. The reply is as follows:');
  // The reply never has more items than the plan has tasks: the parser keeps the larger outline, ties to the annex.
  const items = t.replyItems().slice(0, Math.max(1, plan.taskCount));
  p.para(...items.map((s, i) => (zh ? markersFor('zh').section(i + 1) : `${i + 1}. `) + s));
  signature(p, t);
  p.para(zh ? '附件' : 'Annex', t.title('plan'), t.preamble('plan'));
  planBody(p, plan, t, false);
  return p;
}

/** zh-regulation-chapters / en-regulation-articles: chapters, articles numbered through them, （一） items in some. */
export function regulation(plan: Plan, t: Prose): Written {
  const p = page();
  const zh = t.voice.lang === 'zh';
  const chapter = (n: number, title: string) => p.category(zh ? `第${zhNumber(n)}章　${title}` : `Chapter ${roman(n)} ${title}`);
  let n = 0;
  const article = (text: string) => {
    n += 1;
    return zh ? `第${zhNumber(n)}条　${text}` : `Article ${n} ${text}`;
  };
  p.para(t.number(), t.preamble('regulation'));
  signature(p, t);
  p.para(t.title('regulation'));
  chapter(1, t.heading('general'));
  for (const text of t.generalArticles()) p.provision(article(text));
  plan.categories.forEach((c, i) => {
    chapter(i + 2, t.category(c).replace(/[.。]$/, ''));
    for (const task of c.tasks) {
      const sub = hasSubItems(n + 1, task) ? (zh ? markersFor('zh').category : markersFor('en').sub) : undefined;
      writeTask(p, t, article(''), task, sub);
    }
  });
  chapter(plan.categories.length + 2, t.heading('supplementary'));
  p.provision(article(t.finalArticle()));
  return p;
}

/** zh-municipal-plan-no-categories: tasks 1．–N． without categories, （1） items and ① under them, a closing line. */
export function flatSubItems(plan: Plan, t: Prose): Written {
  const p = page();
  const m = markersFor(t.voice.lang);
  p.para(t.title('plan'), t.number(), t.addressee(), t.preamble('plan'));
  signature(p, t);
  p.para(t.published(), t.goal());
  for (const [i, task] of allTasks(plan).entries()) {
    writeTask(p, t, m.provision(i + 1), task, hasSubItems(i + 1, task) ? m.sub : undefined, m.subSub);
  }
  p.para(t.closing('plan'));
  return p;
}

/** zh-measures-flat: each 一、 is a measure, the last one the entry into force; an annex list in the cover letter. */
export function flatMeasures(plan: Plan, t: Prose): Written {
  const p = page();
  const zh = t.voice.lang === 'zh';
  const marker = (n: number) => (zh ? markersFor('zh').section(n) : `${n}. `);
  p.para(t.title('measures'), t.number(), t.addressee(), t.preamble('measures'));
  p.lines.push(zh ? '附件：1．示范园区认定条件' : 'Annex: 1. Conditions for recognising demonstration parks', '');
  p.para(zh ? '2．补贴申报材料清单' : '2. List of materials for subsidy applications');
  signature(p, t);
  p.para(zh ? '（联系人：张某；联系电话：55579000）' : '(Contact: Zhang; tel. 55579000)', t.title('measures'));
  const tasks = allTasks(plan);
  for (const [i, task] of tasks.entries()) writeTask(p, t, marker(i + 1), task);
  p.provision(`${marker(tasks.length + 1)}${t.closing('measures')}`);
  p.para(zh ? '抄送：市政府办公厅。' : 'Copy to: General Office of the Municipal Government.');
  p.para(zh ? `${plan.own.year}年${plan.month}月${plan.day}日印发` : `Printed on ${plan.day} ${plan.month} ${plan.own.year}`);
  return p;
}
