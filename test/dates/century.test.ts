import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';
import { expectSpansExact } from '../helpers.js';

type Want = [text: string, from: string | undefined, to: string | undefined, granularity: string, role: string];
const pick = (input: string, referenceDate: string | null = '2023-04-20'): Want[] => {
  const found = extractDates(input, referenceDate ? { referenceDate } : {});
  expectSpansExact(input, found);
  return found.map((d) => [d.text, d.from, d.to, d.granularity, d.role]);
};

describe('centuries', () => {
  it('the n-th century is (n-1)·100 .. (n-1)·100+99, in digits or Chinese numerals', () => {
    expect(pick('这座古桥建于17世纪')).toEqual([['17世纪', '1600-01-01', '1699-12-31', 'year', 'span']]);
    expect(pick('迈入二十一世纪的县域经济')).toEqual([['二十一世纪', '2000-01-01', '2099-12-31', 'year', 'span']]);
  });
  it('parts: 初 (first 20 years), 中叶 (40–59), 末 (last 20), halves', () => {
    expect(pick('12世纪初的港口')).toEqual([['12世纪初', '1100-01-01', '1119-12-31', 'year', 'span']]);
    expect(pick('十九世紀中葉，該鎮開埠')).toEqual([['十九世紀中葉', '1840-01-01', '1859-12-31', 'year', 'span']]);
    expect(pick('二十世纪末')).toEqual([['二十世纪末', '1980-01-01', '1999-12-31', 'year', 'span']]);
    expect(pick('20世纪下半叶')).toEqual([['20世纪下半叶', '1950-01-01', '1999-12-31', 'year', 'span']]);
  });
  it('上世纪, 本世纪, 下个世纪 shift the reference year’s century', () => {
    expect(pick('上世纪的老厂房')).toEqual([['上世纪', '1900-01-01', '1999-12-31', 'year', 'span']]);
    expect(pick('到本世纪中叶')).toEqual([['到本世纪中叶', '2023-04-20', '2059-12-31', 'year', 'deadline']]);
    expect(pick('下个世纪')).toEqual([['下个世纪', '2100-01-01', '2199-12-31', 'year', 'span']]);
    expect(pick('上世纪', null)).toEqual([['上世纪', undefined, undefined, 'year', 'span']]);
  });
  it('a decade inside a century stays a decade; 新世纪 is no century', () => {
    expect(pick('十九世纪七十年代')).toEqual([['十九世纪七十年代', '1870-01-01', '1879-12-31', 'year', 'span']]);
    expect(pick('新世纪以来')).toEqual([]);
  });
});
