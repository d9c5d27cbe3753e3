/**
 * normalize(normalize(x).text).text === normalize(x).text (reliability issue, item 4), with
 * the offsets of the first pass still exact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';

const twice = (s: string) => {
  const once = normalize(s).text;
  return { once, again: normalize(once).text };
};

describe('one pass does all the digit joining', () => {
  it.each([
    ['中1 1 .1', '中11.1'],
    ['增长1 2 .5%', '增长12.5%'],
    ['年1 2,345', '年12345'],
    ['1，111. 1', '1111.1'],
    ['共3,456 .78万元', '共3456.78万元'],
    ['全县4 5 . 6公顷', '全县45.6公顷'],
  ])('%s → %s, and stays', (input, expected) => {
    const { once, again } = twice(input);
    expect(once).toBe(expected);
    expect(again).toBe(once);
  });
  it('offsets of a joined figure still slice the input', () => {
    const input = '全年增长1 2 .5%左右';
    const n = normalize(input);
    const at = n.text.indexOf('12.5%');
    expect(n.toOriginalSpan(at, at + 5)).toEqual({ text: '1 2 .5%', start: 4, end: 11 });
  });
});

describe('line joining does not join again on a second pass', () => {
  it('a short paragraph tail that widens the column estimate', () => {
    const input = '中中中中。\n中中中中中\n中\n中中中中。\n，\n，\n中中中中。\n中\n中中中中中中';
    const { once, again } = twice(input);
    expect(again).toBe(once);
  });
  it('a column document whose joined lines read as prose afterwards', () => {
    const col = (s: string) => s.replace(/[^\n]{13}/g, '$&\n');
    const body =
      col('区委区政府召开全区乡村振兴工作推进会议，部署今年重点任务，要求各镇街对标对表抓好落实。') +
      '\n各镇街负责同志参加会议并作表态发言，会议由区委副书记主持并讲话总结全年工作目标和安排\n\n' +
      col('会议指出，今年全区要新建高标准农田一点二万亩，粮食总产稳定在十五万吨以上，农村居民人均可支配收入增长百分之七。');
    const { once, again } = twice(body);
    expect(again).toBe(once);
  });
});

/** Pieces that move column widths and digit joins: full-width digits, spaced digits, separators, short and long lines. */
const piece = fc.constantFrom(
  '中中中中',
  '中中中中中',
  '中',
  '。',
  '，',
  '\n',
  '\n\n',
  '\r\n',
  '中中中中中中中中中中中中中中中中',
  '１２',
  '1 2',
  '3,456',
  '．５',
  ' .5',
  '. 5',
  ' ',
  '“',
  '”',
  '國',
  '5',
  '年',
  '%',
  '、',
  '一是',
);
const doc = fc.array(piece, { maxLength: 60 }).map((a) => a.join(''));

describe('normalize is idempotent (property)', () => {
  it('on digit- and line-dense strings, with the first pass offsets exact', () => {
    fc.assert(
      fc.property(doc, fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalize(s);
        expect(normalize(n.text).text).toBe(n.text);
        const start = Math.min(a, b) % (n.text.length + 1);
        const end = Math.max(a, b) % (n.text.length + 1);
        const span = n.toOriginalSpan(start, end);
        expect(s.slice(span.start, span.end)).toBe(span.text);
      }),
      { numRuns: 3000 },
    );
  });
  it('with joinLines: true as well', () => {
    fc.assert(
      fc.property(doc, (s) => {
        const once = normalize(s, { joinLines: true }).text;
        expect(normalize(once, { joinLines: true }).text).toBe(once);
      }),
      { numRuns: 1500 },
    );
  });
});
