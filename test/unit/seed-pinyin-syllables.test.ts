import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { PINYIN_SYLLABLES } from '../../seed/parse/pinyin-syllables.ts';

describe('the pinyin syllable list', () => {
  it('is exactly what the installed pinyin-pro reads the CJK block as (toneless, v for ü, 2–6 letters)', () => {
    let block = '';
    for (let c = 0x4e00; c <= 0x9fff; c++) block += String.fromCharCode(c);
    const fromLibrary = new Set(pinyin(block, { toneType: 'none', type: 'array', v: true }).filter((s) => /^[a-z]{2,6}$/.test(s)));
    expect([...PINYIN_SYLLABLES].sort()).toEqual([...fromLibrary].sort());
  });
});
