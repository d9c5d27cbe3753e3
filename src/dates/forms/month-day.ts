/**
 * A month and day in digits without a year: 09-01, 12/1. In running text such a pair is as
 * often a score, a code or a fraction, so it is a date only with a time of day
 * (09-01 20:01), as an end of a range with another such pair (09-01至12-01), or as the whole
 * input (parseDate('12/1')); alone it is weak.
 */
import { isValidDay } from '../calendar.js';
import { fieldsCandidate } from '../resolve/index.js';
import type { DateForm } from './types.js';

const MONTH_DAY_RE = /(?<![\d./:-])(1[0-2]|0?[1-9])([-/])(3[01]|[12]\d|0?[1-9])(?![\d./-]|:\d|[年月日号%])/y;

/**
 * A month-day pair; a time attached after it (tail) makes it a date on its own.
 * @example '09-01 20:01 至 12-01 18:07' (reference 2021-06-14) → 2021-09-01T20:01..2021-12-01T18:07
 */
export const monthDay: DateForm = {
  name: 'monthDay',
  re: MONTH_DAY_RE,
  first: '0123456789',
  notAfter: '0123456789./:-',
  near: { chars: '-/', within: 2 },
  read: (m) => {
    const month = Number(m[1]);
    const day = Number(m[3]);
    if (!isValidDay(2000, month, day)) return undefined;
    return fieldsCandidate(m.index, m.index + m[0].length, { month, day }, { weak: true, pairs: true });
  },
  tail: 'time',
};
