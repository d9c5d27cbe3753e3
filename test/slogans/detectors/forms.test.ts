/**
 * Each form with invented sentences — national, provincial, county; Simplified, Traditional,
 * OCR-spaced — and the false positives each must not produce. Spans are checked exactly.
 */
import { describe, expect, it } from 'vitest';
import { extractSlogans } from '../../../src/slogans/index.js';
import type { Slogan } from '../../../src/types.js';
import { expectSpansExact } from '../../helpers.js';

function all(input: string): Slogan[] {
  const got = extractSlogans(input);
  expectSpansExact(input, got);
  return got;
}
const find = (input: string, text: string): Slogan | undefined => all(input).find((s) => s.text === text);

describe('short quoted formulas', () => {
  it('reads a coined term in quotes, with its exact span', () => {
    const input = '全县上下要发扬“钉钉子”精神，答好“必答题”，下好全域发展“一盘大棋”。';
    const s = find(input, '钉钉子')!;
    expect(s).toMatchObject({ type: 'quoted', parts: ['钉钉子'], start: 8, end: 11, key: '钉钉子' });
    expect(find(input, '必答题')?.type).toBe('quoted');
    expect(find(input, '一盘大棋')?.type).toBe('quoted');
  });

  it('Traditional script and OCR spacing', () => {
    const trad = '全省堅持「過緊日子」，推動「接訴即辦」改革';
    expect(find(trad, '過緊日子')).toMatchObject({ type: 'quoted', key: '过紧日子' });
    expect(find(trad, '接訴即辦')?.key).toBe('接诉即办');
    const ocr = '各镇要守住“一 排 底 线”';
    expect(find(ocr, '一 排 底 线')).toMatchObject({ type: 'quoted', key: '一排底线' });
  });

  it('is not speech, a name, a plan period or a long quote', () => {
    expect(all('他表示“全力以赴”。市长说：“抓紧落实”')).toEqual([]);
    expect(all('实施“十五五”规划，参加“樱桃节”和“海洋杯”')).toEqual([]);
    expect(all('提出“坚持以人民为中心推动高质量发展的要求”')).toEqual([]);
    expect(all('“蓝海2号”下水')).toEqual([]);
  });
});

describe('parallel series', () => {
  it('a list that changes shape part-way yields the framed window (county report)', () => {
    const input = '统筹推进甲区产业园、乙区产业园和丙区物流港的规范化管理、均等化服务、便捷化办理。';
    const s = all(input).filter((x) => x.type === 'parallel');
    expect(s.map((x) => x.text)).toEqual(['规范化管理、均等化服务、便捷化办理']);
    expect(s[0].pattern).toBe('{}化{}');
  });

  it('a middle column frame: 相 in 地缘相近、人文相通、经济相融', () => {
    const input = '两县山水相连、人文相通、经济相融，合作基础良好';
    const s = find(input, '山水相连、人文相通、经济相融')!;
    expect(s).toMatchObject({ type: 'parallel', pattern: '{}相{}', parts: ['山水相连', '人文相通', '经济相融'] });
  });

  it('Traditional: 天更藍、山更綠、水更清', () => {
    const input = '讓家鄉天更藍、山更綠、水更清。';
    expect(find(input, '天更藍、山更綠、水更清')).toMatchObject({ type: 'parallel', pattern: '{}更{}', key: '天更蓝、山更绿、水更清' });
  });

  it('plain noun lists are not slogans', () => {
    expect(all('大力发展种植业、养殖业、加工业。').filter((x) => x.type === 'parallel')).toEqual([]);
    expect(all('出席会议的有办公室主任、财务处主任、人事处副主任。').filter((x) => x.type === 'parallel')).toEqual([]);
    expect(all('推广风能、太阳能、生物质能等清洁能源').filter((x) => x.type === 'parallel')).toEqual([]);
  });
});

describe('templates across sentences and correlatives', () => {
  it('sentence leads sharing a frame', () => {
    const input = '奋力以赴抓招商稳增长。今年引进项目30个。奋力以赴抓改革强动力。完成改革任务。奋力以赴抓民生增福祉。办好十件实事。';
    const t = all(input).find((x) => x.type === 'template')!;
    expect(t.pattern).toBe('奋力以赴抓{}');
    expect(t.parts).toEqual(['奋力以赴抓招商稳增长', '奋力以赴抓改革强动力', '奋力以赴抓民生增福祉']);
    expect(t.text.startsWith('奋力以赴抓招商稳增长')).toBe(true);
    expect(t.text.endsWith('奋力以赴抓民生增福祉')).toBe(true);
  });

  it('一手…、一手… and 无论是…还是…', () => {
    expect(find('坚持一手抓改革促发展、一手抓民生补短板，推动工作', '一手抓改革促发展、一手抓民生补短板')).toMatchObject({
      type: 'template',
      pattern: '一手{}',
    });
    const input = '无论是城市更新还是乡村振兴，无论是招商引资还是服务企业，都要走在前列';
    expect(find(input, '无论是城市更新还是乡村振兴，无论是招商引资还是服务企业')?.type).toBe('template');
  });

  it('在…上…，在…上… (prepositional frame)', () => {
    const input = '要在标准上对标一流，在速度上争分夺秒，确保完成任务';
    expect(find(input, '在标准上对标一流，在速度上争分夺秒')).toMatchObject({ type: 'template', pattern: '在{}上{}' });
  });

  it('ordinary sentences that open alike are not a template', () => {
    const input = '我们要加强领导。今年完成任务。我们要强化保障。明年继续推进。我们要严格考核。';
    expect(all(input).filter((x) => x.type === 'template')).toEqual([]);
  });
});

describe('enumerations', () => {
  it('an outline whose items run on for paragraphs is not one slogan', () => {
    const body =
      '完成投资一百亿元，新开工项目三十个，竣工项目二十个，重点项目全部按期推进，形成一批实物工作量。各部门要压实责任，倒排工期，确保每个项目都有专班推进、有领导包联、有考核问效。';
    const input = `一是抓好项目建设。${body}二是抓好招商引资。${body}三是抓好营商环境。${body}`;
    expect(all(input).filter((x) => x.type === 'enumeration')).toEqual([]);
  });
});
