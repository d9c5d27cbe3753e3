import { describe, expect, it } from 'vitest';
import { extractDates, parseDate } from '../../src/dates/index.js';

const ref = { referenceDate: '2021-06-14' };
const read = (t: string) => {
  const d = parseDate(t, ref);
  return d && [d.text, d.from, d.to];
};

describe('decades and their parts', () => {
  it('reads a part of a decade: 初 0–2, 中/中期 3–6, 末 7–9, 前期 0–4, 后期 5–9', () => {
    expect(read('上世纪七十年代初')).toEqual(['上世纪七十年代初', '1970-01-01', '1972-12-31']);
    expect(read('90年代中期')).toEqual(['90年代中期', '1993-01-01', '1996-12-31']);
    expect(read('八十年代末')).toEqual(['八十年代末', '1987-01-01', '1989-12-31']);
    expect(read('20世纪60年代后期')).toEqual(['20世纪60年代后期', '1965-01-01', '1969-12-31']);
  });
  it('reads a four-digit decade (1980年代, 2010年代初期)', () => {
    expect(read('1980年代')).toEqual(['1980年代', '1980-01-01', '1989-12-31']);
    expect(read('2010年代初期')).toEqual(['2010年代初期', '2010-01-01', '2012-12-31']);
  });
  it('keeps 中 for a following word out of the decade (八十年代中国)', () => {
    const got = extractDates('八十年代中国农村改革起步，九十年代中，乡镇企业崛起', ref).map((d) => [d.text, d.from, d.to]);
    expect(got).toEqual([
      ['八十年代', '1980-01-01', '1989-12-31'],
      ['九十年代中', '1993-01-01', '1996-12-31'],
    ]);
    const t = '八十年代中国农村改革起步';
    for (const d of extractDates(t, ref)) expect(t.slice(d.start, d.end)).toBe(d.text);
  });
});
