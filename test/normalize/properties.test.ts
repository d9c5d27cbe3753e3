import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';

/** Strings rich in what normalization touches: digits, spaces, separators, CJK, newlines. */
const policyish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '1',
        '2',
        '0',
        ' ',
        '.',
        ',',
        '，',
        '年',
        '届',
        '第',
        '\n',
        '\n\n',
        '\r\n',
        '。',
        '國',
        '內',
        '５',
        '％',
        '．',
        '”',
        '“',
        '万',
        '亿',
        '县',
        '域',
      ),
      fc.string({ maxLength: 3 }),
      fc.constantFrom('\ud800', '\udc00', '\u0000', '\u3000'),
    ),
    { maxLength: 80 },
  )
  .map((a) => a.join(''));

describe('normalize properties', () => {
  it('toOriginal is non-decreasing and within bounds; kept characters map to their source', () => {
    fc.assert(
      fc.property(policyish, (s) => {
        const n = normalize(s);
        let prev = -1;
        for (let i = 0; i <= n.text.length; i++) {
          const o = n.toOriginal(i);
          expect(o).toBeGreaterThanOrEqual(prev);
          expect(o).toBeLessThanOrEqual(s.length);
          prev = o;
          if (i < n.text.length && n.text[i] === s[o]) continue;
          if (i < n.text.length) expect(o).toBeLessThan(s.length);
        }
      }),
      { numRuns: 400 },
    );
  });
  it('every unchanged character comes from the same character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const n = normalize(s, { script: 'keep' });
        for (let i = 0; i < n.text.length; i++) {
          const src = s[n.toOriginal(i)];
          const c = n.text[i];
          // either the same code unit or its full-width form
          expect(c === src || c.charCodeAt(0) + 0xfee0 === src.charCodeAt(0)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
  it('is idempotent', () => {
    fc.assert(
      fc.property(policyish, (s) => {
        const once = normalize(s).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 400 },
    );
  });
  it('spans slice the original', () => {
    fc.assert(
      fc.property(policyish, fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalize(s);
        const start = Math.min(a, b) % (n.text.length + 1);
        const end = Math.max(a, b) % (n.text.length + 1);
        const span = n.toOriginalSpan(Math.min(start, end), Math.max(start, end));
        expect(s.slice(span.start, span.end)).toBe(span.text);
      }),
      { numRuns: 400 },
    );
  });
  it('handles 1 MB of one character', () => {
    const big = '一'.repeat(1 << 20);
    expect(normalize(big).text.length).toBe(big.length);
    const digits = '1 '.repeat(1 << 19);
    expect(normalize(digits).text.length).toBeGreaterThan(0);
  });
});
