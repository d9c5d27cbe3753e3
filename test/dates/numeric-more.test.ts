import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';
import { expectSpansExact } from '../helpers.js';

type Want = [text: string, from: string | undefined, to: string | undefined, granularity: string, role: string];
const pick = (input: string, referenceDate = '2023-04-20'): Want[] => {
  const found = extractDates(input, { referenceDate });
  expectSpansExact(input, found);
  return found.map((d) => [d.text, d.from, d.to, d.granularity, d.role]);
};

describe('compact days (YYYYMMDD)', () => {
  it('reads eight digits that make a real day in a plausible year', () => {
    expect(pick('本通知自20230315起施行')).toEqual([['自20230315起', '2023-03-15', '2023-04-20', 'day', 'since']]);
    expect(pick('發布日期：19991008')).toEqual([['19991008', '1999-10-08', '1999-10-08', 'day', 'point']]);
  });
  it('leaves out amounts, longer runs, impossible days and implausible years', () => {
    expect(pick('全县投入20230315元')).toEqual([]);
    expect(pick('受理编号2023031512')).toEqual([]);
    expect(pick('批次20230230')).toEqual([]);
    expect(pick('样本号12340512')).toEqual([]);
    expect(pick('共20230315人次')).toEqual([]);
  });
});

describe('numeric month ranges (YYYY.MM-YYYY.MM)', () => {
  it('spans from the first day of the first month to the last day of the second', () => {
    expect(pick('任职经历：2016.09-2020.02 县发改委')).toEqual([['2016.09-2020.02', '2016-09-01', '2020-02-29', 'month', 'span']]);
    expect(pick('2008/03至2011/11在鄉鎮工作')).toEqual([['2008/03至2011/11', '2008-03-01', '2011-11-30', 'month', 'span']]);
  });
  it('does not read a backwards range', () => {
    expect(pick('2020.02-2016.09')).toEqual([]);
  });
});

describe('numeric date-time ranges', () => {
  it('a date and time to another date and time', () => {
    expect(pick('报名时间：2022.11.03 08:30-2022.11.10 17:00')).toEqual([
      ['2022.11.03 08:30-2022.11.10 17:00', '2022-11-03T08:30', '2022-11-10T17:00', 'time', 'span'],
    ]);
  });
  it('a date with a dashed time, OCR spacing and a full-width colon', () => {
    expect(pick('更新于2022-07-18-16：40')).toEqual([['2022-07-18-16：40', '2022-07-18T16:40', '2022-07-18T16:40', 'time', 'point']]);
    expect(pick('2022-07-18 9:05 - 2022-07-19 10:00')).toEqual([
      ['2022-07-18 9:05 - 2022-07-19 10:00', '2022-07-18T09:05', '2022-07-19T10:00', 'time', 'span'],
    ]);
  });
});
