/** Traditional → Simplified through opencc-js's t2s chain (with Taiwan/Hong Kong variants). */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { toSimplified } from '../../src/normalize/script.js';

describe('toSimplified', () => {
  it('converts Traditional characters one to one', () => {
    expect(toSimplified('國內生產總值增長5.5%左右')).toBe('国内生产总值增长5.5%左右');
    expect(toSimplified('鄉村振興戰略')).toBe('乡村振兴战略');
  });

  it('folds Hong Kong and Taiwan variant forms (綫 裡 衞 説) before converting', () => {
    expect(toSimplified('熱綫')).toBe('热线');
    expect(toSimplified('城裡')).toBe('城里');
    expect(toSimplified('衞生')).toBe('卫生');
    expect(toSimplified('説明')).toBe('说明');
  });

  it('folds compatibility ideographs (U+F900 block) to their unified forms', () => {
    expect(toSimplified('\uF900')).toBe('岂'); // U+F900 → 豈 → 岂
  });

  it('keeps the length, so spans map back exactly', () => {
    const input = '香港特區政府將於二〇二五年底前興建三萬個單位';
    const n = normalize(input);
    expect(n.text).toBe('香港特区政府将于二〇二五年底前兴建三万个单位');
    expect(n.text.length).toBe(input.length);
    expect(n.toOriginalSpan(17, 20)).toEqual({ text: '三萬個', start: 17, end: 20 });
  });

  it('leaves Simplified text as it is', () => {
    expect(toSimplified('到2025年新增城镇就业1100万人以上')).toBe('到2025年新增城镇就业1100万人以上');
  });
});
