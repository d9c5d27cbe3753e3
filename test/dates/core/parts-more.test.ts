import { describe, expect, it } from 'vitest';
import { parse, pick } from '../pick.js';

describe('parts of a year and of a month', () => {
  it('年底 is November–December, 年末 December 31 (the year-end of stock figures)', () => {
    expect(pick('一八年底')).toEqual([['一八年底', '2018-11-01', '2018-12-31', 'month', 'point']]);
    expect(pick('去年末全市常住人口')).toEqual([['去年末', '2020-12-31', '2020-12-31', 'day', 'point']]);
    expect(pick('截至3月末，贷款余额')).toEqual([['截至3月末', undefined, '2021-03-31', 'day', 'deadline']]);
    expect(pick('年底前完成')).toEqual([['年底前', '2021-06-14', '2021-12-31', 'month', 'deadline']]);
  });

  it('伊始 is January; 暑假/寒假 the school holidays', () => {
    expect(pick('二〇二三年伊始，')).toEqual([['二〇二三年伊始', '2023-01-01', '2023-01-31', 'month', 'point']]);
    expect(pick('今年暑期')).toEqual([['今年暑期', '2021-07-01', '2021-08-31', 'month', 'point']]);
    expect(pick('2024年寒假')).toEqual([['2024年寒假', '2024-01-15', '2024-02-29', 'month', 'point']]);
  });

  it('the n-th day of a year or month, with a time', () => {
    expect(pick('2030年第一天上午10点')).toEqual([['2030年第一天上午10点', '2030-01-01T10:00', '2030-01-01T10:00', 'time', 'point']]);
    expect(pick('2021年第32天')).toEqual([['2021年第32天', '2021-02-01', '2021-02-01', 'day', 'point']]);
    expect(pick('本月第五天')).toEqual([['本月第五天', '2021-06-05', '2021-06-05', 'day', 'point']]);
  });

  it('weeks of a relative month, the last week', () => {
    expect(pick('当月第二周')).toEqual([['当月第二周', '2021-06-14', '2021-06-20', 'week', 'point']]);
    // whole weeks inside the month: July 2021 ends on a Saturday
    expect(pick('下个月的最后一周')).toEqual([['下个月的最后一周', '2021-07-19', '2021-07-25', 'week', 'point']]);
    expect(pick('今年年中')).toEqual([['今年年中', '2021-06-01', '2021-07-31', 'month', 'point']]);
  });

  it('上一年 / 下一年 are calendar years', () => {
    expect(pick('上一年')).toEqual([['上一年', '2020-01-01', '2020-12-31', 'year', 'point']]);
    expect(parse('下一年')).toEqual(['下一年', '2022-01-01', '2022-12-31', 'year', 'point']);
    expect(pick('以上一年为基数')).toEqual([['上一年', '2020-01-01', '2020-12-31', 'year', 'point']]);
    expect(pick('马上一年又过去了')).toEqual([]);
  });

  it('an ISO date-time', () => {
    expect(pick('2021-06-14T08:30:00')).toEqual([['2021-06-14T08:30:00', '2021-06-14T08:30', '2021-06-14T08:30', 'time', 'point']]);
  });

  it('a year in Chinese digits with a month is a date, not a length', () => {
    expect(pick('一九九七年七月一日以后')).toEqual([['一九九七年七月一日以后', '1997-07-01', '2021-06-14', 'day', 'since']]);
    expect(pick('二〇〇八年八月')).toEqual([['二〇〇八年八月', '2008-08-01', '2008-08-31', 'month', 'point']]);
  });

  it('点钟 is a clock time; 左右 and 许 stay in the span', () => {
    expect(pick('九点钟开会')).toEqual([['九点钟', '2021-06-14T09:00', '2021-06-14T09:00', 'time', 'point']]);
    expect(pick('晚上7点许，')).toEqual([['晚上7点许', '2021-06-14T19:00', '2021-06-14T19:00', 'time', 'point']]);
    expect(parse('下午4点左右')).toEqual(['下午4点左右', '2021-06-14T16:00', '2021-06-14T16:00', 'time', 'point']);
  });

  it('今明两年, 明后两天; 当日, 翌日', () => {
    expect(pick('今明两年是攻坚期')).toEqual([['今明两年', '2021-01-01', '2022-12-31', 'year', 'span']]);
    expect(pick('明后两天有雨')).toEqual([['明后两天', '2021-06-15', '2021-06-16', 'day', 'span']]);
    expect(pick('翌日上午')).toEqual([['翌日上午', '2021-06-15T08:00', '2021-06-15T12:00', 'time', 'point']]);
    expect(pick('当日办结')).toEqual([['当日', '2021-06-14', '2021-06-14', 'day', 'point']]);
    expect(pick('应当日益完善')).toEqual([]);
  });
});
