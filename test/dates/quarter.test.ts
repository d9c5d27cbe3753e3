import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';
import { expectSpansExact } from '../helpers.js';

type Want = [text: string, from: string | undefined, to: string | undefined, granularity: string, role: string];
const pick = (input: string, referenceDate: string | null = '2022-08-09'): Want[] => {
  const found = extractDates(input, referenceDate ? { referenceDate } : {});
  expectSpansExact(input, found);
  return found.map((d) => [d.text, d.from, d.to, d.granularity, d.role]);
};

describe('quarters', () => {
  it('relative quarters shift the reference quarter', () => {
    expect(pick('上季度末库存下降')).toEqual([['上季度末', '2022-06-01', '2022-06-30', 'month', 'point']]);
    expect(pick('下个季度将开工')).toEqual([['下个季度', '2022-10-01', '2022-12-31', 'quarter', 'point']]);
    expect(pick('本季度')).toEqual([['本季度', '2022-07-01', '2022-09-30', 'quarter', 'point']]);
    expect(pick('上季度', '2022-02-01')).toEqual([['上季度', '2021-10-01', '2021-12-31', 'quarter', 'point']]);
    expect(pick('這一季度初', '2022-11-30')).toEqual([['這一季度初', '2022-10-01', '2022-10-31', 'month', 'point']]);
    expect(pick('本季度', null)).toEqual([['本季度', undefined, undefined, 'quarter', 'point']]);
  });
  it('the first n quarters of a year', () => {
    expect(pick('2020年前两个季度全市GDP')).toEqual([['2020年前两个季度', '2020-01-01', '2020-06-30', 'quarter', 'span']]);
    expect(pick('去年前三个季度')).toEqual([['去年前三个季度', '2021-01-01', '2021-09-30', 'quarter', 'span']]);
  });
  it('a quarter in digits without a year takes the reference year', () => {
    expect(pick('3季度全县税收')).toEqual([['3季度', '2022-07-01', '2022-09-30', 'quarter', 'point']]);
    expect(pick('第4季度')).toEqual([['第4季度', '2022-10-01', '2022-12-31', 'quarter', 'point']]);
    expect(pick('13季度')).toEqual([]);
  });
});
