/**
 * A span of years the text gives itself, from the reference year: 用三年时间, 用2到3年的时间.
 */
import type { Resolved } from '../fields.js';
import { years } from './common.js';
import { amount, USE_SPAN_RE } from './counted.js';
import type { DateForm } from './types.js';

export const useSpan: DateForm = {
  name: 'useSpan',
  re: USE_SPAN_RE,
  first: '用',
  read: (m) => {
    // the upper end of a range counts
    const n = amount(m[2] ?? m[1]);
    if (!n || !Number.isInteger(n) || n > 30) return undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve: (ref): Resolved => {
        if (!ref) return { gran: 'year', relative: true, role: 'span' };
        return { ...years(ref.year, ref.year + n - 1, 'year', 'span'), relative: true };
      },
    };
  },
};
