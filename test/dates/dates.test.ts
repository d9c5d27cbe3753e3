import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { extractDates, inferReferenceDate, parseDate } from '../../src/dates/index.js';
import { planStart } from '../../src/dates/forms/plan.js';
import { expectSpansExact, fixture, fixtures } from '../helpers.js';

const REF = { referenceDate: '2021-05-13' };
type Want = [text: string, from: string | undefined, to: string | undefined, granularity: string, role: string];
const pick = (input: string, opts: object | undefined = REF): Want[] =>
  extractDates(input, opts).map((d) => [d.text, d.from, d.to, d.granularity, d.role]);

describe('absolute dates', () => {
  it.each<[string, Want[]]>([
    ['2021年5月13日', [['2021年5月13日', '2021-05-13', '2021-05-13', 'day', 'point']]],
    ['二〇二一年十二月', [['二〇二一年十二月', '2021-12-01', '2021-12-31', 'month', 'point']]],
    ['两千零四年八月十五日', [['两千零四年八月十五日', '2004-08-15', '2004-08-15', 'day', 'point']]],
    // a Chinese month and day without 日 is the lunar calendar's notation (test/dates/lunar)
    ['两千零四年八月十五', [['两千零四年八月十五', '2004-09-28', '2004-09-28', 'day', 'point']]],
    ['会议于2021.5.13召开', [['2021.5.13', '2021-05-13', '2021-05-13', 'day', 'point']]],
    ['2021-05-13', [['2021-05-13', '2021-05-13', '2021-05-13', 'day', 'point']]],
    ['2021/5/13', [['2021/5/13', '2021-05-13', '2021-05-13', 'day', 'point']]],
    ['2022年国内生产总值', [['2022年', '2022-01-01', '2022-12-31', 'year', 'point']]],
  ])('%s', (input, want) => expect(pick(input)).toEqual(want));

  it('times of day attach to their date', () => {
    expect(pick('比赛时间为2021年5月30日7:30-14:30')).toEqual([
      ['2021年5月30日7:30-14:30', '2021-05-30T07:30', '2021-05-30T14:30', 'time', 'span'],
    ]);
    expect(pick('5月15日中午12:00')).toEqual([['5月15日中午12:00', '2021-05-15T12:00', '2021-05-15T12:00', 'time', 'point']]);
    expect(pick('5月12日下午，市委召开')).toEqual([['5月12日下午', '2021-05-12T12:00', '2021-05-12T16:00', 'time', 'point']]);
    expect(pick('3月5日上午8时')).toEqual([['3月5日上午8时', '2021-03-05T08:00', '2021-03-05T08:00', 'time', 'point']]);
    expect(pick('从下午五点一刻到六点')[0]).toEqual(['从下午五点一刻到六点', '2021-05-13T17:15', '2021-05-13T18:00', 'time', 'span']);
  });

  it('ranges', () => {
    expect(pick('5月9日至14日')).toEqual([['5月9日至14日', '2021-05-09', '2021-05-14', 'day', 'span']]);
    expect(pick('2021—2023年')).toEqual([['2021—2023年', '2021-01-01', '2023-12-31', 'year', 'span']]);
    expect(pick('1-4月全市完成投资')).toEqual([['1-4月', '2021-01-01', '2021-04-30', 'month', 'span']]);
    expect(pick('从一月十日到十二日')).toEqual([['从一月十日到十二日', '2021-01-10', '2021-01-12', 'day', 'span']]);
  });

  it('impossible dates carry no from/to', () => {
    expect(extractDates('2月30日', REF)).toEqual([
      { text: '2月30日', start: 0, end: 5, granularity: 'day', role: 'point', relative: false },
    ]);
    expect(extractDates('2019年2月29日', REF)[0].from).toBeUndefined();
    expect(parseDate('2020年2月29日')?.from).toBe('2020-02-29');
  });
});

describe('relative to the reference date', () => {
  it.each<[string, Want]>([
    ['今年', ['今年', '2021-01-01', '2021-12-31', 'year', 'point']],
    ['去年', ['去年', '2020-01-01', '2020-12-31', 'year', 'point']],
    ['前年', ['前年', '2019-01-01', '2019-12-31', 'year', 'point']],
    ['明年', ['明年', '2022-01-01', '2022-12-31', 'year', 'point']],
    ['去年今日', ['去年今日', '2020-05-13', '2020-05-13', 'day', 'point']],
    ['上上个月', ['上上个月', '2021-03-01', '2021-03-31', 'month', 'point']],
    ['上一个月', ['上一个月', '2021-04-01', '2021-04-30', 'month', 'point']],
    ['下一个月底', ['下一个月底', '2021-06-21', '2021-06-30', 'xun', 'point']],
    ['上一周', ['上一周', '2021-05-03', '2021-05-09', 'week', 'point']],
    ['下一个星期', ['下一个星期', '2021-05-17', '2021-05-23', 'week', 'point']],
    ['下下个月10日', ['下下个月10日', '2021-07-10', '2021-07-10', 'day', 'point']],
    ['本月', ['本月', '2021-05-01', '2021-05-31', 'month', 'point']],
    ['上月', ['上月', '2021-04-01', '2021-04-30', 'month', 'point']],
    ['下月', ['下月', '2021-06-01', '2021-06-30', 'month', 'point']],
    ['全年', ['全年', '2021-01-01', '2021-12-31', 'year', 'span']],
    ['年初', ['年初', '2021-01-01', '2021-02-28', 'month', 'point']],
    ['年底', ['年底', '2021-11-01', '2021-12-31', 'month', 'point']],
    ['年末', ['年末', '2021-12-31', '2021-12-31', 'day', 'point']],
    ['上半年', ['上半年', '2021-01-01', '2021-06-30', 'half', 'point']],
    ['下半年', ['下半年', '2021-07-01', '2021-12-31', 'half', 'point']],
    ['一季度', ['一季度', '2021-01-01', '2021-03-31', 'quarter', 'point']],
    ['第四季度', ['第四季度', '2021-10-01', '2021-12-31', 'quarter', 'point']],
    ['首季', ['首季', '2021-01-01', '2021-03-31', 'quarter', 'point']],
    ['Q3', ['Q3', '2021-07-01', '2021-09-30', 'quarter', 'point']],
    ['今年前三季度', ['今年前三季度', '2021-01-01', '2021-09-30', 'quarter', 'span']],
    ['2月中旬', ['2月中旬', '2021-02-11', '2021-02-20', 'xun', 'point']],
    ['6月上旬', ['6月上旬', '2021-06-01', '2021-06-10', 'xun', 'point']],
    ['3月中，', ['3月中', '2021-03-11', '2021-03-20', 'xun', 'point']],
    ['3月中国', ['3月', '2021-03-01', '2021-03-31', 'month', 'point']],
    ['2月下旬', ['2月下旬', '2021-02-21', '2021-02-28', 'xun', 'point']],
    ['9月', ['9月', '2021-09-01', '2021-09-30', 'month', 'point']],
    ['新春伊始', ['新春伊始', '2021-01-21', '2021-02-20', 'month', 'point']],
    ['未来三年', ['未来三年', '2021-01-01', '2023-12-31', 'year', 'span']],
    ['今后五年', ['今后五年', '2021-01-01', '2025-12-31', 'year', 'span']],
    ['近三年', ['近三年', '2018-01-01', '2020-12-31', 'year', 'span']],
    ['下周一', ['下周一', '2021-05-17', '2021-05-17', 'day', 'point']],
    ['明天', ['明天', '2021-05-14', '2021-05-14', 'day', 'point']],
  ])('%s', (input, want) => {
    const got = extractDates(input, REF);
    expect(got.map((d) => [d.text, d.from, d.to, d.granularity, d.role])).toEqual([want]);
    expect(got[0].relative).toBe(true);
  });

  it('without a reference date: relative, no from/to; absolute ones still resolve', () => {
    expect(extractDates('年内')).toEqual([{ text: '年内', start: 0, end: 2, granularity: 'year', role: 'deadline', relative: true }]);
    expect(extractDates('5月12日')[0]).toEqual({ text: '5月12日', start: 0, end: 5, granularity: 'day', role: 'point', relative: true });
    expect(extractDates('2021年5月12日')[0].from).toBe('2021-05-12');
  });
});

describe('deadlines and since', () => {
  it.each<[string, Want]>([
    ['到2023年，力争全市', ['到2023年', '2021-05-13', '2023-12-31', 'year', 'deadline']],
    ['年内新增规上工业企业30家', ['年内', '2021-05-13', '2021-12-31', 'year', 'deadline']],
    ['确保9月底前开工', ['9月底前', '2021-05-13', '2021-09-30', 'xun', 'deadline']],
    ['年底前全部完成', ['年底前', '2021-05-13', '2021-12-31', 'month', 'deadline']],
    ['截止到5月15日中午12点', ['截止到5月15日中午12点', '2021-05-13', '2021-05-15T12:00', 'time', 'deadline']],
    ['至2025年底', ['至2025年底', '2021-05-13', '2025-12-31', 'month', 'deadline']],
    ['2018年以来，烟台抢抓', ['2018年以来', '2018-01-01', '2021-05-13', 'year', 'since']],
    ['从今年开始启动实施', ['从今年开始', '2021-01-01', '2021-05-13', 'year', 'since']],
    ['自2021年7月1日起施行', ['自2021年7月1日起', '2021-07-01', undefined, 'day', 'since']],
    ['2018年以前建成的', ['2018年以前', undefined, '2017-12-31', 'year', 'deadline']],
  ])('%s', (input, want) => expect(pick(input)).toEqual([want]));

  it('a deadline already past the reference date has no from', () => {
    expect(pick('确保3月底前开工')).toEqual([['3月底前', undefined, '2021-03-31', 'xun', 'deadline']]);
  });
});

describe('five-year plans', () => {
  it('the n-th plan starts in 1953, 1958, then 1966 + 5(n − 3)', () => {
    expect([1, 2, 3, 10, 13, 14, 15].map(planStart)).toEqual([1953, 1958, 1966, 2001, 2016, 2021, 2026]);
  });
  it.each<[string, Want]>([
    ['“十四五”', ['“十四五”', '2021-01-01', '2025-12-31', 'plan', 'span']],
    ['十四五时期', ['十四五时期', '2021-01-01', '2025-12-31', 'plan', 'span']],
    ['“十四五”末达到两千亿元', ['“十四五”末', '2025-01-01', '2025-12-31', 'year', 'point']],
    ['“十三五”期间', ['“十三五”期间', '2016-01-01', '2020-12-31', 'plan', 'span']],
    ['“十五五”开局之年', ['“十五五”开局之年', '2026-01-01', '2026-12-31', 'year', 'point']],
    ['第十四个五年规划', ['第十四个五年规划', '2021-01-01', '2025-12-31', 'plan', 'span']],
  ])('%s', (input, want) => expect(pick(input, undefined)).toEqual([want]));
});

describe('fresh text: other reports, Traditional script, OCR, full width', () => {
  it('a national work report sentence', () => {
    const s = '今年发展主要预期目标是：国内生产总值增长6%以上；到2035年基本实现社会主义现代化。';
    expect(pick(s, { referenceDate: '2021-03-05' })).toEqual([
      ['今年', '2021-01-01', '2021-12-31', 'year', 'point'],
      ['到2035年', '2021-03-05', '2035-12-31', 'year', 'deadline'],
    ]);
  });
  it('Traditional script', () => {
    const s = '「十四五」時期，明年上半年完成';
    expect(pick(s, { referenceDate: '2021-03-05' })).toEqual([
      ['「十四五」時期', '2021-01-01', '2025-12-31', 'plan', 'span'],
      ['明年上半年', '2022-01-01', '2022-06-30', 'half', 'point'],
    ]);
  });
  it('full-width digits and OCR-spaced digits keep original spans', () => {
    const s = '２０２１年５月１３日，2 0 2 2年底前';
    const got = extractDates(s, REF);
    expectSpansExact(s, got);
    expect(got.map((d) => [d.text, d.from, d.to])).toEqual([
      ['２０２１年５月１３日', '2021-05-13', '2021-05-13'],
      ['2 0 2 2年底前', '2021-05-13', '2022-12-31'],
    ]);
  });
});

describe('not dates', () => {
  it.each(['5A级景区', '电话0535-6666666', '占全省1/5', '提出三点意见', '一体化发展', '192.168.255.255', '增长5.5%'])('%s', (s) => {
    expect(extractDates(s, REF).filter((d) => d.granularity !== 'duration')).toEqual([]);
  });
  it('durations are their own granularity, with an ISO length', () => {
    expect(extractDates('改革开放四十多年', REF)).toEqual([]);
    expect(extractDates('改革开放四十多年', { ...REF, durations: true })).toEqual([
      { text: '四十多年', start: 4, end: 8, granularity: 'duration', role: 'span', relative: false, duration: 'P40Y' },
    ]);
    expect(extractDates('一年半', { ...REF, durations: true })[0].duration).toBe('P1.5Y');
    expect(extractDates('还剩8天20小时', { ...REF, durations: true })[0].duration).toBe('P8DT20H');
  });
  it('office hours without a date are times', () => {
    expect(pick('工作时间:9:00-17:30')).toEqual([['9:00-17:30', '2021-05-13T09:00', '2021-05-13T17:30', 'time', 'span']]);
  });
});

describe('reference date', () => {
  it('invalid referenceDate throws, naming the option', () => {
    expect(() => extractDates('今年', { referenceDate: '2021-13-40' })).toThrow(/referenceDate/);
    expect(() => extractDates('今年', { referenceDate: new Date(NaN) })).toThrow(RangeError);
    expect(() => extractDates('今年', { referenceDate: 20210513 as unknown as string })).toThrow(TypeError);
  });
  it('infers a dateline with the year of the text’s full dates', () => {
    expect(inferReferenceDate('本报烟台5月13日讯 大会将于2021年5月30日举行')).toBe('2021-05-13');
    expect(inferReferenceDate('新华社北京3月5日电 2021年政府工作报告')).toBe(undefined);
    expect(inferReferenceDate('新华社北京3月5日电 2021年3月5日，十三届全国人大四次会议开幕')).toBe('2021-03-05');
    expect(inferReferenceDate('2020年12月1日 来源：人民日报\n今年以来')).toBe('2020-12-01');
    expect(inferReferenceDate('今年以来')).toBe(undefined);
    // the date after 讯/电, past one aside in brackets
    expect(inferReferenceDate('本报讯（记者 王小明）6月2日，全县2022年5月30日签约的项目')).toBe('2022-06-02');
    expect(inferReferenceDate('新华社电 (通讯员 李四)\n9月8日 2019年9月7日的表彰大会')).toBe('2019-09-08');
    // an aside over 20 characters, or unclosed, is no dateline's: the first full date is taken
    expect(inferReferenceDate(`本报讯（${'长'.repeat(25)}）6月2日 2022年5月30日`)).toBe('2022-05-30');
    expect(inferReferenceDate(`${'讯（'.repeat(5000)}6月2日 2022年5月30日`)).toBe(undefined);
  });
  it('analyze() uses the inferred date', () => {
    const a = analyze('本报烟台5月13日讯 2021年5月30日开赛，年内完成');
    expect(a.referenceDate).toBe('2021-05-13');
    expect(a.dates.find((d) => d.text === '年内')?.to).toBe('2021-12-31');
  });
});

describe('fixtures', () => {
  it('every span is exact and every from/to is ISO', () => {
    for (const [, text] of fixtures()) {
      const got = extractDates(text, REF);
      expectSpansExact(text, got);
      for (const d of got) {
        for (const v of [d.from, d.to]) if (v !== undefined) expect(v).toMatch(/^\d{4}-\d\d-\d\d(T\d\d:\d\d)?$/);
        if (d.from && d.to) expect(d.from <= d.to).toBe(true);
      }
    }
  });
  it('000: datelines, deadline with time, event time range', () => {
    const t = fixture('000_d1c087543cb3db8e.txt');
    expect(inferReferenceDate(t)).toBe('2021-05-12');
    const got = extractDates(t, { referenceDate: '2021-05-13' });
    const deadline = got.find((d) => d.role === 'deadline');
    expect(deadline && [deadline.text, deadline.to]).toEqual(['截止到5月15日中午12点', '2021-05-15T12:00']);
    expect(got.find((d) => d.text === '2021年5月30日7:30-14:30')?.to).toBe('2021-05-30T14:30');
    expect(got.find((d) => d.text.includes('1958'))?.from).toBe('1958-01-01');
  });
  it('003: 年内, 3月底前, 首季, 2月中旬', () => {
    const got = extractDates(fixture('003_bad21ed3cf753cea.txt'), { referenceDate: '2021-02-01' });
    const by = (s: string) => got.find((d) => d.text === s);
    expect(by('3月底前')).toMatchObject({ from: '2021-02-01', to: '2021-03-31', role: 'deadline' });
    expect(by('年内')).toMatchObject({ to: '2021-12-31', role: 'deadline' });
    expect(by('首季')).toMatchObject({ from: '2021-01-01', to: '2021-03-31' });
    expect(by('2月中旬')).toMatchObject({ from: '2021-02-11', to: '2021-02-20' });
  });
});

describe('robustness', () => {
  it('odd strings never throw and stay fast', () => {
    const odd = [
      '',
      '年年年年',
      '月'.repeat(5000),
      '2021-'.repeat(3000),
      '十'.repeat(10000),
      '上上上上周',
      '\u0000\uffff',
      '1:'.repeat(5000),
    ];
    for (const s of odd) {
      const t = performance.now();
      expect(() => extractDates(s, REF)).not.toThrow();
      expect(performance.now() - t).toBeLessThan(500);
    }
  });
});

describe('mentions never overlap', () => {
  it('an attached deadline affix does not leave a second mention inside it', () => {
    const ds = extractDates('年底前年', { referenceDate: '2021-05-13' });
    expect(ds.map((d) => [d.text, d.start, d.end, d.role])).toEqual([['年底前', 0, 3, 'deadline']]);
  });
});
