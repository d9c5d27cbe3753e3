import { describe, expect, it } from 'vitest';
import { extractDates, parseDate } from '../../../src/dates/index.js';

const ref = { referenceDate: '2021-06-14' };
const read = (t: string) => {
  const d = parseDate(t, ref);
  return d && [d.text, d.from, d.to, d.granularity];
};

describe('A的B: a time word read from the day A names', () => {
  it('a time of day, a weekday or 今天 after an offset', () => {
    expect(read('三天后的下午')).toEqual(['三天后的下午', '2021-06-17T12:00', '2021-06-17T16:00', 'time']);
    expect(read('2周后的周五')).toEqual(['2周后的周五', '2021-07-02', '2021-07-02', 'day']);
    expect(read('两周前的周一')).toEqual(['两周前的周一', '2021-05-31', '2021-05-31', 'day']);
    expect(read('五年后的今天')).toEqual(['五年后的今天', '2026-06-14', '2026-06-14', 'day']);
  });
  it('after a relative year or month: the same day there (明年的今天, 下个月的今天)', () => {
    expect(read('明年的今天')).toEqual(['明年的今天', '2022-06-14', '2022-06-14', 'day']);
    expect(read('下个月的今天')).toEqual(['下个月的今天', '2021-07-14', '2021-07-14', 'day']);
    // 2020 is a leap year, 2021 is not: 2020-02-29 carried into next year is 02-28
    expect(parseDate('明年的今天', { referenceDate: '2020-02-29' })?.from).toBe('2021-02-28');
  });
  it('in running text, with exact spans; 的 before a noun changes nothing', () => {
    const t = '力争三天后的下午完成验收，明年的今天正式投产。今年的目标是增长6%。';
    const got = extractDates(t, ref);
    expect(got.map((d) => [d.text, d.from, d.to])).toEqual([
      ['三天后的下午', '2021-06-17T12:00', '2021-06-17T16:00'],
      ['明年的今天', '2022-06-14', '2022-06-14'],
      ['今年', '2021-01-01', '2021-12-31'],
    ]);
    for (const d of got) expect(t.slice(d.start, d.end)).toBe(d.text);
  });
  it('without a reference date: relative, no from/to', () => {
    const d = parseDate('三天后的下午');
    expect(d && [d.text, d.from, d.to, d.relative]).toEqual(['三天后的下午', undefined, undefined, true]);
  });
});
