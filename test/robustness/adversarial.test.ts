/**
 * Hostile input: each finishes and every span stays exact. Linear scaling is measured in
 * bench/analyze.mjs (time per MB at ×1 vs ×4 vs ×16), not with wall-clock asserts here.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/index.js';
import { expectSpansExact } from '../helpers.js';
import { adversarialInputs, chineseNumeral, CORE_ADVERSARIAL } from './inputs.mjs';

const MB = 1 << 20;

function expectExact(input: string, a: Analysis): void {
  expectSpansExact(input, a.quantities);
  expectSpansExact(input, a.dates);
  expectSpansExact(input, a.slogans);
  expectSpansExact(input, a.targets);
  expectSpansExact(
    input,
    a.targets.map((t) => t.value),
  );
  expect(a.normalized.length).toBeLessThanOrEqual(input.length);
}

describe('adversarial inputs of 1 MB finish', () => {
  const inputs = adversarialInputs(MB);
  it.each(CORE_ADVERSARIAL)(
    '%s',
    (name) => {
      const s = inputs[name as keyof typeof inputs];
      expect(s.length).toBe(MB);
      expectExact(s, analyze(s));
    },
    60_000,
  ); // generous: this catches hangs, the bench measures speed
});

describe('every adversarial shape, at 16 K, finishes with exact spans', () => {
  it.each(Object.entries(adversarialInputs(1 << 14)))(
    '%s',
    (_name, s) => {
      expectExact(s, analyze(s));
      expectExact(s, analyze(s, { referenceDate: '2024-03-05' }));
    },
    20_000,
  );
});

describe('the generators themselves', () => {
  it('writes Chinese numerals the way enumerations count', () => {
    expect([1, 10, 11, 20, 99, 100, 105, 110, 1024, 30000].map(chineseNumeral)).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '九十九',
      '一百',
      '一百零五',
      '一百一十',
      '一千零二十四',
      '三万',
    ]);
  });
  it('builds inputs of exactly the asked length, the same every time', () => {
    const a = adversarialInputs(1000);
    const b = adversarialInputs(1000);
    for (const [k, s] of Object.entries(a)) {
      expect(s.length, k).toBe(1000);
      expect(b[k as keyof typeof b]).toBe(s);
    }
  });
});
