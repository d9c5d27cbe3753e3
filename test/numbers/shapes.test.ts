import { describe, expect, it } from 'vitest';
import { qualifierAfter, qualifierBefore } from '../../src/numbers/qualifiers.js';
import { readNumeral } from '../../src/numbers/scan.js';
import { isCodeShape, isCountFormula, isDateShape, isFormulaShape, isListMarker } from '../../src/numbers/shapes.js';
import { unitAt } from '../../src/numbers/units.js';

const at = (t: string, i: number) => readNumeral(t, i)!;

describe('numeral runs', () => {
  it('reads one run with its magnitude and flags', () => {
    const n = at('投资1850亿元', 2);
    expect([n.start, n.end, n.value, n.clean, n.magnitude, n.plainInteger]).toEqual([2, 7, 185000000000, '1850亿', true, false]);
    const r = at('十 余 万人', 0);
    expect([r.end, r.value, r.rough]).toEqual([5, 100000, true]);
    expect(at('千瓦', 0)).toMatchObject({ value: 1000 });
    expect(at('5兆瓦', 0)).toMatchObject({ end: 1, value: 5 }); // 兆瓦 is the unit
  });
});

describe('shapes', () => {
  it('tells dates from durations', () => {
    expect(isDateShape('2021年5月', at('2021年5月', 0), 4)).toBe(true);
    expect(isDateShape('二〇二一年', at('二〇二一年', 0), 4)).toBe(true);
    expect(isDateShape('用三年时间', at('用三年时间', 1), 2)).toBe(false);
    expect(isDateShape('花费5日元', at('花费5日元', 2), 3)).toBe(false);
  });

  it('finds codes, list markers and formulas', () => {
    expect(isCodeShape('建设5G基站', at('建设5G基站', 2), 3, false)).toBe(true);
    expect(isCodeShape('新增5个', at('新增5个', 2), 3, true)).toBe(false);
    expect(isListMarker('一是稳增长', at('一是稳增长', 0), 1)).toBe(true);
    expect(isFormulaShape('“530”工程', at('“530”工程', 1), 4)).toBe(true);
    expect(isCountFormula('实施四个一工程', 4, '个')).toBe(true);
    expect(isCountFormula('建设3个1000亩园区', 3, '个')).toBe(false);
  });
});

describe('qualifiers and units', () => {
  it('reads qualifiers on both sides', () => {
    expect(qualifierBefore('产值过10亿元', 3)).toEqual({ approx: 'over', start: 2 });
    expect(qualifierBefore('通过10年', 2)).toBeUndefined();
    expect(qualifierBefore('超过了80', 3)).toEqual({ approx: 'over', start: 0 });
    expect(qualifierAfter('25%左右', 3, true)).toEqual({ approx: 'about', end: 5 });
    expect(qualifierAfter('10个多', 3, true)).toBeUndefined();
  });

  it('takes the longest unit', () => {
    expect(unitAt('增长30万千瓦时', 5)).toBe('千瓦时');
    expect(unitAt('提高1个百分点', 3)).toBe('个百分点');
    expect(unitAt('建设5Gbps', 2)).toBeUndefined();
  });
});
