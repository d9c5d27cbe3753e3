import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/targets/index.js';
import type { Approx, Target } from '../../src/types.js';
import { keyOf, unitFamily } from '../../src/track/key.js';
import { foldName, readMetric } from '../../src/track/metric.js';

const first = (s: string, ref = '2023-03-01') => {
  const t = extractTargets(s, { referenceDate: ref })[0];
  if (!t) throw new Error(`no target in ${s}`);
  return t;
};

/** A target as extractTargets shapes it, built by hand so these tests read only the key. */
const made = (metric: string, action: string | undefined, value: number, unit: string, approx: Approx = 'exact'): Target => {
  const text = `${metric}${action ?? ''}${value}${unit}`;
  const q = { text: `${value}${unit}`, start: text.length - `${value}${unit}`.length, end: text.length, value, unit, approx };
  return { text, start: 0, end: text.length, metric, ...(action ? { action } : {}), value: q, status: 'target' };
};

describe('readMetric', () => {
  it('trims scope, time, place, copulas and growth words', () => {
    expect(readMetric('全省地区生产总值', '全省地区生产总值年均增长7%')).toEqual({
      name: '地区生产总值',
      average: true,
      growthWord: false,
      fallWord: false,
    });
    expect(readMetric('潍坊市地区生产总值')).toMatchObject({ name: '地区生产总值', place: '潍坊市' });
    expect(readMetric('城镇调查失业率平均为')).toMatchObject({ name: '城镇调查失业率' });
    expect(readMetric('居民消费价格涨幅')).toMatchObject({ name: '居民消费价格', growthWord: true });
    expect(readMetric('粮食总产量')).toMatchObject({ name: '粮食产量' });
    expect(readMetric('城乡居民人均可支配收入增长5.1%和')).toMatchObject({ name: '城乡居民人均可支配收入' });
  });

  it('keeps common nouns that end like places', () => {
    expect(readMetric('地区生产总值').place).toBeUndefined();
    expect(readMetric('城市建成区绿化覆盖率').place).toBeUndefined();
    expect(readMetric('新增市场主体').place).toBeUndefined();
  });

  it('folds Traditional script, width, case and 规模以上', () => {
    expect(foldName('規模以上工業增加值')).toBe('规上工业增加值');
    expect(foldName('ＧＤＰ')).toBe('gdp');
    expect(foldName('“一般公共預算收入”')).toBe('一般公共预算收入');
  });
});

describe('unitFamily', () => {
  it('folds magnitudes and converts within a family', () => {
    expect(unitFamily('元')).toEqual({ family: 'money', factor: 1 });
    expect(unitFamily('万吨')).toEqual({ family: 'mass', factor: 10000000 });
    expect(unitFamily('斤')).toEqual({ family: 'mass', factor: 0.5 });
    expect(unitFamily('亿美元')).toEqual({ family: 'usd', factor: 1e8 });
    expect(unitFamily('家')).toEqual({ family: 'entity', factor: 1 });
    expect(unitFamily('标箱')).toEqual({ family: '标箱', factor: 1 });
  });
});

describe('keyOf', () => {
  it('gives one key to the synonyms of an indicator, per measure', () => {
    expect(keyOf(first('今年全市地区生产总值增长6.5%左右。')).key).toBe('gdp:growth');
    expect(keyOf(first('今年GDP增长6%。')).key).toBe('gdp:growth');
    expect(keyOf(first('全市经济总量突破3000亿元。')).key).toBe('gdp:level');
    expect(keyOf(made('新增城镇就业', undefined, 52000, '人')).key).toBe('urban-new-jobs:increment');
    expect(keyOf(made('常住人口城镇化率', '达到', 63, '%')).key).toBe('urbanization:share');
  });

  it('reads direction from the indicator table and from the verb', () => {
    expect(keyOf(made('居民消费价格涨幅', undefined, 3, '%', 'about'))).toMatchObject({ key: 'cpi:growth', direction: 'lower', value: 3 });
    expect(keyOf(made('单位地区生产总值能耗', '下降', 2.5, '%'))).toMatchObject({
      key: 'energy-intensity:growth',
      direction: 'lower',
      value: -2.5,
    });
    expect(keyOf(made('一般公共预算收入', '增长', 6, '%'))).toMatchObject({
      key: 'general-budget-revenue:growth',
      direction: 'higher',
      value: 6,
    });
  });

  it('keys unknown metrics by their own folded form and levels by unit family', () => {
    const k = keyOf(first('今年全县新能源汽车产量达到12万辆。'));
    expect(k).toMatchObject({ key: '新能源汽车产量:level', family: '辆', value: 120000 });
    expect(keyOf(first('粮食产量稳定在95万吨以上。'))).toMatchObject({ key: 'grain-output:level', family: 'mass', value: 950000000 });
  });

  it('gives a metric cut before a parallel modifier the shared head', () => {
    const ts = extractTargets('过去一年，城镇、农村居民人均可支配收入分别增长6.2%、7.8%。', { referenceDate: '2025-01-14' });
    expect(ts.map((t) => [keyOf(t).key, t.value.value])).toEqual([
      ['urban-disposable-income:growth', 6.2],
      ['rural-disposable-income:growth', 7.8],
    ]);
  });

  it('keeps all industry apart from industry above designated size', () => {
    expect(keyOf(made('全部工业增加值', '增长', 6, '%')).key).toBe('industry-value-added:growth');
    expect(keyOf(made('规模以上工业增加值', '增长', 6, '%')).key).toBe('industrial-value-added:growth');
  });
});
