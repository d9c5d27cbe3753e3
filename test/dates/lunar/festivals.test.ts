import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/dates/index.js';
import { expectSpansExact } from '../../helpers.js';

type Want = [text: string, from: string | undefined, to: string | undefined, granularity: string, role: string];
const pick = (input: string, referenceDate?: string): Want[] => {
  const found = extractDates(input, referenceDate ? { referenceDate } : undefined);
  expectSpansExact(input, found);
  return found.map((d) => [d.text, d.from, d.to, d.granularity, d.role]);
};

describe('festivals', () => {
  it.each<[string, string, Want[]]>([
    ['2024年春节期间，全市接待游客120万人次', '2024-03-05', [['2024年春节期间', '2024-02-09', '2024-02-15', 'day', 'span']]],
    ['今年中秋，各社区开展慰问活动', '2023-03-05', [['今年中秋', '2023-09-29', '2023-09-29', 'day', 'point']]],
    ['九五年重阳节', '2023-03-05', [['九五年重阳节', '1995-11-01', '1995-11-01', 'day', 'point']]],
    ['明年端午前完成龙舟码头改造', '2023-03-05', [['明年端午前', '2023-03-05', '2024-06-10', 'day', 'deadline']]],
    ['国庆期间，景区实行预约', '2022-09-01', [['国庆期间', '2022-10-01', '2022-10-07', 'day', 'span']]],
    ['元旦前后，开展安全生产大检查', '2023-01-03', [['元旦前后', '2022-12-25', '2023-01-08', 'day', 'span']]],
    ['2023年除夕', '2025-01-01', [['2023年除夕', '2024-02-09', '2024-02-09', 'day', 'point']]],
    ['去年腊八', '2025-05-01', [['去年腊八', '2025-01-07', '2025-01-07', 'day', 'point']]],
    ['2024年七夕节晚上8点', '2024-01-01', [['2024年七夕节晚上8点', '2024-08-10T20:00', '2024-08-10T20:00', 'time', 'point']]],
    [
      '2024年母亲节、父亲节',
      '2024-01-01',
      [
        ['2024年母亲节', '2024-05-12', '2024-05-12', 'day', 'point'],
        ['父亲节', '2024-06-16', '2024-06-16', 'day', 'point'],
      ],
    ],
    ['2024年国际护士节', '2023-01-01', [['2024年国际护士节', '2024-05-12', '2024-05-12', 'day', 'point']]],
    ['2023年感恩节', '2024-01-01', [['2023年感恩节', '2023-11-23', '2023-11-23', 'day', 'point']]],
    ['六一儿童节前夕', '2024-01-01', [['六一儿童节前夕', '2024-05-31', '2024-05-31', 'day', 'point']]],
    ['春节联欢晚会', '2026-01-05', [['春节', '2026-02-17', '2026-02-17', 'day', 'point']]],
    ['2023年清明节', '2024-01-01', [['2023年清明节', '2023-04-05', '2023-04-05', 'day', 'point']]],
    ['農曆元宵', '2025-01-01', [['农历元宵'.replace('农历', '農曆'), '2025-02-12', '2025-02-12', 'day', 'point']]],
    ['聖誕節前', '2024-06-01', [['聖誕節前', '2024-06-01', '2024-12-25', 'day', 'deadline']]],
  ])('%s', (input, ref, want) => expect(pick(input, ref)).toEqual(want));

  it('an everyday word is a festival only with a year, 节, a time word or standing alone', () => {
    expect(pick('超市里的中秋月饼卖得很好', '2024-01-01')).toEqual([]);
    expect(pick('正月里吃元宵', '2024-01-01').map((w) => w[0])).toEqual(['正月']);
    expect(pick('学习七一讲话精神', '2024-01-01')).toEqual([]);
    expect(pick('五一广场', '2024-01-01')).toEqual([]);
    expect(pick('五一假期，全县接待游客5万人次', '2024-01-01')).toEqual([['五一假期', '2024-05-01', '2024-05-01', 'day', 'point']]);
    expect(pick('喜迎中秋，', '2024-01-01')).toEqual([['中秋', '2024-09-17', '2024-09-17', 'day', 'point']]);
  });
});

describe('solar terms', () => {
  it.each<[string, string, Want[]]>([
    ['2025年冬至', '2024-01-01', [['2025年冬至', '2025-12-21', '2025-12-21', 'day', 'point']]],
    ['今年立秋以来，降雨偏少', '2024-09-01', [['今年立秋以来', '2024-08-07', '2024-09-01', 'day', 'since']]],
    ['清明前后，种瓜点豆', '2024-03-01', [['清明前后', '2024-03-28', '2024-04-11', 'day', 'span']]],
    ['2023年惊蛰', '2024-01-01', [['2023年惊蛰', '2023-03-06', '2023-03-06', 'day', 'point']]],
    ['2024年大寒', '2024-03-01', [['2024年大寒', '2025-01-20', '2025-01-20', 'day', 'point']]],
    ['小寒', '2024-01-02', [['小寒', '2024-01-06', '2024-01-06', 'day', 'point']]],
  ])('%s', (input, ref, want) => expect(pick(input, ref)).toEqual(want));

  it('a term name that is a plain word here is no date', () => {
    expect(pick('政治清明、社会安定', '2024-01-01')).toEqual([]);
    expect(pick('全县普降大雪', '2024-01-01')).toEqual([]);
    expect(pick('收集雨水用于灌溉', '2024-01-01')).toEqual([]);
    expect(pick('清明上河图', '2024-01-01')).toEqual([]);
  });
});

describe('seasons (立春, 立夏, 立秋, 立冬 open them)', () => {
  it.each<[string, string, Want[]]>([
    ['2025年春', '2024-01-01', [['2025年春', '2025-02-03', '2025-05-04', 'quarter', 'point']]],
    ['今年夏季汛期', '2025-03-01', [['今年夏季', '2025-05-05', '2025-08-06', 'quarter', 'point']]],
    ['去年秋天', '2026-03-01', [['去年秋天', '2025-08-07', '2025-11-06', 'quarter', 'point']]],
    ['2025年冬季', '2024-01-01', [['2025年冬季', '2025-11-07', '2026-02-03', 'quarter', 'point']]],
    [
      '做好今冬明春火灾防控',
      '2025-10-20',
      [
        ['今冬', '2025-11-07', '2026-02-03', 'quarter', 'point'],
        ['明春', '2026-02-04', '2026-05-04', 'quarter', 'point'],
      ],
    ],
    ['冬季，', '2025-03-01', [['冬季', '2025-11-07', '2026-02-03', 'quarter', 'point']]],
  ])('%s', (input, ref, want) => expect(pick(input, ref)).toEqual(want));

  it('a season word inside a longer noun is no date', () => {
    expect(pick('春季学期开学', '2025-01-01')).toEqual([]);
    expect(pick('冬季运动会', '2025-01-01')).toEqual([]);
    expect(pick('讲述春天的故事', '2025-01-01')).toEqual([]);
    expect(pick('这说明春季用工需求旺盛', '2025-01-01')).toEqual([]);
    expect(pick('如今冬日暖阳', '2025-01-01')).toEqual([]);
    expect(pick('过去秋收', '2025-01-01')).toEqual([]);
    expect(pick('2025年春耕', '2025-01-01')).toEqual([['2025年', '2025-01-01', '2025-12-31', 'year', 'point']]);
  });
});
