/**
 * Leading and trailing parts of a month or year the core grammar leaves out: 这个月前两天 (days
 * 1–2), 4月前4天, 本月最后3天, 当月 (the reference month), 2005年首月 (January), 二零二一年后三月
 * (October–December), 今年后两个月.
 */
import { daysInMonth, monthEnd, shiftMonths, type Day } from '../calendar.js';
import type { Resolved } from '../fields.js';
import { small, yearOf } from '../numerals.js';
import { abs } from './common.js';
import type { DateForm } from './types.js';

const N = '([一二两三四五六七八九十]{1,3}|\\d{1,2})';
/** 1 relative month, 2 month number, 3 前/后/最后, 4 count; 5 year, 6 relative year, 7 首月, 8 前/后, 9 count; 10 当月. */
const MONTH_PART_SRC =
  `(?<![\\d零〇一二两三四五六七八九十年])(?:(这个月|本月|当月|上个?月|下个?月|(\\d{1,2}|[一二三四五六七八九十]{1,2})月份?)的?(前|后|最后)${N}天` +
  `|(?:(\\d{4}|[零〇一二三四五六七八九]{4})年|(今年|去年|明年))的?(?:(首月)|(后|最后)${N}个?月)|(当月))`;
const MONTH_PART_RE = new RegExp(MONTH_PART_SRC, 'y');

const MONTH_SHIFT: Record<string, number> = { 上月: -1, 上个月: -1, 下月: 1, 下个月: 1 };
const YEAR_SHIFT: Record<string, number> = { 去年: -1, 今年: 0, 明年: 1 };

/** The month a relative word or a month number names, in the reference year. */
function monthOf(rel: string | undefined, num: number | undefined, ref: Day): Day {
  if (num !== undefined) return { year: ref.year, month: num, day: 1 };
  return shiftMonths({ year: ref.year, month: ref.month, day: 1 }, MONTH_SHIFT[rel ?? ''] ?? 0);
}

/** The first or last n days of a month, or undefined when n is too many. */
function daysPart(mo: Day, last: boolean, n: number): Resolved | undefined {
  const len = daysInMonth(mo.year, mo.month);
  if (n < 1 || n > len) return undefined;
  const a = last ? len - n + 1 : 1;
  const b = last ? len : n;
  return { ...abs({ ...mo, day: a }, { ...mo, day: b }, 'day', 'span'), relative: true };
}

/** The first month, or the last n months, of year y. */
function monthsPart(y: number, first: boolean, n: number): Resolved | undefined {
  if (first) return abs({ year: y, month: 1, day: 1 }, monthEnd(y, 1), 'month');
  if (n < 1 || n > 12) return undefined;
  return abs({ year: y, month: 13 - n, day: 1 }, monthEnd(y, 12), 'month', 'span');
}

/**
 * Parts of a month or a year.
 * @example '4月前4天' (reference 2021-06-14) → 2021-04-01..2021-04-04; '二零二一年后三月' →
 * 2021-10-01..2021-12-31 (month, span); '当月' → 2021-06-01..2021-06-30
 */
export const monthPart: DateForm = {
  name: 'monthPart',
  re: MONTH_PART_RE,
  first: '这本当上下0123456789一二三四五六七八九十零〇今去明',
  notAfter: '0123456789零〇一二两三四五六七八九十年',
  near: { chars: '天月', within: 12 },
  read: (m) => {
    const s = m.index;
    const e = s + m[0].length;
    const none: Resolved = { gran: 'month', relative: true };
    if (m[10] !== undefined) {
      const whole = (ref: Day): Resolved => ({ ...abs({ ...ref, day: 1 }, monthEnd(ref.year, ref.month), 'month'), relative: true });
      return { start: s, end: e, resolve: (ref) => (ref ? whole(ref) : none) };
    }
    if (m[4] !== undefined) {
      const num = m[2] !== undefined ? small(m[2]) : undefined;
      const n = small(m[4]);
      if (n === undefined || n > 31 || (num !== undefined && (num < 1 || num > 12))) return undefined;
      const last = m[3] !== '前';
      return { start: s, end: e, resolve: (ref) => (ref ? daysPart(monthOf(m[1], num, ref), last, n) : none) };
    }
    const n = m[9] !== undefined ? small(m[9]) : 0;
    if (n === undefined) return undefined;
    const y = m[5] !== undefined ? yearOf(m[5]) : undefined;
    const shift = m[6] !== undefined ? YEAR_SHIFT[m[6]] : undefined;
    const first = m[7] !== undefined;
    return {
      start: s,
      end: e,
      resolve: (ref) => {
        if (y !== undefined) return monthsPart(y, first, n);
        if (!ref || shift === undefined) return none;
        const r = monthsPart(ref.year + shift, first, n);
        return r && { ...r, relative: true };
      },
    };
  },
};
