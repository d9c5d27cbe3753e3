import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/index.js';

type Row = [string, string | undefined, string | undefined, string, string];

/** Every mention as [text, from, to, granularity, role], spans checked against the input. */
function at(input: string, referenceDate: string, durations = false): Row[] {
  const got = extractDates(input, { referenceDate, durations });
  for (const d of got) expect(input.slice(d.start, d.end)).toBe(d.text);
  return got.map((d) => [d.text, d.from, d.to, d.granularity, d.role]);
}

describe('前 / 后: the unit period that contains the shifted point', () => {
  it.each<[string, string, Row]>([
    ['三年前，全县只有一所高中', '2021-06-14', ['三年前', '2018-01-01', '2018-12-31', 'year', 'point']],
    ['七年后这里将建成新城', '2021-06-14', ['七年后', '2028-01-01', '2028-12-31', 'year', 'point']],
    ['4周后复查', '2021-06-14', ['4周后', '2021-07-12', '2021-07-18', 'week', 'point']],
    ['3个月后再议', '2021-06-14', ['3个月后', '2021-09-01', '2021-09-30', 'month', 'point']],
    ['5天后出院', '2021-06-14', ['5天后', '2021-06-19', '2021-06-19', 'day', 'point']],
    ['一年半后投产', '2019', ['一年半后', '2020-07-01', '2020-07-31', 'month', 'point']],
    ['半年后验收', '2021-06-14', ['半年后', '2021-12-01', '2021-12-31', 'month', 'point']],
    ['两个半月前签约', '2021-06-14', ['两个半月前', '2021-03-30', '2021-03-30', 'day', 'point']],
    ['十来年前的老厂房', '2021-06-14', ['十来年前', '2011-01-01', '2011-12-31', 'year', 'point']],
    ['半小时前发布预警', '2021-06-14', ['半小时前', '2021-06-14', '2021-06-14', 'day', 'point']],
    ['一刻钟后出发', '2021-06-14', ['一刻钟后', '2021-06-14', '2021-06-14', 'day', 'point']],
    ['三年半以後', '2019-01-01', ['三年半以後', '2022-07-01', undefined, 'month', 'since']],
    ['3 年 后', '2021-06-14', ['3 年 后', '2024-01-01', '2024-12-31', 'year', 'point']],
  ])('%s', (input, ref, want) => {
    expect(at(input, ref)).toEqual([want]);
  });
});

describe('以前 / 以后: one open end', () => {
  it.each<[string, string, Row]>([
    ['一年半以前', '2021', ['一年半以前', undefined, '2019-07-31', 'month', 'deadline']],
    ['半年之后', '2021-06-14', ['半年之后', '2021-12-01', undefined, 'month', 'since']],
    ['3年半以后', '2019', ['3年半以后', '2022-07-01', undefined, 'month', 'since']],
    ['5个交易日之后', '2021-06-14', ['5个交易日之后', '2021-06-21', undefined, 'day', 'since']],
    ['20多个月之后', '2021-06-14', ['20多个月之后', '2023-02-01', undefined, 'month', 'since']],
    ['十三秒钟以后', '2019-02-18', ['十三秒钟以后', '2019-02-18', '2019-02-18', 'day', 'since']],
    ['过十周再看', '2021-06-14', ['过十周', '2021-08-23', undefined, 'week', 'since']],
    ['三年多以前', '2021-06-14', ['三年多以前', undefined, '2018-12-31', 'year', 'deadline']],
    ['十个工作日以后', '2021-06-14', ['十个工作日以后', '2021-06-28', undefined, 'day', 'since']],
    ['OCR: 3 个 月 之 后', '2021-06-14', ['3 个 月 之 后', '2021-09-01', undefined, 'month', 'since']],
  ])('%s', (input, ref, want) => {
    expect(at(input, ref)).toEqual([want]);
  });
});

describe('以内 and 以来: between the reference and the shifted point', () => {
  it.each<[string, string, Row]>([
    ['力争两年内建成', '2016-03-05', ['两年内', '2016-03-05', '2018-03-05', 'year', 'deadline']],
    ['县里要求3年半以内完成', '2019-09', ['3年半以内', undefined, '2023-03-31', 'day', 'deadline']],
    ['90分钟以内送达', '2019-02-18', ['90分钟以内', '2019-02-18', '2019-02-18', 'day', 'deadline']],
    ['须在十五个工作日内办结', '2021-06-14', ['十五个工作日内', '2021-06-14', '2021-07-05', 'day', 'deadline']],
    ['3个多月以来', '2019-08-22', ['3个多月以来', '2019-05-01', '2019-08-22', 'month', 'since']],
    ['近三个月以来，全镇新增就业', '2019-08-22', ['近三个月以来', '2019-05-01', '2019-08-22', 'month', 'since']],
    ['一年来，我们主要做了以下工作', '2016-03-05', ['一年来', '2015-01-01', '2016-03-05', 'year', 'since']],
    ['一天半以来', '2019-02-18', ['一天半以来', '2019-02-16', '2019-02-18', 'day', 'since']],
    ['一年多来，全市上下', '2021-06-14', ['一年多来', '2020-01-01', '2021-06-14', 'year', 'since']],
    ['半個月以來', '2021-06-14', ['半個月以來', '2021-05-30', '2021-06-14', 'day', 'since']],
  ])('%s', (input, ref, want) => {
    expect(at(input, ref)).toEqual([want]);
  });
});

describe('words before the count', () => {
  it.each<[string, string, Row]>([
    ['未来48小时有强降雨', '2021-06-14', ['未来48小时', '2021-06-14', '2021-06-16', 'day', 'span']],
    ['未来三天', '2021-06-14', ['未来三天', '2021-06-14', '2021-06-17', 'day', 'span']],
    ['后3天', '2021-06-14', ['后3天', '2021-06-15', '2021-06-17', 'day', 'span']],
    ['未来2个月', '2021-07', ['未来2个月', '2021-07-01', '2021-08-31', 'month', 'span']],
    ['近仨月', '2021-06-14', ['近仨月', '2021-03-14', '2021-06-14', 'month', 'span']],
    ['今后五年', '2016-03-05', ['今后五年', '2016-01-01', '2020-12-31', 'year', 'span']],
    ['过去五年', '2016-03-05', ['过去五年', '2011-01-01', '2015-12-31', 'year', 'span']],
    ['过去一年，全省经济', '2011-03-05', ['过去一年', '2010-01-01', '2010-12-31', 'year', 'point']],
    ['還剩5分鐘', '2016-11-07', ['還剩5分鐘', '2016-11-07', '2016-11-07', 'day', 'span']],
    ['前两分钟', '2021-06-14', ['前两分钟', '2021-06-14', '2021-06-14', 'day', 'span']],
    ['距大会开幕还有3天', '2021-06-14', ['还有3天', '2021-06-14', '2021-06-17', 'day', 'span']],
    ['最近一周', '2021-06-14', ['最近一周', '2021-06-07', '2021-06-14', 'week', 'span']],
    ['再过半个小时', '2021-06-14', ['再过半个小时', '2021-06-14', '2021-06-14', 'day', 'since']],
  ])('%s', (input, ref, want) => {
    expect(at(input, ref)).toEqual([want]);
  });
});

describe('not offsets', () => {
  it('lengths stay durations, one home per span', () => {
    expect(at('连续3年保持增长', '2021-06-14')).toEqual([]);
    expect(at('用三年时间完成改造', '2021-06-14', true)).toEqual([['用三年时间', undefined, undefined, 'duration', 'span']]);
    expect(at('工龄3年以上的职工', '2021-06-14', true)).toEqual([['3年', undefined, undefined, 'duration', 'span']]);
    expect(at('经过三年努力', '2021-06-14', true)).toEqual([['三年', undefined, undefined, 'duration', 'span']]);
    expect(at('三年前', '2021-06-14', true)).toEqual([['三年前', '2018-01-01', '2018-12-31', 'year', 'point']]);
  });
  it('counts without a unit of time, vague counts, halves of a period, named months and days', () => {
    expect(at('新建20多个项目', '2021-06-14')).toEqual([]);
    expect(at('二十年前后', '2021-06-14')).toEqual([]);
    expect(at('从近三年来看', '2021-06-14').map((d) => d[0])).toEqual(['从近三年']);
    expect(at('几天前', '2021-06-14')).toEqual([]);
    expect(at('几十年来', '2021-06-14')).toEqual([]);
    expect(at('上半年', '2021-06-14')).toEqual([['上半年', '2021-01-01', '2021-06-30', 'half', 'point']]);
    expect(at('3月前完成', '2021-01-10')).toEqual([['3月前', '2021-01-10', '2021-03-31', 'month', 'deadline']]);
    expect(at('15日前报送', '2021-06-10')[0][0]).toBe('15日前');
    expect(at('15日前报送', '2021-06-10')[0][3]).toBe('day');
    // left to the core grammar: a year already past stops before it (docs/dates.md, before-words)
    expect(at('2018年前建成', '2021-06-14')).toEqual([['2018年前', undefined, '2017-12-31', 'year', 'deadline']]);
  });
  it('two numerals side by side: a deadline takes the upper one, other readings none', () => {
    expect(at('争取三五年内见效', '2021-03-05')).toEqual([['三五年内', '2021-03-05', '2026-03-05', 'year', 'deadline']]);
    expect(at('两三年前', '2021-03-05').filter((d) => d[0] === '两三年前')).toEqual([]);
  });
  it('a four-digit count is a count unless it is a plausible year', () => {
    expect(at('1000年前的古城', '2021-03-05')).toEqual([['1000年前', '1021-01-01', '1021-12-31', 'year', 'point']]);
    expect(at('2000年前建成', '2021-03-05')).toEqual([['2000年前', undefined, '1999-12-31', 'year', 'deadline']]);
  });
  it('without a reference date: relative, no from/to', () => {
    const [d] = extractDates('三年前');
    expect(d).toMatchObject({ text: '三年前', relative: true, role: 'point' });
    expect(d.from).toBeUndefined();
  });
});

describe('the n-th day from the reference (day one) on', () => {
  it.each<[string, Row]>([
    ['第三天起恢复供水', ['第三天起', '2021-06-16', undefined, 'day', 'since']],
    ['从第2日开始执行', ['从第2日开始', '2021-06-15', undefined, 'day', 'since']],
    ['第 3 天起', ['第 3 天起', '2021-06-16', undefined, 'day', 'since']],
  ])('%s', (input, want) => {
    expect(at(input, '2021-06-14')).toEqual([want]);
  });
  it('an event’s n-th day is not counted from the reference', () => {
    expect(at('会议第三天起草决议', '2021-06-14')).toEqual([]);
    expect(at('展会第三天起', '2021-06-14')).toEqual([]);
  });
});
