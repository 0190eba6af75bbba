/**
 * Layouts of English originals: the shipped document's, and those of test/fixtures/layouts/en-*.txt (sections with
 * numbering restarting under each, sections over continuously numbered items, "Part One" / "(a)", and a web reprint
 * of a machine translation with "One," / "1)").
 */

import { FIRST_YEAR } from './doc-numbers.ts';
import { hasSubItems, markersFor, page, signature, type Written, writeTask } from './layout-kit.ts';
import { letter, word } from './numerals.ts';
import type { Plan } from './plan.ts';
import type { Prose } from './prose.ts';

/** The shipped document: news-page header, cover letter, then an annex of `(1)` categories holding tasks `N.`. */
export function shippedAnnex(plan: Plan, t: Prose): Written {
  const p = page();
  const date = `${plan.own.year}${String(plan.month).padStart(2, '0')}${String(plan.day).padStart(2, '0')}`;
  p.para(`Current Position: Home > Policy Library > ${t.title('opinions')}`, `微信图片_${date}.png`);
  p.para(t.title('opinions'), t.number(), t.addressee(), t.preamble('opinions'), t.issuer(), t.date(), t.published(), '', 'Annex');
  p.para('1、 Overall goals', t.goal(), '2、 Main tasks');
  let n = 0;
  plan.categories.forEach((c, i) => {
    p.category(`(${i + 1}) ${t.category(c)}`);
    for (const task of c.tasks) writeTask(p, t, `${++n}. `, task);
  });
  p.para('3、 Safeguards', 'All departments shall strengthen coordination and report progress every year.');
  return p;
}

/** en-district-restart: I.–III. sections whose tasks restart at 1., "IV. Organization and Implementation", an attachment. */
export function restartRoman(plan: Plan, t: Prose): Written {
  const p = page();
  const m = markersFor('en');
  p.para(t.title('plan'), t.number(), t.addressee(), t.preamble('plan'));
  signature(p, t, 'day-first');
  p.para(t.title('plan').replace(/ \(\d+\)$/, ''), t.goal());
  let ordinal = 0;
  plan.categories.forEach((c, i) => {
    p.category(`${m.section(i + 1)}${t.category(c)}`);
    for (const [k, task] of c.tasks.entries()) {
      writeTask(p, t, m.provision(k + 1), task, hasSubItems(++ordinal, task) ? m.sub : undefined);
    }
  });
  p.para(`${m.section(plan.categories.length + 1)}${t.heading('organisation')}`, t.safeguards().join(' '));
  p.para('Attachment: Division of Responsibilities for Key Tasks (omitted)');
  return p;
}

/** en-section-item: sections `1.` over tasks `(1)`–`(N)` numbered through the document; closing, signature, contact. */
export function sectionItem(plan: Plan, t: Prose): Written {
  const p = page();
  p.para(t.issuer(), t.number(), t.title('measures'), t.addressee(), 'The measures are hereby issued to you.');
  p.para(t.title('measures').replace(/ \(\d+\)$/, ''), `${t.preamble('measures')} ${t.goal()}`);
  let n = 0;
  plan.categories.forEach((c, i) => {
    p.category(`${i + 1}. ${t.category(c)}`);
    for (const task of c.tasks) writeTask(p, t, `(${++n}) `, task);
  });
  p.para(`${t.closing('measures')} The issuing department is responsible for their interpretation.`, t.issuer());
  p.para(
    `${plan.own.year}-${String(plan.month).padStart(2, '0')}-${String(plan.day).padStart(2, '0')}`,
    'Contact: General Division, tel. 010-55579000',
  );
  return p;
}

/** en-words-numbering: "Part One:" sections with tasks (a), (b)… restarting, "Part N: Supporting Measures" not tasks. */
export function wordsParts(plan: Plan, t: Prose): Written {
  const p = page();
  p.para(t.issuer(), t.number(), t.title('opinions'), t.addressee(), `${t.preamble('opinions')} ${t.goal()}`);
  plan.categories.forEach((c, i) => {
    p.category(`Part ${word(i + 1)}: ${t.category(c).replace(/\.$/, '')}`);
    for (const [k, task] of c.tasks.entries()) writeTask(p, t, `(${letter(k + 1)}) `, task);
  });
  p.para(
    `Part ${word(plan.categories.length + 1)}: ${t.heading('supporting')}`,
    ...t.safeguards().map((s, i) => `(${letter(i + 1)}) ${s}`),
  );
  p.para(t.closing('opinions'));
  signature(p, t, 'day-first');
  return p;
}

/** en-machine-translation-words: a reprint page; "One, the general requirements", "Two, …" over tasks `1)`–`N)`. */
export function machineWords(plan: Plan, t: Prose): Written {
  const p = page();
  const last = plan.categories.length + 2;
  p.para('Current position: Home > Policy Documents > Municipal Policies');
  p.para(`Release date: ${plan.own.year}-${String(plan.month).padStart(2, '0')}-28 10:15 Source: Government Network Views: 1024`);
  p.para(t.title('opinions'), t.number(true), t.addressee(), t.preamble('opinions'));
  signature(p, t);
  p.para(`img_${plan.own.year}_${plan.index}.jpg`, 'One, the general requirements', t.goal());
  let n = 0;
  plan.categories.forEach((c, i) => {
    p.category(`${word(i + 2)}, ${t.category(c)}`);
    for (const task of c.tasks) writeTask(p, t, `${++n}) `, task);
  });
  p.para(`${word(last)}, safeguard measures`, `The district finance arranges special funds every year until ${FIRST_YEAR + 25}.`);
  p.para('[Print this page] [Close window]');
  return p;
}
