import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';
import { expectSpansExact } from '../helpers.js';

const REF = { referenceDate: '2021-05-13' };
type Want = [text: string, from: string | undefined, to: string | undefined, granularity: string, role: string];
/** Mentions as [text, from, to, granularity, role]; every span is checked against the input. */
const pick = (input: string, referenceDate = '2021-05-13'): Want[] => {
  const found = extractDates(input, { referenceDate });
  expectSpansExact(input, found);
  return found.map((d) => [d.text, d.from, d.to, d.granularity, d.role]);
};

describe('small repairs', () => {
  it('半个月 is a duration of half a month', () => {
    const d = extractDates('他在希腊旅游了半个月', { referenceDate: '2018-12-14', durations: true });
    expect(d.map((x) => [x.text, x.start, x.end, x.duration])).toEqual([['半个月', 7, 10, 'P0.5M']]);
  });

  it('年份 is not a unit of time, 马上 is not 上', () => {
    expect(pick('2018 看起来是一个年份')).toEqual([]);
    expect(extractDates('嗨三年半过去了，马上一年半又要过去了', { durations: true }).map((d) => [d.text, d.duration])).toEqual([
      ['三年半', 'P3.5Y'],
      ['一年半', 'P1.5Y'],
    ]);
    expect(pick('上一年度')).toEqual([['上一年度', '2020-01-01', '2020-12-31', 'year', 'point']]);
  });

  it('a time of day after a numeric date', () => {
    expect(pick('2010.01.29晚上六点')).toEqual([['2010.01.29晚上六点', '2010-01-29T18:00', '2010-01-29T18:00', 'time', 'point']]);
    expect(pick('定于2021-06-01 9:30召开')).toEqual([['2021-06-01 9:30', '2021-06-01T09:30', '2021-06-01T09:30', 'time', 'point']]);
  });

  it('a yearless right end takes the year of the left end', () => {
    expect(pick('2月29日-3月1日', '2019-09-18')).toEqual([['2月29日-3月1日', '2016-02-29', '2016-03-01', 'day', 'span']]);
    expect(pick('12月20日至1月5日', '2019-09-18')).toEqual([['12月20日至1月5日', '2019-12-20', '2020-01-05', 'day', 'span']]);
    expect(pick('5月9日至14日')).toEqual([['5月9日至14日', '2021-05-09', '2021-05-14', 'day', 'span']]);
  });
});

describe('era years', () => {
  it.each<[string, Want[]]>([
    ['康熙三年五月', [['康熙三年五月', '1664-05-01', '1664-05-31', 'month', 'point']]],
    ['康熙20年9月', [['康熙20年9月', '1681-09-01', '1681-09-30', 'month', 'point']]],
    ['雍正十六年', [['雍正十六年', '1738-01-01', '1738-12-31', 'year', 'point']]],
    ['神龙二年正月初一', [['神龙二年正月初一', '0706-01-01', '0706-01-01', 'day', 'point']]],
    ['雍正四年大年三十', [['雍正四年大年三十', '1726-01-30', '1726-01-30', 'day', 'point']]],
    [
      '该寺始建于明洪武元年，清乾隆四十二年重修',
      [
        ['洪武元年', '1368-01-01', '1368-12-31', 'year', 'point'],
        ['乾隆四十二年', '1777-01-01', '1777-12-31', 'year', 'point'],
      ],
    ],
    ['光緒三十一年廢科舉', [['光緒三十一年', '1905-01-01', '1905-12-31', 'year', 'point']]],
    ['民国三十八年十月一日上午', [['民国三十八年十月一日上午', '1949-10-01T08:00', '1949-10-01T12:00', 'time', 'point']]],
  ])('%s', (input, want) => expect(pick(input)).toEqual(want));

  it('era names that are also words or places do not make dates', () => {
    expect(pick('永乐大典')).toEqual([]);
    expect(pick('嘉定三年行动计划')).toEqual([]);
    expect(extractDates('嘉定三年行动计划', { durations: true }).map((d) => d.granularity)).toEqual(['duration']);
    // 10年来 is a since counted from the reference (offsets.test.ts), not an era year
    expect(extractDates('绍兴10年来经济总量翻番', { durations: true }).map((d) => [d.text, d.role])).toEqual([['10年来', 'since']]);
    expect(pick('康熙2021年')).toEqual([['2021年', '2021-01-01', '2021-12-31', 'year', 'point']]);
  });

  it('every era of the table is found, its first year counted as 元年', async () => {
    const { ERA_FIRST_YEAR } = await import('../../src/dates/forms/era-table.js');
    for (const [name, first] of Object.entries(ERA_FIRST_YEAR)) {
      expect(first, name).toBeGreaterThan(600);
      expect(pick(`${name}三年`), name).toEqual([
        [`${name}三年`, `${String(first + 2).padStart(4, '0')}-01-01`, `${String(first + 2).padStart(4, '0')}-12-31`, 'year', 'point'],
      ]);
    }
  });
});

describe('numeric day ranges and spaced numeric dates', () => {
  it.each<[string, Want[]]>([
    ['2018/1/10-2018/7/10', [['2018/1/10-2018/7/10', '2018-01-10', '2018-07-10', 'day', 'span']]],
    ['10/1/2018-10/7/2018', [['10/1/2018-10/7/2018', '2018-01-10', '2018-07-10', 'day', 'span']]],
    ['申报时间：2021.5.10-6.30，逾期不予受理', [['2021.5.10-6.30', '2021-05-10', '2021-06-30', 'day', 'span']]],
    ['公示期为2021.5.10至2021.5.16', [['2021.5.10至2021.5.16', '2021-05-10', '2021-05-16', 'day', 'span']]],
    ['從2021.5.10至2021.6.30', [['從2021.5.10至2021.6.30', '2021-05-10', '2021-06-30', 'day', 'span']]],
    ['2010 01 29', [['2010 01 29', '2010-01-29', '2010-01-29', 'day', 'point']]],
  ])('%s', (input, want) => expect(pick(input)).toEqual(want));

  it('not ranges: a right end before the left, no real day, rows of numbers', () => {
    expect(pick('2021-05-13-2021-05-01')).toEqual([['2021-05-13', '2021-05-13', '2021-05-13', 'day', 'point']]);
    expect(pick('2021.5.10-2.30')).toEqual([['2021.5.10', '2021-05-10', '2021-05-10', 'day', 'point']]);
    expect(pick('2019 10 20 30')).toEqual([]);
    expect(pick('编号2019 13 20')).toEqual([]);
  });
});

describe('ordinal, first and last parts of a year or month', () => {
  it.each<[string, string, Want[]]>([
    [
      '十月的第一周是国庆节',
      '2017-03-22',
      [
        ['十月的第一周', '2017-10-02', '2017-10-08', 'week', 'point'],
        ['国庆节', '2017-10-01', '2017-10-01', 'day', 'point'],
      ],
    ],
    ['2021年的第二周', '2018-11-29', [['2021年的第二周', '2021-01-11', '2021-01-17', 'week', 'point']]],
    ['他们将在2021年的第三个月离开', '2018-11-29', [['2021年的第三个月', '2021-03-01', '2021-03-31', 'month', 'point']]],
    ['明年第九个月开展中期评估', '2021-11-29', [['明年第九个月', '2022-09-01', '2022-09-30', 'month', 'point']]],
    ['2021年的前2周', '2018-11-29', [['2021年的前2周', '2021-01-04', '2021-01-17', 'week', 'span']]],
    ['维护计划在今年的最後 3 週进行', '2019-11-29', [['今年的最後 3 週', '2019-12-09', '2019-12-29', 'week', 'span']]],
    ['2021 年的最后 4 个月', '2018-11-29', [['2021 年的最后 4 个月', '2021-09-01', '2021-12-31', 'month', 'span']]],
    ['今年前10天，全市新增市场主体1200户', '2021-05-13', [['今年前10天', '2021-01-01', '2021-01-10', 'day', 'span']]],
    ['力争今年最后两个月完成全部工程量', '2021-05-13', [['今年最后两个月', '2021-11-01', '2021-12-31', 'month', 'span']]],
    [
      '我从四月的最后一个星期一到十月一日不在',
      '2019-07-22',
      [['从四月的最后一个星期一到十月一日', '2019-04-29', '2019-10-01', 'day', 'span']],
    ],
    [
      '母亲节是5月的第二个星期日',
      '2021-05-13',
      [
        ['母亲节', '2021-05-09', '2021-05-09', 'day', 'point'],
        ['5月的第二个星期日', '2021-05-09', '2021-05-09', 'day', 'point'],
      ],
    ],
    ['2019年4月的第五个星期一', '2021-05-13', [['2019年4月的第五个星期一', '2019-04-29', '2019-04-29', 'day', 'point']]],
  ])('%s', (input, ref, want) => expect(pick(input, ref)).toEqual(want));

  it('not such parts', () => {
    expect(pick('2021年第一周年纪念')).toEqual([['2021年', '2021-01-01', '2021-12-31', 'year', 'point']]);
    expect(pick('2021年的第13个月')).toEqual([]);
    // a month has no fifth Monday: date-shaped, no real day
    expect(extractDates('2021年2月的第五个星期一', REF).map((d) => [d.text, d.from])).toEqual([['2021年2月的第五个星期一', undefined]]);
    expect(pick('前10天').map((d) => d[1])).toEqual(['2021-05-03']); // counted back from the reference day, as before
  });
});

describe('clock times', () => {
  it.each<[string, string, Want[]]>([
    ['周一上午10点到12点有空吗', '2018-11-01', [['周一上午10点到12点', '2018-10-29T10:00', '2018-10-29T12:00', 'time', 'span']]],
    ['下周三下午3点召开专题会议', '2021-05-13', [['下周三下午3点', '2021-05-19T15:00', '2021-05-19T15:00', 'time', 'point']]],
    ['早上五到六点', '2017-03-22', [['早上五到六点', '2017-03-22T05:00', '2017-03-22T06:00', 'time', 'span']]],
    ['5月20日晚上8-10点停电检修', '2021-05-13', [['5月20日晚上8-10点', '2021-05-20T20:00', '2021-05-20T22:00', 'time', 'span']]],
    ['上午九到十一点半', '2021-05-13', [['上午九到十一点半', '2021-05-13T09:00', '2021-05-13T11:30', 'time', 'span']]],
    ['零点', '2017-03-22', [['零点', '2017-03-22T00:00', '2017-03-22T00:00', 'time', 'point']]],
    ['零點整', '2017-03-22', [['零點整', '2017-03-22T00:00', '2017-03-22T00:00', 'time', 'point']]],
    ['大约十点', '2017-03-22', [['大约十点', '2017-03-22T10:00', '2017-03-22T10:00', 'time', 'point']]],
    ['在十二点之后', '2019-07-01', [['十二点之后', '2019-07-01T12:00', '2019-07-01', 'time', 'since']]],
  ])('%s', (input, ref, want) => expect(pick(input, ref)).toEqual(want));

  it('an hour range that passes midnight ends the next day; impossible ranges have no from/to', () => {
    expect(pick('晚上十一到一点')).toEqual([['晚上十一到一点', '2021-05-13T23:00', '2021-05-14T01:00', 'time', 'span']]);
    expect(pick('上午十到二点')).toEqual([['上午十到二点', '2021-05-13T10:00', '2021-05-13T14:00', 'time', 'span']]);
    expect(extractDates('24到1点', REF).map((d) => [d.text, d.from])).toEqual([['24到1点', undefined]]);
    expect(extractDates('2021年10月的第五周', REF).map((d) => [d.text, d.from])).toEqual([['2021年10月的第五周', undefined]]);
  });

  it('not clock times', () => {
    expect(pick('增长零点五个百分点')).toEqual([]);
    expect(pick('误差仅零点几秒')).toEqual([]);
    expect(pick('做到以上三点之后')).toEqual([]);
    expect(pick('提出三到五点建议')).toEqual([]);
  });

  it('a weekday schedule stays a weekday span and a time span', () => {
    expect(pick('工作时间:周一至周五,9:00-17:30')).toEqual([
      ['周一至周五', '2021-05-10', '2021-05-14', 'day', 'span'],
      ['9:00-17:30', '2021-05-13T09:00', '2021-05-13T17:30', 'time', 'span'],
    ]);
  });
});

describe('halves of a month', () => {
  it.each<[string, string, Want[]]>([
    ['我上半月都不在北京', '2019-09-03', [['上半月', '2019-09-01', '2019-09-15', 'xun', 'point']]],
    ['本月下半月', '2019-09-03', [['本月下半月', '2019-09-16', '2019-09-30', 'xun', 'point']]],
    ['力争到2025年6月上半月完成', '2021-05-13', [['到2025年6月上半月', '2021-05-13', '2025-06-15', 'xun', 'deadline']]],
    ['二月下半月', '2021-05-13', [['二月下半月', '2021-02-16', '2021-02-28', 'xun', 'point']]],
  ])('%s', (input, ref, want) => expect(pick(input, ref)).toEqual(want));

  it('a year and 上半月 without a month: only the year', () => {
    expect(pick('力争到2025年上半月完成')).toEqual([['到2025年', '2021-05-13', '2025-12-31', 'year', 'deadline']]);
  });
});

describe('halves of a week, the previous or next half-year', () => {
  it.each<[string, string, Want[]]>([
    ['我下半周都不在北京', '2019-09-03', [['下半周', '2019-09-05', '2019-09-08', 'week', 'point']]],
    ['上半周完成现场核查', '2019-09-03', [['上半周', '2019-09-02', '2019-09-04', 'week', 'point']]],
    ['我上个半年都不在北京', '2019-09-03', [['上个半年', '2019-01-01', '2019-06-30', 'half', 'point']]],
    ['上个半年', '2019-03-03', [['上个半年', '2018-07-01', '2018-12-31', 'half', 'point']]],
    ['下个半年', '2019-09-03', [['下个半年', '2020-01-01', '2020-06-30', 'half', 'point']]],
  ])('%s', (input, ref, want) => expect(pick(input, ref)).toEqual(want));

  it('not halves', () => {
    expect(pick('经济上半周期')).toEqual([]);
    expect(extractDates('半周', { durations: true }).map((d) => d.granularity)).toEqual(['duration']);
  });
});

describe('era years: precision in modern text', () => {
  it('a reign name inside other words is no era year', () => {
    for (const s of [
      '共投入资金3亿元和5年时间完成改造',
      '实现营收100亿元和3年翻番目标',
      '加强财政和三年滚动预算管理',
      '项目总投资2亿元和三年建设期',
      '新开元三年计划',
      '推进中统一三年行动',
      '投入100元和3年',
    ]) {
      expect(
        extractDates(s, REF).filter((d) => d.from !== undefined && d.from < '1900'),
        s,
      ).toEqual([]);
    }
  });

  it('after a dynasty, a preposition or punctuation it is', () => {
    const at = (s: string) => extractDates(s, REF).map((d) => [d.text, d.from]);
    expect(at('清康熙三年五月重修')).toEqual([['康熙三年五月', '1664-05-01']]);
    expect(at('该桥建于乾隆四十二年，')).toEqual([['乾隆四十二年', '1777-01-01']]);
    expect(at('据《明史》，洪武元年')).toEqual([['洪武元年', '1368-01-01']]);
    expect(at('中华民国三十八年')).toEqual([['民国三十八年', '1949-01-01']]);
  });
});

describe('bare hours: clock times or counted points', () => {
  const at = (s: string) => extractDates(s, REF).map((d) => [d.text, d.from, d.to]);
  it('点 before a noun counts points, not hours', () => {
    for (const s of ['提出3点意见', '共3-5点建议', '大约十点多家企业参加', '约10点多家']) expect(at(s), s).toEqual([]);
  });
  it('a bare hour before a clock word, a dash or punctuation is a time', () => {
    expect(at('会议3点开始')).toEqual([['3点开始', '2021-05-13T03:00', '2021-05-13']]);
    expect(at('请于4点前报送')).toEqual([['4点前', '2021-05-13', '2021-05-13T04:00']]);
    expect(at('开放时间8-10点。')).toEqual([['8-10点', '2021-05-13T08:00', '2021-05-13T10:00']]);
    expect(at('大约十点多，')).toEqual([['大约十点', '2021-05-13T10:00', '2021-05-13T10:00']]);
  });
});

describe('within a counted period; the end of a quarter', () => {
  const at = (s: string) => extractDates(s, { referenceDate: '2024-03-05' }).map((d) => [d.text, d.from, d.to, d.granularity, d.role]);
  it('N天内, 两周内, 3个月内 run from the reference day; a range counts its upper end', () => {
    expect(at('两周内完成整改')).toEqual([['两周内', '2024-03-05', '2024-03-19', 'day', 'deadline']]);
    expect(at('须在30日内报送')).toEqual([['30日内', '2024-03-05', '2024-04-04', 'day', 'deadline']]);
    expect(at('3个月以内办结')).toEqual([['3个月以内', '2024-03-05', '2024-06-05', 'day', 'deadline']]);
    expect(at('在1至2年内基本完成')).toEqual([['1至2年内', '2024-03-05', '2026-03-05', 'year', 'deadline']]);
    expect(at('在日内瓦举行')).toEqual([]);
  });
  it('三季度末 is the quarter’s last month', () => {
    expect(at('第三季度末完成中期评估')).toEqual([['第三季度末', '2024-09-01', '2024-09-30', 'month', 'point']]);
    expect(at('到今年一季度末')).toEqual([['到今年一季度末', '2024-03-05', '2024-03-31', 'month', 'deadline']]);
  });
});
