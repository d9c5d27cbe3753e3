import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';

const REF = { referenceDate: '2021-05-13' };
const pick = (s: string) =>
  extractDates(s, REF).map((d) => {
    expect(s.slice(d.start, d.end)).toBe(d.text);
    return [d.text, d.from, d.to, d.granularity];
  });

describe('two-digit and abbreviated years are years, not durations', () => {
  it('a two-digit year before a month or a part of the year', () => {
    expect(pick('该厂于98年4月投产')).toEqual([['98年4月', '1998-04-01', '1998-04-30', 'month']]);
    expect(pick('九七年一季度出口回落')).toEqual([['九七年一季度', '1997-01-01', '1997-03-31', 'quarter']]);
    expect(pick('零六年上半年')).toEqual([['零六年上半年', '2006-01-01', '2006-06-30', 'half']]);
  });
  it('a Chinese digit-by-digit year alone; a vague count of neighbours stays a length', () => {
    expect(pick('八五年建厂')).toEqual([['八五年', '1985-01-01', '1985-12-31', 'year']]);
    expect(pick('用了三四年')).toEqual([]);
    expect(extractDates('用了三四年', { ...REF, durations: true }).map((d) => d.granularity)).toEqual(['duration']);
    expect(pick('已有40年')).toEqual([]);
  });
});

describe('quarters', () => {
  it('quarters written with a digit, alone or after a year', () => {
    expect(pick('全省1季度GDP增长')).toEqual([['1季度', '2021-01-01', '2021-03-31', 'quarter']]);
    expect(pick('今年3季度')).toEqual([['今年3季度', '2021-07-01', '2021-09-30', 'quarter']]);
  });
  it('quarters counted from the reference quarter', () => {
    expect(pick('上季度末存款余额')).toEqual([['上季度末', '2021-03-01', '2021-03-31', 'month']]);
    expect(pick('下個季度開工')).toEqual([['下個季度', '2021-07-01', '2021-09-30', 'quarter']]);
    expect(pick('下个季度开工')).toEqual([['下个季度', '2021-07-01', '2021-09-30', 'quarter']]);
    expect(pick('本季度内')).toEqual([['本季度', '2021-04-01', '2021-06-30', 'quarter']]);
    expect(pick('上季作物')).toEqual([]);
  });
});
