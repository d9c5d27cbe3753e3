import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { extractDates } from '../../src/dates/index.js';

const REF = { referenceDate: '2024-03-05' };

describe('durations are not dates by default', () => {
  it('lengths of time leave extractDates unless asked for', () => {
    const s = '全县计划用两年时间，连续5年保持增长，历时半个月调度一次，到2026年底前完成。';
    const dates = extractDates(s, REF);
    expect(dates.map((d) => [d.text, d.granularity, d.role])).toEqual([['到2026年底前', 'month', 'deadline']]);
    const all = extractDates(s, { ...REF, durations: true });
    expect(all.filter((d) => d.granularity === 'duration').map((d) => [s.slice(d.start, d.end), d.duration])).toEqual([
      ['用两年时间', 'P2Y'],
      ['5年', 'P5Y'],
      ['半个月', 'P0.5M'],
    ]);
  });

  it('analyze() lists durations apart from dates, spans exact', () => {
    const s = '該市將用 三年 時間完成改造，2025年以來累計投入兩年半。';
    const a = analyze(s, REF);
    expect(a.dates.every((d) => d.granularity !== 'duration')).toBe(true);
    expect(a.dates.map((d) => [d.text, d.role])).toEqual([['2025年以來', 'since']]);
    expect(a.durations.map((d) => [d.text, d.duration])).toEqual([
      ['用 三年 時間', 'P3Y'],
      ['兩年半', 'P2.5Y'],
    ]);
    for (const d of a.durations) expect(s.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('a reference date known only to the year or month', () => {
  const one = (s: string, referenceDate: unknown) => {
    const d = extractDates(s, { referenceDate } as never)[0];
    return d && [d.text, d.from, d.to, d.relative];
  };
  it('resolves 今年 with a year, 本月 with a month, and leaves 明天 open', () => {
    expect(one('今年一季度', '2019')).toEqual(['今年一季度', '2019-01-01', '2019-03-31', true]);
    expect(one('本月下旬', '2019')).toEqual(['本月下旬', undefined, undefined, true]);
    expect(one('本月下旬', '2019-06')).toEqual(['本月下旬', '2019-06-21', '2019-06-30', true]);
    expect(one('本月下旬', { year: 2019, month: 6 })).toEqual(['本月下旬', '2019-06-21', '2019-06-30', true]);
    expect(one('明天上午', '2019-06')).toEqual(['明天上午', undefined, undefined, true]);
    expect(one('去年', { year: 2020 })).toEqual(['去年', '2019-01-01', '2019-12-31', true]);
  });
  it('keeps the end of a deadline whose start would be the unknown day', () => {
    const d = extractDates('到2025年', { referenceDate: '2021' })[0];
    expect([d.text, d.from, d.to, d.role]).toEqual(['到2025年', undefined, '2025-12-31', 'deadline']);
  });
  it('rejects a partial reference out of range', () => {
    expect(() => extractDates('今年', { referenceDate: '2019-13' })).toThrow(RangeError);
    expect(() => extractDates('今年', { referenceDate: { year: 2019, month: 0 } })).toThrow(RangeError);
  });
});
