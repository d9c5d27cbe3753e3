import { describe, expect, it } from 'vitest';
import { extractSlogans, formulationKey } from '../../src/slogans/index.js';

describe('formulationKey', () => {
  it('folds script, quotes, spaces and numerals to one key', () => {
    for (const s of ['“两个确立”', '兩個確立', '2个确立', '二个确立', '「两 个 确立」']) expect(formulationKey(s), s).toBe('二个确立');
    expect(formulationKey('10大工程')).toBe('十大工程');
    expect(formulationKey('12项任务')).toBe('十二项任务');
    expect(formulationKey('“3+5”')).toBe('3+5');
    expect(formulationKey('1234工程')).toBe('1234工程');
    expect(formulationKey('')).toBe('');
  });

  it('every slogan carries its key', () => {
    const a = extractSlogans('全县要坚持“两个确立”，推进“一村一品一基地”建设');
    const b = extractSlogans('全縣要堅持「兩個確立」，推進一村一品一基地建設');
    expect(a.map((s) => s.key)).toEqual(['二个确立', '一村一品一基地']);
    expect(b.map((s) => s.key)).toEqual(a.map((s) => s.key));
  });
});
