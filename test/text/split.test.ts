import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverOf, eachSentence, packer, pieceAt, sentences } from '../../src/text/split.js';

describe('eachSentence', () => {
  it('visits the sentences sentences() lists, in order', () => {
    const text = '全县粮食产量达到12.5万吨。“稳增长。促就业”！\n到2025年，完成改造任务';
    const seen: [number, number][] = [];
    eachSentence(text, (s) => seen.push([s.start, s.end]));
    expect(seen).toEqual(sentences(text).map((s) => [s.start, s.end]));
    expect(seen.map(([a, b]) => text.slice(a, b))).toEqual(['全县粮食产量达到12.5万吨', '“稳增长。促就业”', '到2025年，完成改造任务']);
  });
});

describe('packed pieces', () => {
  it('grows past its first capacity and reads back every piece', () => {
    const b = packer();
    for (let k = 0; k < 1000; k++) b.add(3 * k, 3 * k + 2);
    const p = b.done();
    expect(p.count).toBe(1000);
    expect(pieceAt(p, 0)).toEqual({ start: 0, end: 2 });
    expect(pieceAt(p, 999)).toEqual({ start: 2997, end: 2999 });
  });
});

describe('coverOf', () => {
  it('answers membership in a union of pieces, overlapping and unordered', () => {
    // 《国家“十四五”规划纲要》 and a formula 两新一重 elsewhere
    const inside = coverOf([
      { start: 12, end: 16 },
      { start: 1, end: 11 },
      { start: 4, end: 8 },
      { start: 20, end: 20 },
    ]);
    expect([0, 1, 10, 11, 12, 15, 16, 20].map(inside)).toEqual([false, true, true, false, true, true, false, false]);
  });

  it('agrees with a byte mask (fast-check)', () => {
    const piece = fc.tuple(fc.nat(60), fc.nat(12)).map(([start, len]) => ({ start, end: start + len }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const mask = new Uint8Array(80);
        for (const p of pieces) mask.fill(1, p.start, p.end);
        const inside = coverOf(pieces);
        for (let i = 0; i < 80; i++) expect(inside(i)).toBe(mask[i] === 1);
      }),
      { numRuns: 300 },
    );
  });
});
