import { describe, expect, it } from 'vitest';
import { intInRange, labelFilter, page, searchText } from '../../server/schema/arguments.ts';
import { refusal } from '../support/refusal.ts';

describe('argument checks', () => {
  it('ranges name the allowed values', () => {
    expect(intInRange('depth', 3, 1, 3)).toBe(3);
    expect(refusal(() => intInRange('depth', 4, 1, 3))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'depth must be a whole number from 1 to 3 (got 4).',
    });
  });

  it('pages default and refuse negative offsets or big limits', () => {
    expect(page({})).toEqual({ limit: 100, offset: 0 });
    expect(refusal(() => page({ offset: -1 })).message).toMatch(/offset must be 0 or more/);
    expect(refusal(() => page({ limit: 501 })).message).toMatch(/from 1 to 500/);
  });

  it('labels: null means all; unknown ones are listed with the valid ones', () => {
    expect(labelFilter(null)).toBeNull();
    expect(labelFilter(['Park', 'Park'])).toEqual(['Park']);
    const { code, message } = refusal(() => labelFilter(['Park', 'Entity', 'park']));
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toBe('Unknown labels Entity, park; valid labels are Document, Category, Task, Measure, Park, Industry, Agency.');
  });

  it('search text: 1 to 200 characters, refused rather than truncated', () => {
    expect(searchText('  haidian ')).toBe('haidian');
    expect(refusal(() => searchText(' ')).message).toMatch(/must not be empty/);
    expect(refusal(() => searchText('x'.repeat(201))).message).toMatch(/at most 200 characters \(got 201\)/);
  });
});
