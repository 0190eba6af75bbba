import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../seed/extract/extract.ts';
import { gazetteer } from '../../seed/extract/gazetteer.ts';
import { parsePolicy } from '../../seed/parse/parse.ts';
import { nearDuplicates, similarity } from '../../seed/report/near-duplicates.ts';
import { formatReport, reportPolicy } from '../../seed/report/policy-report.ts';

const report = (text: string) => {
  const parsed = parsePolicy(text, 'plan.txt');
  return reportPolicy(parsed, extractGraph(parsed));
};

describe('the seed report', () => {
  it('names the levels, and every passage left out of the provisions with where it was', () => {
    const r = report(
      'Plan for something\n\nI. General Requirements\n\nWe aim high.\n\nII. Tasks\n\n1. Do one thing. Then another.\n\n2. Do more.\n\nIII. Safeguards\n\nWe will check.\n',
    );
    expect(r.structure).toBe('I. category (1) › 1. provision (2)');
    expect(r.warnings).toEqual([
      'not under any provision, before the provisions (line 1, 18 characters): "Plan for something"',
      'not under any provision, section "General Requirements" (line 3, 37 characters): "I. General Requirements We aim high."',
      'not under any provision, section "Safeguards" (line 13, 31 characters): "III. Safeguards We will check."',
      "no document number found; the document's id comes from its file name (plan)",
      'no date found',
      'no issuer found',
    ]);
  });

  it('reports numbering that jumps, and a numbered line that fits no sequence', () => {
    const r = report('Guo Fa [2022] No. 6\n\n1. One.\n\n2. Two.\n\n4. Four.\n\n5. Five.\n\nState Council\nMarch 1, 2022\n');
    expect(r.warnings).toContain('provision numbers jump from 2 to 4');
    expect(r.warnings.some((w) => w.startsWith('no document number'))).toBe(false);
    expect(r.warnings).not.toContain('no date found');
  });

  it('lists the entities the gazetteer did not know, and the gazetteer entries they resemble', () => {
    const r = report('1. Support the Haidian Innovation Software Park. It will grow.\n');
    expect(r.newEntities).toEqual([{ label: 'Park', name: 'Haidian Innovation Software Park' }]);
    expect(formatReport(r).some((line) => line.startsWith('  new entities (1): Park "Haidian Innovation Software Park"'))).toBe(true);
  });
});

describe('near duplicates', () => {
  it('scores spelling variants high and different names low', () => {
    expect(similarity('Economic-Technological Development Zone', 'Beijing Economic and Technological Development Zone')).toBeGreaterThan(
      0.8,
    );
    expect(similarity('Haidian Park', 'Changping Park')).toBeLessThan(0.6);
  });

  it('points a discovered name at the gazetteer entry it resembles, never across labels', () => {
    const [dup] = nearDuplicates([{ label: 'Park', name: 'Zhongguancun Software Parks' }], gazetteer);
    expect(dup?.like.id).toBe('park:zhongguancun-software-park');
    expect(nearDuplicates([{ label: 'Agency', name: 'Zhongguancun Software Parks' }], gazetteer)).toEqual([]);
  });
});
