import { describe, expect, it } from 'vitest';
import { atLeastOne, openRange } from '../../server/schema/arguments.ts';
import { refusal } from '../support/refusal.ts';

/** The lens's argument checks without a database; the API's answers to them are in test/integration/api-lens.test.ts. */

describe('lens argument checks', () => {
  it('atLeastOne: null and absent are both missing, any other value (even an empty id) counts', () => {
    expect(refusal(() => atLeastOne({ parkId: null }, ['parkId', 'industryId']))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Give at least one of parkId, industryId.',
    });
    expect(() => atLeastOne({ industryId: '' }, ['parkId', 'industryId'])).not.toThrow();
  });

  it('openRange: either end may be open, equal ends are one year, crossed ends are refused with the fix', () => {
    for (const [from, to] of [
      [null, null],
      [2020, undefined],
      [undefined, 0],
      [2020, 2020],
    ] as const) {
      expect(() => openRange(['yearFrom', from], ['yearTo', to])).not.toThrow();
    }
    expect(refusal(() => openRange(['yearFrom', 2021], ['yearTo', 2020]))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'yearFrom (2021) is after yearTo (2020); swap them or leave one out.',
    });
  });
});
