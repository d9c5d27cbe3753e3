/**
 * Periods counted from the reference date, the count after its word: 近三年, 最近5天, 未来三年,
 * 今后五年, 过去十年, 前1周, 上2个月, 后1年, 接下来的两天.
 */
import type { Resolved } from '../fields.js';
import { years } from './common.js';
import { amount, COUNT_BEFORE_RE, shift, unitGranularity, unitOf } from './counted.js';
import { shiftDays } from '../calendar.js';
import { charSet, hash2, pairs } from './pairs.js';
import type { DateForm } from './types.js';

const COUNT_PAIRS = pairs('最近 过去 未来 今后 此后 接下');
const COUNT_NEXT = charSet('的 0123456789一二两三四五六七八九十半');
const 近 = '近'.charCodeAt(0);
const 前 = '前'.charCodeAt(0);
const 上 = '上'.charCodeAt(0);
const 后 = '后'.charCodeAt(0);

/** 近 最近 过去 未来 今后 此后 接下来, or 前/上/后 before a count (前1周, 上的两个月). */
function countBeforeAt(text: string, i: number, c: number): boolean {
  if (c === 近) return true;
  if (c === 前 || c === 上 || c === 后) return COUNT_NEXT[text.charCodeAt(i + 1)] === 1;
  return COUNT_PAIRS[hash2(c, text.charCodeAt(i + 1))] === 1;
}

export const countBefore: DateForm = {
  name: 'countBefore',
  re: COUNT_BEFORE_RE,
  first: '近最过未今此接前上后',
  notAfter: '最然落背随往之以今马',
  startsAt: (text, i, c) => countBeforeAt(text, i, c),
  read: (m) => {
    const n = amount(m[2]);
    const u = unitOf(m[3]);
    if (!n || !Number.isInteger(n) || u === 'h' || u === 'min') return undefined;
    const w = m[1];
    // 前N个月 / 前N年 of a year are read by the core grammar (今年前4个月); here only weeks and days
    if (w === '前' && (u === 'm' || u === 'y')) return undefined;
    const future = /未来|今后|此后|后|接下来/.test(w);
    const gran = unitGranularity(u);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve: (ref): Resolved => {
        if (!ref) return { gran, relative: true, role: 'span' };
        if (future && u === 'y' && w !== '后') return { ...years(ref.year, ref.year + n - 1, 'year', 'span'), relative: true };
        if (future) return { from: shiftDays(ref, 1), to: shift(ref, n, u), gran, relative: true, role: 'span' };
        return { from: shift(ref, -n, u), to: { ...ref }, gran, relative: true, role: 'span' };
      },
    };
  },
};
