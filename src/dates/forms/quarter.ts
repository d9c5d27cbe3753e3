/**
 * Quarters the core grammar leaves out: relative ones (上季度末, 下个季度, 本季度, 这一季度初),
 * leading quarters of a year (2021年前两个季度 → Jan–Jun) and a bare quarter in digits
 * (1季度 → the reference year's first quarter).
 */
import { monthEnd, type Day } from '../calendar.js';
import type { Resolved } from '../fields.js';
import { small, yearOf } from '../numerals.js';
import { abs } from './common.js';
import type { DateForm } from './types.js';

/** 1 relative word, 2 start/end part; 3 year, 4 relative year, 5 count; 6 digit quarter. */
const QUARTER_RE =
  /(?<![\d年第])(?:(上|本|下|这)一?个?季度(初|末|底)?|(?:(\d{4})年|(今年|去年|明年))的?前([两二三2-3])个季度|第?([1-4])季度(?![\d末初底]))/y;

/** Months a..b of year y, or their first/last month for 初/末. */
function quarterMonths(y: number, q: number, last: number, part: string | undefined): Resolved {
  const a = part === '末' || part === '底' ? 3 * last : 3 * q - 2;
  const b = part === '初' ? 3 * q - 2 : 3 * last;
  return abs({ year: y, month: a, day: 1 }, monthEnd(y, b), part ? 'month' : 'quarter', q === last ? 'point' : 'span');
}

const YEAR_SHIFT: Record<string, number> = { 去年: -1, 今年: 0, 明年: 1 };

/** The reference quarter shifted by 上/下. */
function relativeQuarter(word: string, part: string | undefined, ref: Day): Resolved {
  const shift = word === '上' ? -1 : word === '下' ? 1 : 0;
  const n = ref.year * 4 + Math.floor((ref.month - 1) / 3) + shift;
  const q = (n % 4) + 1;
  return { ...quarterMonths(Math.floor(n / 4), q, q, part), relative: true };
}

/**
 * Relative, leading and digit quarters.
 * @example '上季度末' (reference 2021-06-14) → 2021-03-01..2021-03-31; '2021年前两个季度' →
 * 2021-01-01..2021-06-30 (quarter, span); '1季度' → 2021-01-01..2021-03-31
 */
export const quarter: DateForm = {
  name: 'quarter',
  re: QUARTER_RE,
  first: '上本下这第0123456789今去明',
  notAfter: '0123456789年第',
  near: { chars: '季', within: 12 },
  read: (m) => {
    const s = m.index;
    const e = s + m[0].length;
    const unresolved: Resolved = { gran: 'quarter', relative: true };
    if (m[1] !== undefined) {
      const [word, part] = [m[1], m[2]];
      return { start: s, end: e, resolve: (ref) => (ref ? relativeQuarter(word, part, ref) : unresolved) };
    }
    if (m[6] !== undefined) {
      const q = Number(m[6]);
      return { start: s, end: e, resolve: (ref) => (ref ? { ...quarterMonths(ref.year, q, q, undefined), relative: true } : unresolved) };
    }
    const n = small(m[5]) ?? 2;
    const y = m[3] !== undefined ? yearOf(m[3]) : undefined;
    const shift = m[4] !== undefined ? YEAR_SHIFT[m[4]] : undefined;
    return {
      start: s,
      end: e,
      resolve: (ref): Resolved | undefined => {
        if (y !== undefined) return quarterMonths(y, 1, n, undefined);
        if (!ref || shift === undefined) return unresolved;
        return { ...quarterMonths(ref.year + shift, 1, n, undefined), relative: true };
      },
    };
  },
};
