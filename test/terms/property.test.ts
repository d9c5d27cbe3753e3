import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractKeywords } from '../../src/terms/index.js';
import { expectSpansExact } from '../helpers.js';
import { dictTokenizer } from './fake.js';

const tokenizer = dictTokenizer(['产业', '集群', '县域', '经济', '發展', '发展', '推进', '数字'], 6);
const pieces = fc.constantFrom(
  '产业',
  '集群',
  '縣域',
  '县域',
  '经济',
  '發展',
  '推进',
  '，',
  '。',
  '\n',
  ' ',
  '２０２３',
  '年',
  '(',
  ')',
  '的',
  'A',
  '\uD800',
  '😀',
  '第一',
  '三年',
);

describe('extractKeywords properties', () => {
  it('any string: never throws, spans exact, count = spans.length, scores descending', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(pieces, { maxLength: 120 }).map((a) => a.join('')),
        ),
        (s) => {
          const k = extractKeywords(s, { tokenizer, top: Infinity });
          for (let i = 0; i < k.length; i++) {
            expect(k[i]!.count).toBe(k[i]!.spans.length);
            expect(k[i]!.term).not.toMatch(/[0-9]/);
            if (i > 0) expect(k[i]!.score).toBeLessThanOrEqual(k[i - 1]!.score);
            expectSpansExact(s, k[i]!.spans);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is linear: 40x the text takes far less than 400x the time', () => {
    const unit = '推进产业集群发展，县域经济数字经济。';
    const time = (n: number) => {
      const s = unit.repeat(n);
      const t0 = performance.now();
      extractKeywords(s, { tokenizer });
      return performance.now() - t0;
    };
    time(50);
    const small = Math.max(time(100), 1);
    const large = time(4000);
    expect(large / small).toBeLessThan(400);
  });
});
