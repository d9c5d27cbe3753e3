/** analyze(text, { terms }): the key terms next to the other results, loaded lazily. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const TEXT = '壯大縣域經濟，發展縣域經濟，縣域經濟是全縣高質量發展的基礎。';

describe('analyze with terms', () => {
  it('returns a Promise of the analysis plus the key terms, spans in the original input', async () => {
    const a = await analyze(TEXT, { terms: { top: 1 }, referenceDate: '2024-03-05' });
    expect(a.referenceDate).toBe('2024-03-05');
    expect(a.terms.map((t) => t.term)).toEqual(['县域经济']);
    expect(a.terms[0]!.count).toBe(3);
    expect(a.terms[0]!.spans).toEqual([
      { text: '縣域經濟', start: 2, end: 6 },
      { text: '縣域經濟', start: 9, end: 13 },
      { text: '縣域經濟', start: 14, end: 18 },
    ]);
    for (const s of a.terms[0]!.spans) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });

  it('terms: true uses the defaults; terms: false or absent stays synchronous', async () => {
    const a = await analyze('新增城镇就业1200万人以上。稳就业，保就业，就业优先。', { terms: true });
    expect(a.terms.some((t) => t.term === '就业')).toBe(true);
    const plain = analyze('新增城镇就业1200万人以上', { terms: false });
    expect(plain).not.toBeInstanceOf(Promise);
    expect('terms' in plain).toBe(false);
    expect(plain.quantities[0]!.value).toBe(12000000);
  });

  it('a bad terms option is a TypeError; a bad text rejects the Promise', async () => {
    expect(() => analyze('县域经济', { terms: 'yes' as never })).toThrow(TypeError);
    await expect(analyze(42 as never, { terms: true })).rejects.toThrow(TypeError);
  });
});
