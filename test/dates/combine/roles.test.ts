import { describe, expect, it } from 'vitest';
import { pick } from '../pick.js';

describe('before-words: deadline or earlier-than', () => {
  it('之前/前 on a period ahead include it (明年6月之前 = by June 30)', () => {
    expect(pick('后年9月之前完成')).toEqual([['后年9月之前', '2021-06-14', '2023-09-30', 'month', 'deadline']]);
    expect(pick('2035年前基本实现')).toEqual([['2035年前', '2021-06-14', '2035-12-31', 'year', 'deadline']]);
  });

  it('之前/前 on a past period stop before it; 以前 always does', () => {
    expect(pick('2010年前，这里还是一片荒地')).toEqual([['2010年前', undefined, '2009-12-31', 'year', 'deadline']]);
    expect(pick('2030年以前')).toEqual([['2030年以前', '2021-06-14', '2029-12-31', 'year', 'deadline']]);
  });

  it('an end word is never cut short (3月底以前 = by March 31)', () => {
    expect(pick('9月底以前报送')).toEqual([['9月底以前', '2021-06-14', '2021-09-30', 'xun', 'deadline']]);
    expect(pick('年底之前')).toEqual([['年底之前', '2021-06-14', '2021-12-31', 'month', 'deadline']]);
  });

  it('或之前 is open at the start: every day up to it, not a deadline from today', () => {
    expect(pick('2021年8月31日或之前提交')).toEqual([['2021年8月31日或之前', undefined, '2021-08-31', 'day', 'deadline']]);
  });
});
