import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { RewriteBuilder, compose, finalMapOf, firstAtOrAfter, sourceOf } from '../../src/normalize/offsets.js';

type Step = [kind: 'copy' | 'emit' | 'drop', n: number];

/** Steps of a pass over a source (copies, one-to-many emits, drops) and the plain map they make. */
const passSteps = fc.array(fc.tuple(fc.constantFrom<Step[0]>('copy', 'emit', 'drop'), fc.integer({ min: 1, max: 30 })), { maxLength: 40 });

function runPass(steps: Step[]): { source: string; rewrite: ReturnType<RewriteBuilder['finish']>; plain: number[] } {
  const sourceLength = steps.reduce((k, [kind, n]) => k + (kind === 'emit' ? 1 : n), 0);
  const source = '增'.repeat(sourceLength);
  const b = new RewriteBuilder(source);
  const plain: number[] = [];
  let at = 0;
  for (const [kind, n] of steps) {
    if (kind === 'copy') {
      b.copy(at, at + n);
      for (let i = 0; i < n; i++) plain.push(at + i);
      at += n;
    } else if (kind === 'emit') {
      b.emit('长'.repeat(n), at);
      for (let i = 0; i < n; i++) plain.push(at);
      at += 1;
    } else {
      b.drop();
      at += n;
    }
  }
  b.drop();
  return { source, rewrite: b.finish(), plain };
}

describe('run-length offset maps', () => {
  it('keeps one run per edit: a dropped line break is two runs', () => {
    // 今年\n增长5%: the line break (index 2) is dropped
    const b = new RewriteBuilder('今年\n增长5%');
    b.copy(0, 2);
    b.drop();
    b.copy(3, 7);
    const r = b.finish()!;
    expect(r.text).toBe('今年增长5%');
    expect([r.map.count, [...r.map.starts.slice(0, 2)], [...r.map.deltas.slice(0, 2)]]).toEqual([2, [0, 2], [0, 1]]);
    const m = finalMapOf(r.map);
    expect(m.kind).toBe('runs');
    expect([0, 1, 2, 3, 4, 5].map((i) => sourceOf(m, i))).toEqual([0, 1, 3, 4, 5, 6]);
    expect(firstAtOrAfter(m, 6, 2)).toBe(2);
    expect(firstAtOrAfter(m, 6, 7)).toBe(6);
  });

  it('keeps a map with an edit every unit or two dense', () => {
    const b = new RewriteBuilder('1 2 3');
    b.emit('123', 0);
    expect(finalMapOf(b.finish()!.map).kind).toBe('dense');
    expect(finalMapOf(undefined).kind).toBe('identity');
  });

  it('agrees with the plain map, alone and composed, on every index (fast-check)', () => {
    fc.assert(
      fc.property(passSteps, passSteps, fc.integer({ min: -2, max: 400 }), (first, second, probe) => {
        const a = runPass(first);
        if (!a.rewrite) return;
        const m = finalMapOf(a.rewrite.map);
        for (let i = 0; i < a.plain.length; i++) expect(sourceOf(m, i)).toBe(a.plain[i]);
        let firstAt = 0;
        while (firstAt < a.plain.length && a.plain[firstAt] < probe) firstAt++;
        expect(firstAtOrAfter(m, a.plain.length, probe)).toBe(firstAt);
        // a second pass over a's output (only as long as it is)
        const fit: Step[] = [];
        let room = a.plain.length;
        for (const [kind, n] of second) {
          const take = Math.min(kind === 'emit' ? 1 : n, room);
          if (take === 0) break;
          fit.push([kind, kind === 'emit' ? n : take]);
          room -= take;
        }
        const b = runPass(fit);
        if (!b.rewrite) return;
        const both = finalMapOf(compose(a.rewrite.map, b.rewrite.map));
        for (let i = 0; i < b.plain.length; i++) expect(sourceOf(both, i)).toBe(a.plain[b.plain[i]]);
      }),
      { numRuns: 500 },
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
