import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { finalMapOf, firstAtOrAfter, sourceOf } from '../../src/normalize/offsets.js';

/** A non-decreasing offset map such as the passes build: copies, drops and one-to-many emits. */
const offsetMap = fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 3 }), fc.boolean()), { maxLength: 60 }).map((steps) => {
  const out: number[] = [];
  let src = 0;
  for (const [n, skip, emit] of steps) {
    for (let i = 0; i < n; i++) out.push(emit ? src : src + i);
    src += (emit ? 1 : n) + skip;
  }
  return Int32Array.from(out);
});

describe('run-length offset maps', () => {
  it('codes a map with few edits as runs and reads it back exactly', () => {
    // 今年\n增长5%：the line break (index 2) was dropped
    const m = finalMapOf(Int32Array.of(0, 1, 3, 4, 5, 6, 7, 8, 9, 10));
    expect(m.kind).toBe('runs');
    expect([...Array(10).keys()].map((i) => sourceOf(m, i))).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(firstAtOrAfter(m, 10, 2)).toBe(2);
    expect(firstAtOrAfter(m, 10, 11)).toBe(10);
  });

  it('keeps a map with an edit every few units dense', () => {
    expect(finalMapOf(Int32Array.of(0, 0, 2, 2, 4, 4)).kind).toBe('dense');
    expect(finalMapOf(undefined).kind).toBe('identity');
  });

  it('agrees with the plain map on every index (fast-check)', () => {
    fc.assert(
      fc.property(offsetMap, fc.integer({ min: -2, max: 400 }), (map, probe) => {
        const m = finalMapOf(map);
        for (let i = 0; i < map.length; i++) expect(sourceOf(m, i)).toBe(map[i]);
        let first = 0;
        while (first < map.length && map[first] < probe) first++;
        expect(firstAtOrAfter(m, map.length, probe)).toBe(first);
      }),
      { numRuns: 300 },
    );
  });

  it('maps spans of a hard-wrapped column back exactly', () => {
    const line = '全县规模以上工业增加值增长百分之八点五，固定资产投资完成';
    const input = Array.from({ length: 10 }, (_, k) => `${line}${k}\n`).join('') + '任务。';
    const n = normalize(input, { joinLines: true });
    expect(n.text.includes('\n')).toBe(false);
    const at = n.text.indexOf('9任务');
    const span = n.toOriginalSpan(at, at + 3);
    expect(span).toEqual({ text: '9\n任务', start: input.indexOf('9\n任务'), end: input.indexOf('9\n任务') + 4 });
    expect(n.fromOriginal(input.indexOf('任务'))).toBe(at + 1);
  });
});
