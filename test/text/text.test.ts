import { describe, expect, it } from 'vitest';
import {
  clauses,
  digitValue,
  fullYear,
  isAsciiDigit,
  isClosing,
  isHan,
  isHanAt,
  isHanDigit,
  isMagnitude,
  isNumeralChar,
  isOpening,
  isPlausibleYear,
  items,
  RE,
  roundFloat,
  sentences,
} from '../../src/text/index.js';

describe('character classes', () => {
  it('Han covers the unified block, extension A, compatibility ideographs and 〇', () => {
    for (const c of ['国', '㐀', '豈', '〇']) expect(isHan(c)).toBe(true);
    for (const c of ['1', 'a', '，', '“', undefined, '']) expect(isHan(c)).toBe(false);
    expect(isHanAt('增长5%', 0)).toBe(true);
    expect(isHanAt('增长5%', 2)).toBe(false);
    expect(isHanAt('增长', 9)).toBe(false);
  });
  it('digits, magnitudes and numerals', () => {
    expect(isAsciiDigit('7')).toBe(true);
    expect(isHanDigit('叁')).toBe(true);
    expect(isHanDigit('十')).toBe(false);
    expect(isMagnitude('亿')).toBe(true);
    for (const c of ['5', '两', '萬', '廿']) expect(isNumeralChar(c)).toBe(true);
    expect(isNumeralChar('年')).toBe(false);
    expect(digitValue('陆')).toBe(6);
    expect(digitValue('年')).toBeUndefined();
  });
  it('quotes and brackets', () => {
    expect(isOpening('“')).toBe(true);
    expect(isClosing('》')).toBe(true);
    expect(isOpening('”')).toBe(false);
  });
  it('regex fragments match what the predicates accept', () => {
    const han = new RegExp(`^${RE.han}$`);
    for (const c of ['国', '〇', 'a', '1']) expect(han.test(c)).toBe(isHan(c));
    expect(new RegExp(`^${RE.cnDigit}+$`).test('二〇二一')).toBe(true);
  });
});

describe('splitters', () => {
  it('sentences, clauses and items, never inside quotes', () => {
    const t = '增长5%，粮食、棉花“稳、增”。完成任务！';
    const slice = (ps: { start: number; end: number }[]) => ps.map((p) => t.slice(p.start, p.end));
    expect(slice(sentences(t))).toEqual(['增长5%，粮食、棉花“稳、增”', '完成任务！'.slice(0, 4)]);
    const s = sentences(t)[0];
    expect(slice(clauses(t, s))).toEqual(['增长5%', '粮食、棉花“稳、增”']);
    expect(slice(items(t, s))).toEqual(['增长5%', '粮食', '棉花“稳、增”']);
  });
  it('a line break ends a sentence and closes an open quote', () => {
    const t = '“标题\n正文。';
    expect(sentences(t).map((p) => t.slice(p.start, p.end))).toEqual(['“标题', '正文']);
  });
});

describe('calendar vocabulary and numbers', () => {
  it('two-digit years fold to 1951–2050 by default', () => {
    expect([fullYear(98), fullYear(8), fullYear(50), fullYear(51), fullYear(0)]).toEqual([1998, 2008, 2050, 1951, 2000]);
    expect(fullYear(60, 2030)).toBe(2060);
  });
  it('plausible years', () => {
    expect(isPlausibleYear(2021)).toBe(true);
    expect(isPlausibleYear(1799)).toBe(false);
    expect(isPlausibleYear(5000)).toBe(false);
  });
  it('rounding removes binary noise', () => {
    expect(roundFloat(1.1 * 3)).toBe(3.3);
    expect(roundFloat(224.2 * 1e8)).toBe(22420000000);
    expect(roundFloat(7)).toBe(7);
  });
});
