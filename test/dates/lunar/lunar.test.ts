import { describe, expect, it } from 'vitest';
import { extractDates, parseDate } from '../../../src/dates/index.js';
import { expectSpansExact } from '../../helpers.js';

type Want = [text: string, from: string | undefined, to: string | undefined, granularity: string, role: string];
/** Mentions as [text, from, to, granularity, role]; every span is checked against the input. */
const pick = (input: string, referenceDate?: string): Want[] => {
  const found = extractDates(input, referenceDate ? { referenceDate } : undefined);
  expectSpansExact(input, found);
  return found.map((d) => [d.text, d.from, d.to, d.granularity, d.role]);
};

describe('lunar dates', () => {
  it.each<[string, string, Want[]]>([
    [
      '二〇二三年农历八月十五晚上，全县举办游园活动',
      '2023-03-01',
      [['二〇二三年农历八月十五晚上', '2023-09-29T16:00', '2023-09-29T20:00', 'time', 'point']],
    ],
    ['2025年农历正月十五前完成灯会布置', '2024-11-02', [['2025年农历正月十五前', '2024-11-02', '2025-02-12', 'day', 'deadline']]],
    ['阴历三月初三是当地歌节', '2024-01-20', [['阴历三月初三', '2024-04-11', '2024-04-11', 'day', 'point']]],
    ['农历2023年闰二月', '2024-01-20', [['农历2023年闰二月', '2023-03-22', '2023-04-19', 'month', 'point']]],
    ['今年闰六月雨水偏多', '2025-03-01', [['今年闰六月', '2025-07-25', '2025-08-22', 'month', 'point']]],
    ['去年腊月二十三，村里开始准备年货', '2024-03-01', [['去年腊月二十三', '2024-02-02', '2024-02-02', 'day', 'point']]],
    ['正月初八上午9时，各单位正常上班', '2025-01-20', [['正月初八上午9时', '2025-02-05T09:00', '2025-02-05T09:00', 'time', 'point']]],
    ['大年初二走亲访友', '2023-12-20', [['大年初二', '2024-02-11', '2024-02-11', 'day', 'point']]],
    ['冬月里修好了水渠', '2022-08-08', [['冬月', '2022-11-24', '2022-12-22', 'month', 'point']]],
    ['五月廿八', '2024-03-01', [['五月廿八', '2024-07-03', '2024-07-03', 'day', 'point']]],
    ['七月十五', '2024-03-01', [['七月十五', '2024-08-18', '2024-08-18', 'day', 'point']]],
  ])('%s', (input, ref, want) => expect(pick(input, ref)).toEqual(want));

  it('a Chinese month and day with 日 stays Gregorian', () => {
    expect(pick('八月十五日召开大会', '2024-03-01')).toEqual([['八月十五日', '2024-08-15', '2024-08-15', 'day', 'point']]);
    expect(pick('2024年8月15日', '2024-03-01')).toEqual([['2024年8月15日', '2024-08-15', '2024-08-15', 'day', 'point']]);
  });
  it('a late form before 春节 names the lunar year still running', () => {
    expect(pick('腊月二十八前发放完毕', '2024-01-10')).toEqual([['腊月二十八前', '2024-01-10', '2024-02-07', 'day', 'deadline']]);
  });
  it('a lunar day alone takes the reference day’s lunar month, and only where it stands as a day', () => {
    expect(pick('初十，', '2024-02-12')).toEqual([['初十', '2024-02-19', '2024-02-19', 'day', 'point']]);
    expect(pick('初二学生参加竞赛', '2024-02-12')).toEqual([]);
    expect(pick('初三年级', '2024-02-12')).toEqual([]);
  });
  it('no year and no reference: found, relative, no from/to', () => {
    const d = parseDate('腊月初八');
    expect(d).toMatchObject({ text: '腊月初八', relative: true, granularity: 'day' });
    expect(d?.from).toBeUndefined();
  });
  it('a day the lunar month lacks, or a leap month the year lacks, has no from/to', () => {
    expect(parseDate('2024年闰四月', { referenceDate: '2024-01-01' })?.from).toBeUndefined();
    expect(parseDate('2023年正月三十', { referenceDate: '2024-01-01' })?.from).toBeUndefined();
  });
  it('Traditional script and OCR spacing', () => {
    expect(pick('二〇二三年農曆臘月二十三', '2023-01-01')).toEqual([
      ['二〇二三年農曆臘月二十三', '2024-02-02', '2024-02-02', 'day', 'point'],
    ]);
    expect(pick('2 0 2 4年农历 正月 十五', '2023-01-01')).toEqual([
      ['2 0 2 4年农历 正月 十五', '2024-02-24', '2024-02-24', 'day', 'point'],
    ]);
    expect(pick('閏六月', '2025-01-30')).toEqual([['閏六月', '2025-07-25', '2025-08-22', 'month', 'point']]);
  });
});

describe('a reference known only to the year', () => {
  it('names that year (no running-year adjustment at the period’s ends)', () => {
    expect(pick('阴历正月十五', '2025')).toEqual([['阴历正月十五', '2025-02-12', '2025-02-12', 'day', 'point']]);
    expect(pick('冬月', '2022')).toEqual([['冬月', '2022-11-24', '2022-12-22', 'month', 'point']]);
  });
});

describe('ranges', () => {
  it('a yearless right end takes the left end’s year', () => {
    expect(pick('前年除夕到正月十五', '2025-06-01')).toEqual([['前年除夕到正月十五', '2024-02-09', '2024-02-24', 'day', 'span']]);
    expect(pick('2023年腊月至正月', '2025-06-01')).toEqual([['2023年腊月至正月', '2024-01-11', '2024-03-09', 'month', 'span']]);
  });
});
