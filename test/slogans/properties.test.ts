import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSlogans, extractSlogans } from '../../src/slogans/index.js';
import { expectSpansExact } from '../helpers.js';

/** Pieces policy text is made of, so random strings hit the detectors' edge cases. */
const PIECES = [
  '一',
  '二',
  '两',
  '三',
  '十',
  '双',
  '个',
  '是',
  '要',
  '、',
  '，',
  ',',
  '。',
  '；',
  '“',
  '”',
  '「',
  '」',
  '《',
  '》',
  '——',
  '\n',
  ' ',
  '　',
  '(一)',
  '一、',
  '起来',
  '着干',
  '不',
  '坚持',
  '工作',
  '建设',
  '2',
  '+',
  '4',
  '１',
  '＋',
  '園',
  '區',
  '六穩',
  '项目',
  '发展',
  '的',
  '在',
  '上',
  '求突破',
  '让',
  '更加',
  '\u0000',
  '\ud800',
  'a',
];
const policyish = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join(''));

describe('extractSlogans properties', () => {
  it('never throws, spans are exact, parts are non-empty, results in text order', () => {
    fc.assert(
      fc.property(fc.oneof(policyish, fc.string({ maxLength: 60 })), (s) => {
        const all = extractSlogans(s);
        expectSpansExact(s, all);
        for (let i = 0; i < all.length; i++) {
          expect(all[i].parts.length).toBeGreaterThan(0);
          expect(all[i].end).toBeGreaterThan(all[i].start);
          if (i > 0) expect(all[i].start).toBeGreaterThanOrEqual(all[i - 1].start);
        }
        const counts = countSlogans(all);
        expect(counts.reduce((n, c) => n + c.count, 0)).toBe(all.filter((x) => x.type !== 'enumeration').length);
      }),
      { numRuns: 3000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(policyish, (s) => {
        expect(extractSlogans(s)).toEqual(extractSlogans(s));
      }),
      { numRuns: 300 },
    );
  });
});
