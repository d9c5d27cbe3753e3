import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/targets/index.js';
import { commitmentWindow, resultPeriod } from '../../src/track/period.js';

const day = (s: string) => ({ year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)), day: Number(s.slice(8, 10)) });
const target = (text: string, ref: string) => {
  const t = extractTargets(text, { referenceDate: ref })[0];
  if (!t) throw new Error(`no target in ${text}`);
  return t;
};

describe('commitmentWindow', () => {
  it('reads this year, a plan deadline and the document year', () => {
    expect(commitmentWindow(target('今年全市地区生产总值增长6%左右。', '2023-02-14'), day('2023-02-14'))).toEqual({
      start: 2023,
      due: 2023,
      dueDay: '2023-12-31',
      multiYear: false,
    });
    expect(commitmentWindow(target('到2027年，全县规上工业企业达到420家。', '2024-01-30'), day('2024-01-30'))).toEqual({
      start: 2024,
      due: 2027,
      dueDay: '2027-12-31',
      multiYear: true,
    });
  });
});

describe('resultPeriod', () => {
  it('reads a stated year, last year, and the review year of an early-year report', () => {
    expect(resultPeriod(target('2022年，全区地区生产总值增长4.1%。', '2023-01-20'), day('2023-01-20'))).toEqual({
      start: 2022,
      year: 2022,
      partial: false,
    });
    expect(resultPeriod(target('去年，全区地区生产总值增长4.1%。', '2023-01-20'), day('2023-01-20'))).toEqual({
      start: 2022,
      year: 2022,
      partial: false,
    });
    expect(resultPeriod(target('过去一年，全区地区生产总值增长4.1%。', '2023-01-20'), day('2023-01-20'))).toEqual({
      start: 2022,
      year: 2022,
      partial: false,
    });
  });

  it('marks part of a year as partial', () => {
    expect(resultPeriod(target('上半年，全区地区生产总值增长3.2%。', '2023-07-25'), day('2023-07-25'))).toMatchObject({
      year: 2023,
      partial: true,
    });
  });
});
