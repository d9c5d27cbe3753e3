import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/numbers/index.js';
import { expectSpansExact, fixture, fixtures } from '../helpers.js';

/** Quantities of the fixture `name` whose span starts inside the first line containing `marker`. */
function inLine(name: string, marker: string): Array<[string, number, string, string, number?]> {
  const s = fixture(name);
  const at = s.indexOf(marker);
  expect(at).toBeGreaterThanOrEqual(0);
  const from = s.lastIndexOf('\n', at) + 1;
  const nl = s.indexOf('\n', at);
  const to = nl < 0 ? s.length : nl;
  const qs = extractQuantities(s).filter((x) => x.start >= from && x.start < to);
  return qs.map((x) => {
    const row: [string, number, string, string, number?] = [x.text, x.value, x.unit, x.approx];
    if (x.max !== undefined) row.push(x.max);
    return row;
  });
}

describe('extractQuantities on the fixtures', () => {
  it('gives exact spans and never a date, time or plan period', () => {
    for (const [name, s] of fixtures()) {
      const qs = extractQuantities(s);
      expectSpansExact(s, qs);
      for (const x of qs) {
        expect(x.text, name).not.toMatch(/\d{4}\s*年|\d\s*月\s*\d|\d:\d\d|十[三四五]五/);
        expect(Number.isFinite(x.value), name).toBe(true);
      }
    }
  });

  it('003: counts, thresholds, ranges and percentage points in one sentence', () => {
    expect(inLine('003_bad21ed3cf753cea.txt', '年内新增规上工业企业30家')).toEqual([
      ['30家', 30, '家', 'exact'],
      ['过10亿元', 1000000000, '元', 'over'],
      ['3家', 3, '家', 'exact'],
      ['2—3家', 2, '家', 'exact', 3],
      ['1—2个百分点', 1, '个百分点', 'exact', 2],
      ['25%左右', 25, '%', 'about'],
    ]);
  });

  it('003: growth and level of the same metric', () => {
    expect(inLine('003_bad21ed3cf753cea.txt', '强力推进总投资224.2亿元')).toEqual([
      ['224.2亿元', 22420000000, '元', 'exact'],
      ['90个', 90, '个', 'exact'],
      ['107.9亿元', 10790000000, '元', 'exact'],
      ['7%以上', 7, '%', 'atLeast'],
      ['5.5%以上', 5.5, '%', 'atLeast'],
      ['突破300亿元', 30000000000, '元', 'over'],
      ['8%以上', 8, '%', 'atLeast'],
      ['突破15亿元', 1500000000, '元', 'over'],
    ]);
  });

  it('001: thresholds with counts', () => {
    const got = inLine('001_b4f786da16532147.txt', '过2000亿元的1个');
    expect(got.slice(0, 4)).toEqual([
      ['过2000亿元', 200000000000, '元', 'over'],
      ['1个', 1, '个', 'exact'],
      ['过1000亿元', 100000000000, '元', 'over'],
      ['2个', 2, '个', 'exact'],
    ]);
  });

  it('002: a fraction and reported results, no year', () => {
    expect(inLine('002_f27bd7c56ea39b14.txt', '占全省1/5')).toEqual([
      ['22个', 22, '个', 'exact'],
      ['1/5', 0.2, '', 'exact'],
      ['6个', 6, '个', 'exact'],
      ['823家', 823, '家', 'exact'],
      ['1708家', 1708, '家', 'exact'],
      ['48.3%', 48.3, '%', 'exact'],
    ]);
  });

  it('002: 两千亿元以上 after a plan period, 10%以上', () => {
    const got = inLine('002_f27bd7c56ea39b14.txt', '两千亿元以上');
    expect(got).toContainEqual(['10%以上', 10, '%', 'atLeast']);
    expect(got).toContainEqual(['两千亿元以上', 200000000000, '元', 'atLeast']);
  });

  it('000: OCR-spaced 42 . 195公里 is one quantity whose span covers the spaces', () => {
    const s = fixture('000_d1c087543cb3db8e.txt');
    const hit = extractQuantities(s).find((x) => x.unit === '公里' && x.value === 42.195);
    expect(hit?.text).toBe('42 . 195公里');
    expect(s.slice(hit!.start, hit!.end)).toBe('42 . 195公里');
  });

  it('000: the banner 找 记 者 上 壹 点 and 40多年 来', () => {
    const qs = extractQuantities(fixture('000_d1c087543cb3db8e.txt'));
    expect(qs.some((x) => x.text === '壹')).toBe(false);
    // 40多年来 frames a period: a length of time, not a quantity
    expect(qs.some((x) => x.unit === '年' && x.approx === 'more')).toBe(false);
  });

  it('004: a news report of meetings has no quantity but 三篇', () => {
    const qs = extractQuantities(fixture('004_e525d5171158f955.txt'));
    expect(qs.map((x) => [x.text, x.value, x.unit])).toEqual([['三篇', 3, '篇']]);
  });
});
