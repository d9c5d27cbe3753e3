/**
 * 上一年, 下一年, 上一个月, 下一周: the calendar year, month or week before or after the
 * reference one (an ordinal "the previous one", like 上年, 去年, 上月, 上周), not the twelve
 * months, the month or the seven days counted back from the reference day. Listed before the
 * counted forms so that on the same span this reading wins over 上N年 (上两年 stays counted).
 */
import { RELATIVE_YEARS } from '../../text/index.js';
import { mondayOf, shiftDays, type Day } from '../calendar.js';
import type { Resolved } from '../fields.js';
import { fieldsCandidate } from '../resolve/index.js';
import type { DateForm } from './types.js';

const REL_ONE_RE = /(?<![马最然落背随往之以今])([上下])一(年|个?月|个?(?:周|週|星期|礼拜|禮拜))(?!度)/y;

/** The previous or next calendar week: Monday to Sunday. */
function week(step: number): (ref: Day | undefined) => Resolved {
  return (ref) => {
    if (!ref) return { gran: 'week', relative: true };
    const from = shiftDays(mondayOf(ref), 7 * step);
    return { from, to: shiftDays(from, 6), gran: 'week', relative: true };
  };
}

/**
 * @example '上一年' (reference 2021-06-14) → 2020-01-01..2020-12-31 (year)
 * @example '下一个月' (reference 2021-06-14) → 2021-07-01..2021-07-31 (month)
 * @example '上一周' (reference 2021-06-14) → 2021-06-07..2021-06-13 (week)
 */
export const relYear: DateForm = {
  name: 'relYear',
  re: REL_ONE_RE,
  first: '上下',
  notAfter: '马最然落背随往之以今', // 马上一年半, 以上一年: not a year word
  near: { chars: '一', within: 1 },
  read: (m) => {
    const step = m[1] === '上' ? -1 : 1;
    const end = m.index + m[0].length;
    if (m[2] === '年') return fieldsCandidate(m.index, end, { yearRel: RELATIVE_YEARS[`${m[1]}一年`] });
    if (m[2].endsWith('月')) return fieldsCandidate(m.index, end, { monthRel: step });
    return { start: m.index, end, resolve: week(step) };
  },
};
