import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';
import { parse, pick } from './pick.js';

describe('dates only as the whole input', () => {
  it('a bare plausible year', () => {
    expect(parse('2016')).toEqual(['2016', '2016-01-01', '2016-12-31', 'year', 'point']);
    expect(parse(' 1999 ')).toEqual(['1999', '1999-01-01', '1999-12-31', 'year', 'point']);
    expect(parse('5000')).toBeUndefined();
    expect(pick('共建成2016套住房')).toEqual([]);
  });

  it('a day alone, M/D, the present', () => {
    expect(parse('25号')).toEqual(['25号', '2021-06-25', '2021-06-25', 'day', 'point']);
    expect(parse('十八日')).toEqual(['十八日', '2021-06-18', '2021-06-18', 'day', 'point']);
    expect(parse('11/30')).toEqual(['11/30', '2021-11-30', '2021-11-30', 'day', 'point']);
    expect(parse('此刻')).toEqual(['此刻', '2021-06-14', '2021-06-14', 'day', 'point']);
    expect(parse('当下', '2020-02-29')).toEqual(['当下', '2020-02-29', '2020-02-29', 'day', 'point']);
    expect(pick('25号楼')).toEqual([]);
    expect(pick('马上就办')).toEqual([]);
  });

  it('day words and a minutes:seconds clock are the reference day', () => {
    expect(parse('整天')).toEqual(['整天', '2021-06-14', '2021-06-14', 'day', 'point']);
    expect(parse('白天')).toEqual(['白天', '2021-06-14T06:00', '2021-06-14T18:59', 'time', 'point']);
    expect(parse('48:05')).toEqual(['48:05', '2021-06-14', '2021-06-14', 'time', 'point']);
    expect(pick('白天施工，夜间停工')).toEqual([['夜间', '2021-06-14T20:00', '2021-06-14T23:59', 'time', 'point']]);
  });

  it('without a reference the present has no from/to', () => {
    expect(extractDates('现在')).toEqual([{ text: '现在', start: 0, end: 2, granularity: 'day', role: 'point', relative: true }]);
  });

  it('a numeric year-month, and month first where day first names no day', () => {
    expect(parse('2020-07')).toEqual(['2020-07', '2020-07-01', '2020-07-31', 'month', 'point']);
    expect(parse('2018.11')).toEqual(['2018.11', '2018-11-01', '2018-11-30', 'month', 'point']);
    expect(pick('增速为2018.11')).toEqual([]);
    expect(pick('12/25/2020')).toEqual([['12/25/2020', '2020-12-25', '2020-12-25', 'day', 'point']]);
    expect(pick('05/06/2020')).toEqual([['05/06/2020', '2020-06-05', '2020-06-05', 'day', 'point']]);
  });

  it('第N天 counts the reference day as the first', () => {
    expect(parse('第五天')).toEqual(['第五天', '2021-06-18', '2021-06-18', 'day', 'point']);
    expect(parse('第2天起')).toEqual(['第2天起', '2021-06-15', undefined, 'day', 'since']);
    expect(pick('培训第五天')).toEqual([]);
  });
});
