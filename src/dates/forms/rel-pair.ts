/**
 * Two neighbouring years or days named together: 今明两年 (this year and the next), 今明年,
 * 明后两天, 今明两日. A span over both.
 */
import { shiftDays } from '../calendar.js';
import type { Resolved } from '../fields.js';
import { years } from './common.js';
import type { DateForm } from './types.js';

const REL_PAIR_RE = /(今明|明后)(?:两|2)?(年|天|日)(?!度)/y;

/**
 * @example '今明两年' (reference 2021-06-14) → 2021-01-01..2022-12-31 (year, span);
 *   '明后两天' → 2021-06-15..2021-06-16 (day, span)
 */
export const relPair: DateForm = {
  name: 'relPair',
  re: REL_PAIR_RE,
  first: '今明',
  near: { chars: '明后', within: 1 },
  read: (m) => {
    const first = m[1] === '今明' ? 0 : 1;
    const isYear = m[2] === '年';
    const gran = isYear ? 'year' : 'day';
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve: (ref): Resolved => {
        if (!ref) return { gran, relative: true, role: 'span' };
        if (isYear) return { ...years(ref.year + first, ref.year + first + 1, 'year', 'span'), relative: true };
        return { from: shiftDays(ref, first), to: shiftDays(ref, first + 1), gran, relative: true, role: 'span' };
      },
    };
  },
};
