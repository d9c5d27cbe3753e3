import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { fixture } from '../helpers.js';

const text = (s: string, o?: Parameters<typeof normalize>[1]) => normalize(s, o).text;

describe('full-width to half-width', () => {
  it('converts digits, letters and number signs', () => {
    expect(text('国内生产总值增长５．５％左右')).toBe('国内生产总值增长5.5%左右');
    expect(text('１２００万人')).toBe('1200万人');
    expect(text('ＧＤＰ增长５％－６％')).toBe('GDP增长5%-6%');
    expect(text('１２：００开幕')).toBe('12:00开幕');
    expect(text('占全省１／５')).toBe('占全省1/5');
  });
  it('leaves CJK punctuation alone', () => {
    expect(text('目标：增长，提高。（一）')).toBe('目标：增长，提高。（一）');
    expect(text('工作时间：周一')).toBe('工作时间：周一');
  });
});

describe('OCR spaced digits', () => {
  it('rejoins single spaced digits next to CJK text', () => {
    expect(text('2 0 2 1年中日韩工程技术大会')).toBe('2021年中日韩工程技术大会');
    expect(text('与第 1 9届国际装备')).toBe('与第19届国际装备');
    expect(text('随着“智能制造2 0 2 5”作为')).toBe('随着“智能制造2025”作为');
  });
  it('rejoins a spaced decimal point', () => {
    expect(text('磨炼意志的42 . 195公里全程')).toBe('磨炼意志的42.195公里全程');
    expect(text('湖光山色的21 . 095公里')).toBe('湖光山色的21.095公里');
  });
  it('keeps numbers that are really separate', () => {
    expect(text('10 20')).toBe('10 20');
    expect(text('1 2 3')).toBe('1 2 3');
    expect(text('第1季度 2 项')).toBe('第1季度 2 项');
    expect(text('找 记 者 上 壹 点')).toBe('找 记 者 上 壹 点');
  });
});

describe('thousands separators', () => {
  it('removes them inside numbers', () => {
    expect(text('营业收入82,225.00万元')).toBe('营业收入82225.00万元');
    expect(text('营业收入82，225.00万元')).toBe('营业收入82225.00万元');
    expect(text('人口1,234,567人')).toBe('人口1234567人');
  });
  it('keeps list commas', () => {
    expect(text('1，2，3')).toBe('1，2，3');
    expect(text('分别为120，350家')).toBe('分别为120，350家');
    expect(text('1,2,3')).toBe('1,2,3');
  });
});

describe('Traditional to Simplified', () => {
  it('converts Traditional text and reports the script', () => {
    const n = normalize('國內生產總值增長５．５％左右');
    expect(n.text).toBe('国内生产总值增长5.5%左右');
    expect(n.script).toBe('traditional');
  });
  it('leaves Simplified text and honours script: keep', () => {
    expect(normalize('国内生产总值增长5%左右').script).toBe('simplified');
    expect(text('國內生產總值', { script: 'keep' })).toBe('國內生產總值');
  });
  it('keeps offsets one-to-one', () => {
    const input = '到2025年，城鎮新增就業1100萬人以上';
    const n = normalize(input);
    expect(n.text).toBe('到2025年，城镇新增就业1100万人以上');
    const i = n.text.indexOf('1100万人');
    expect(n.toOriginalSpan(i, i + 6)).toEqual({ text: '1100萬人', start: i, end: i + 6 });
  });
});

describe('hard-wrapped columns', () => {
  const doc = fixture('000_d1c087543cb3db8e.txt');
  const n = normalize(doc);
  it('rejoins sentences wrapped mid-word', () => {
    expect(n.text).toContain('本报讯 5月12日下午，市委、市政府召开全市县域经济高质量发展大会，深入学习贯彻习近平总书记');
    expect(n.text).toContain('按照“一园一业一平台”思路');
    // across a blank line inside a paragraph (a column break)
    expect(n.text).toContain('居民生活发生翻天覆地变化，县域发挥了至关重要作用');
    expect(n.text).toContain('与第19届国际装备制造业博览会');
  });
  it('keeps headlines and paragraph breaks', () => {
    expect(n.text).toContain('\n\n烟台市委、市政府召开全市县域经济高质量发展大会\n\n力争三年实现县域经济排名赶超进位\n\n');
    expect(n.text).toContain('作了表态发言。\n\n');
  });
  it('leaves short lines of text that is not in columns alone', () => {
    expect(text('第一行\n第二行')).toBe('第一行\n第二行');
    expect(text('培强产业集群 壮大工业规模\n\n市委常委、副市长 牟树青\n')).toBe('培强产业集群 壮大工业规模\n\n市委常委、副市长 牟树青\n');
  });
  it('rejoins a long prose line cut mid-sentence, but not a byline before a headline', () => {
    const prose = fixture('003_bad21ed3cf753cea.txt');
    const n = normalize(prose).text;
    expect(n).toContain('确保3月底前开工53个新项目、全年新开工项目130个以上。');
    expect(n).toContain('大力实施领导带头招商、分口招商、产业招商、以商招商；');
    expect(n).toContain('争创高质量发展新优势。 YMG全媒体记者 童佳怡 整理\n');
    const para =
      '城镇新增就业一千二百万人以上，城镇调查失业率百分之五点五左右，居民消费价格涨幅百分之三左右，国际收支基本平衡，粮食产量保持在一点三万亿斤以上，';
    expect(text(`${para}\n\n单位国内生产总值能耗降低百分之二左右。`)).toBe(`${para}单位国内生产总值能耗降低百分之二左右。`);
    expect(text(`${para}\n\n一是稳定宏观经济大盘。`)).toBe(`${para}\n\n一是稳定宏观经济大盘。`);
  });
  it('joinLines: true joins every break inside a sentence, whatever the widths', () => {
    const input = '市政府\n召开常务会议，研究\n部署下半年工作。\n\n会议要求：\n（一）抓好项目\n建设。';
    const n = normalize(input, { joinLines: true });
    // a short first line is joined too (auto keeps it: no column, no long prose line)
    expect(n.text).toBe('市政府召开常务会议，研究部署下半年工作。\n\n会议要求：\n（一）抓好项目建设。');
    expect(normalize(input).text).toBe(input);
    // idempotent, and spans map back across the joins
    expect(normalize(n.text, { joinLines: true }).text).toBe(n.text);
    const at = n.text.indexOf('研究部署');
    expect(n.toOriginalSpan(at, at + 4)).toEqual({ text: '研究\n部署', start: input.indexOf('研究'), end: input.indexOf('研究') + 5 });
  });
  it('can be switched off', () => {
    expect(text(doc, { joinLines: false })).toBe(
      doc
        .replace('第 1 9届', '第19届')
        .replace('2 0 2 5', '2025')
        .replace('2 0 2 1年', '2021年')
        .replace('42 . 195', '42.195')
        .replace('21 . 095', '21.095'),
    );
  });
  it('maps joined text back to the original', () => {
    const i = n.text.indexOf('市委、市政府召开');
    const span = n.toOriginalSpan(i, i + 8);
    expect(span.text).toBe('市\n委、市政府召开');
    expect(doc.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('offset mapping', () => {
  it('maps spaced figures to the spaced original', () => {
    const input = '磨炼意志的42 . 195公里全程';
    const n = normalize(input);
    const i = n.text.indexOf('42.195公里');
    expect(n.toOriginalSpan(i, i + 8)).toEqual({ text: '42 . 195公里', start: 5, end: 15 });
    expect(n.toOriginal(n.text.length)).toBe(input.length);
    expect(n.fromOriginal(5)).toBe(i);
    expect(n.fromOriginal(15)).toBe(i + 8);
  });
});

describe('bad input', () => {
  it('names the argument', () => {
    expect(() => normalize(42 as unknown as string)).toThrow(TypeError);
    expect(() => normalize(42 as unknown as string)).toThrow(/input/);
    expect(() => normalize('x', { script: 'tw' as 'auto' })).toThrow(/script/);
    expect(() => normalize('x', { joinLines: 'yes' as 'auto' })).toThrow(/joinLines/);
  });
  it('accepts any string', () => {
    expect(normalize('').text).toBe('');
    expect(normalize('\ud800\u0000').text).toBe('\ud800\u0000');
  });
});
