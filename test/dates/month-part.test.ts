import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';
import { expectSpansExact } from '../helpers.js';

type Want = [text: string, from: string | undefined, to: string | undefined, granularity: string, role: string];
const pick = (input: string, referenceDate: string | null = '2022-09-21'): Want[] => {
  const found = extractDates(input, referenceDate ? { referenceDate } : {});
  expectSpansExact(input, found);
  return found.map((d) => [d.text, d.from, d.to, d.granularity, d.role]);
};

describe('parts of a month', () => {
  it('the first or last n days of a month', () => {
    expect(pick('这个月前三天完成申报')).toEqual([['这个月前三天', '2022-09-01', '2022-09-03', 'day', 'span']]);
    expect(pick('7月前5天')).toEqual([['7月前5天', '2022-07-01', '2022-07-05', 'day', 'span']]);
    expect(pick('本月最後2天')).toEqual([['本月最後2天', '2022-09-29', '2022-09-30', 'day', 'span']]);
    expect(pick('上个月后3天')).toEqual([['上个月后3天', '2022-08-29', '2022-08-31', 'day', 'span']]);
  });
  it('当月 is the reference month', () => {
    expect(pick('当月全县用电量')).toEqual([['当月', '2022-09-01', '2022-09-30', 'month', 'point']]);
    expect(pick('当月', null)).toEqual([['当月', undefined, undefined, 'month', 'point']]);
  });
  it('more days than a month has leave the month alone', () => {
    expect(pick('2月前40天').map((w) => w[0])).not.toContain('2月前40天');
  });
});

describe('first and last months of a year', () => {
  it('首月 is January, 后N月 the last n months', () => {
    expect(pick('2019年首月')).toEqual([['2019年首月', '2019-01-01', '2019-01-31', 'month', 'point']]);
    expect(pick('二零二零年后两月')).toEqual([['二零二零年后两月', '2020-11-01', '2020-12-31', 'month', 'span']]);
    expect(pick('明年最后4个月')).toEqual([['明年最后4个月', '2023-09-01', '2023-12-31', 'month', 'span']]);
  });
});
