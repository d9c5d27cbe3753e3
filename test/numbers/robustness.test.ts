import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/numbers/index.js';
import { parseNumber } from '../../src/numbers/parse.js';
import { findQuantities } from '../../src/numbers/quantities.js';
import { makeContext } from '../../src/context.js';
import { normalize } from '../../src/normalize/index.js';
import { expectSpansExact, fixtures } from '../helpers.js';

const ALPHABET =
  '0123456789０１２３４５６７８９一二两三四五六七八九十百千万亿零〇点.%％—-~至到约近超过以上左右多余个元亿元年月日第分之成折翻番又半 ，、。“”\n/·:+kKeE^负$￥壹贰拾萬億點個'.split(
    '',
  );

describe('robustness', () => {
  it('never throws on any string and keeps every span exact', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((a) => a.join('')),
        ),
        (s) => {
          const qs = extractQuantities(s);
          expectSpansExact(s, qs);
          for (const x of qs) {
            expect(Number.isFinite(x.value)).toBe(true);
            if (x.max !== undefined) expect(Number.isFinite(x.max)).toBe(true);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('parseNumber never throws on strings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }).map((a) => a.join('')),
        (s) => {
          const v = parseNumber(s);
          expect(v === undefined || typeof v === 'number').toBe(true);
        },
      ),
    );
  });

  it('runs in linear time on long hostile input', () => {
    const unit =
      '一二三四五六七八九十百千万亿点'.repeat(20) +
      '1'.repeat(300) +
      '.'.repeat(50) +
      '约超过'.repeat(30) +
      '—'.repeat(50) +
      '十余'.repeat(50) +
      '1又'.repeat(50) +
      '1—'.repeat(50) +
      '1 '.repeat(50) +
      '第1'.repeat(50) +
      '百分之'.repeat(50);
    const small = unit.repeat(5);
    const big = unit.repeat(50);
    const time = (s: string) => {
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        findQuantities(s);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(small);
    const a = time(small);
    const b = time(big);
    // 10× the text may take 10× the time; quadratic work would take 100×
    expect(b).toBeLessThan(Math.max(100, a * 10 * 4));
  });

  it('finds the quantities of the five fixtures in about the time normalize takes to read them', () => {
    // Absolute times swing with machine load; normalize (one linear pass) is the yardstick:
    // about 1.5 ms against 1 ms on a quiet machine. Quadratic work would be hundreds of times slower.
    const raw = [...fixtures().values()];
    const texts = raw.map((s) => makeContext(s).text);
    const median = (fn: () => void) => {
      for (let k = 0; k < 10; k++) fn();
      const runs: number[] = [];
      for (let k = 0; k < 9; k++) {
        const t0 = performance.now();
        fn();
        runs.push(performance.now() - t0);
      }
      return runs.sort((a, b) => a - b)[4];
    };
    const find = median(() => texts.forEach((s) => findQuantities(s)));
    const norm = median(() => raw.forEach((s) => normalize(s)));
    // On a loaded two-core runner both swing by 10×; quadratic work would take seconds.
    expect(find).toBeLessThan(Math.max(norm * 40, 50));
  });
});
