import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/numbers/parse.js';

describe('parseNumber', () => {
  it.each([
    ['两千亿', 200000000000],
    ['1.2万', 12000],
    ['二〇二一', 2021],
    ['三万五', 35000],
    ['一万二', 12000],
    ['１２３', 123],
    ['224.2亿', 22420000000],
    ['1.2万亿', 1200000000000],
    ['3千万', 30000000],
    ['十五', 15],
    ['一十五', 15],
    ['一百零五', 105],
    ['一千零五十', 1050],
    ['三点五亿', 350000000],
    ['零七', 7],
    ['廿一', 21],
    ['壹佰贰拾', 120],
    ['贰仟零壹拾捌', 2018],
    ['萬', 10000],
    ['负三', -3],
    ['82,225.00', 82225],
    ['两百点两', 200.2],
    ['三百五', 350],
  ])('%s → %d', (s, v) => expect(parseNumber(s)).toBe(v));

  it.each(['一体化', '统一', '一批', '', 'abc', '三十百', '五点', '点'])('%s is not a number', (s) =>
    expect(parseNumber(s)).toBeUndefined(),
  );

  it('rejects non-strings', () => {
    expect(() => parseNumber(3 as unknown as string)).toThrow(TypeError);
  });
});
