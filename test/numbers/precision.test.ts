import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/numbers/index.js';

const q = (s: string) => extractQuantities(s).map((x) => [s.slice(x.start, x.end), x.value, x.unit]);

describe('quantities precision: what is no stray quantity', () => {
  it('lengths of time that frame a period or an action', () => {
    expect(q('过去五年，全省经济总量跨上新台阶。这五年，成就显著。')).toEqual([]);
    expect(q('十年来，县域面貌焕然一新；实施三年行动计划，两年内完成改造。')).toEqual([]);
    expect(q('用三年时间基本建成，比五年前增加5800多亿元')).toEqual([['5800多亿元', 580000000000, '元']]);
    expect(q('過去五年，全港新增住宅單位2萬個')).toEqual([['2萬個', 20000, '个']]);
  });
  it('keeps a length of time that is a metric value', () => {
    expect(q('劳动年龄人口平均受教育年限从10.5年提高到11.3年')).toEqual([
      ['10.5年', 10.5, '年'],
      ['11.3年', 11.3, '年'],
    ]);
    expect(q('人均预期寿命达到79岁，试用期为6个月')).toEqual([
      ['79岁', 79, '岁'],
      ['6个月', 6, '个月'],
    ]);
  });
  it('list markers after the end of a sentence', () => {
    expect(q('一、主要任务\n1．扩大有效投资。2．培育新动能，新增企业300家。')).toEqual([['300家', 300, '家']]);
  });
  it('fiscal years written as two calendar years', () => {
    expect(q('2026／27年度財政預算新增開支120億元')).toEqual([['120億元', 12000000000, '元']]);
    expect(q('2025/26年度')).toEqual([]);
  });
  it('spaced thousands are one number', () => {
    expect(q('全市共有77 100个市场主体')).toEqual([['77 100个', 77100, '个']]);
    expect(q('常住人口达到1 234 567人')).toEqual([['1 234 567人', 1234567, '人']]);
    expect(q('2020年 100个项目')).toEqual([['100个', 100, '个']]);
  });
});
