import { describe, expect, it } from 'vitest';
import { parse, pick } from '../pick.js';

describe('ranges whose right end inherits from the left', () => {
  it('a digit day without 日 before a range word or at the end (1月3至2月10)', () => {
    expect(pick('会期定于3月8至3月12，地点另行通知')).toEqual([['3月8至3月12', '2021-03-08', '2021-03-12', 'day', 'span']]);
    expect(pick('报名时间：11月2-9日。')).toEqual([['11月2-9日', '2021-11-02', '2021-11-09', 'day', 'span']]);
    expect(pick('二〇二〇年7月6—10日举办')).toEqual([['二〇二〇年7月6—10日', '2020-07-06', '2020-07-10', 'day', 'span']]);
    expect(pick('截止时间为12月1 18:00。')).toEqual([['12月1 18:00', '2021-12-01T18:00', '2021-12-01T18:00', 'time', 'point']]);
    // OCR spacing between month and day
    expect(pick('2 0 2 0年 3 月 8 至 3 月 12')).toEqual([['2 0 2 0年 3 月 8 至 3 月 12', '2020-03-08', '2020-03-12', 'day', 'span']]);
    expect(pick('二〇二〇年 5 月 4 日')).toEqual([['二〇二〇年 5 月 4 日', '2020-05-04', '2020-05-04', 'day', 'point']]);
  });

  it('a digit day without 日 is no day before a unit or a count (1月3个, 1月3-5个工作日)', () => {
    expect(pick('1月3个项目开工')).toEqual([['1月', '2021-01-01', '2021-01-31', 'month', 'point']]);
    expect(pick('1月3家企业投产')).toEqual([['1月', '2021-01-01', '2021-01-31', 'month', 'point']]);
    // 3-5个工作日内 is a deadline of its own (to the fifth working day after the reference)
    expect(pick('1月3-5个工作日内办结')).toEqual([
      ['1月', '2021-01-01', '2021-01-31', 'month', 'point'],
      ['3-5个工作日内', '2021-06-14', '2021-06-21', 'day', 'deadline'],
    ]);
    expect(pick('增幅为1月3.5%')).toEqual([['1月', '2021-01-01', '2021-01-31', 'month', 'point']]);
  });

  it('a year written once before a bare month range (2019年1-五月)', () => {
    expect(pick('2018年1-9月，全市完成投资')).toEqual([['2018年1-9月', '2018-01-01', '2018-09-30', 'month', 'span']]);
    expect(pick('去年三-五月份')).toEqual([['去年三-五月份', '2020-03-01', '2020-05-31', 'month', 'span']]);
    expect(pick('2017年2-十月')).toEqual([['2017年2-十月', '2017-02-01', '2017-10-31', 'month', 'span']]);
  });

  it('a relative right end stands on its own (2014年11月到下个月9号)', () => {
    expect(pick('从2016年3月到下个月15号')).toEqual([['从2016年3月到下个月15号', '2016-03-01', '2021-07-15', 'month', 'span']]);
    expect(pick('2020年5月至明天')).toEqual([['2020年5月至明天', '2020-05-01', '2021-06-15', 'month', 'span']]);
  });

  it('weekdays of named weeks, and a bare weekday taking the left week', () => {
    expect(pick('上周星期四到这周一')).toEqual([['上周星期四到这周一', '2021-06-10', '2021-06-14', 'day', 'span']]);
    expect(pick('下周二至周四集中办理')).toEqual([['下周二至周四', '2021-06-22', '2021-06-24', 'day', 'span']]);
    expect(pick('下個禮拜星期五')).toEqual([['下個禮拜星期五', '2021-06-25', '2021-06-25', 'day', 'point']]);
  });

  it('月底 / 月初 alone take the left end’s month', () => {
    expect(pick('从4月10日到月底')).toEqual([['从4月10日到月底', '2021-04-10', '2021-04-30', 'day', 'span']]);
    expect(pick('月初')).toEqual([['月初', '2021-06-01', '2021-06-10', 'xun', 'point']]);
    expect(pick('每月底报送')).toEqual([]);
    expect(pick('不忘岁月初心')).toEqual([]);
  });

  it('the 自…起至…止 frame', () => {
    expect(pick('有效期自2021-03-01起至2021-08-31止。')).toEqual([
      ['自2021-03-01起至2021-08-31止', '2021-03-01', '2021-08-31', 'day', 'span'],
    ]);
    expect(pick('自2019年起至2023年止')).toEqual([['自2019年起至2023年止', '2019-01-01', '2023-12-31', 'year', 'span']]);
    expect(pick('截至2020年6月底止')).toEqual([['截至2020年6月底止', undefined, '2020-06-30', 'xun', 'deadline']]);
  });

  it('the present as a right end (去年到现在)', () => {
    expect(pick('前年到现在')).toEqual([['前年到现在', '2019-01-01', '2021-06-14', 'year', 'span']]);
    expect(pick('2018年至目前，累计投入')).toEqual([['2018年至目前', '2018-01-01', '2021-06-14', 'year', 'span']]);
    expect(pick('现在，我代表国务院，向大会报告政府工作')).toEqual([]);
    expect(pick('目前全市共有企业')).toEqual([]);
    expect(pick('从现在到年底')).toEqual([['从现在到年底', '2021-06-14', '2021-12-31', 'day', 'span']]);
    expect(pick('现在，到2025年')).toEqual([['到2025年', '2021-06-14', '2025-12-31', 'year', 'deadline']]);
    expect(pick('3月1日起至今')).toEqual([['3月1日起至今', '2021-03-01', '2021-06-14', 'day', 'since']]);
  });

  it('two days of no month make a range of the reference month (3日到5日)', () => {
    expect(pick('8日至11日')).toEqual([['8日至11日', '2021-06-08', '2021-06-11', 'day', 'span']]);
    expect(parse('二十日至二十五日')).toEqual(['二十日至二十五日', '2021-06-20', '2021-06-25', 'day', 'span']);
  });

  it('MM-DD with a time, or paired in a range', () => {
    expect(pick('10-08 09:30 至 10-09 17:00')).toEqual([
      ['10-08 09:30 至 10-09 17:00', '2021-10-08T09:30', '2021-10-09T17:00', 'time', 'span'],
    ]);
    expect(pick('活动时间07-01至08-15')).toEqual([['07-01至08-15', '2021-07-01', '2021-08-15', 'day', 'span']]);
    expect(pick('比分3-1，以2-0获胜')).toEqual([]);
    expect(pick('完成率达3/4')).toEqual([]);
  });
});
