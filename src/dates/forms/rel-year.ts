/**
 * 上一年, 下一年: the calendar year before or after the reference year (an ordinal "the previous
 * one", like 上年 and 去年), not the twelve months back from the reference day. Listed before the
 * counted forms so that on the same span this reading wins over 上N年 (上两年 stays counted).
 */
import { RELATIVE_YEARS } from '../../text/index.js';
import type { Fields } from '../fields.js';
import { resolveFields } from '../resolve/index.js';
import type { DateForm } from './types.js';

const REL_YEAR_RE = /(?<![马最然落背随往之以今])[上下]一年/y;

/**
 * @example '上一年' (reference 2021-06-14) → 2020-01-01..2020-12-31 (year)
 */
export const relYear: DateForm = {
  name: 'relYear',
  re: REL_YEAR_RE,
  first: '上下',
  notAfter: '马最然落背随往之以今', // 马上一年半, 以上一年: not a year word
  near: { chars: '一', within: 1 },
  read: (m) => {
    const fields: Fields = { yearRel: RELATIVE_YEARS[m[0]] };
    return { start: m.index, end: m.index + m[0].length, fields, resolve: (ref) => resolveFields(fields, ref) };
  },
};
