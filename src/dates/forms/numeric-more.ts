/**
 * More numeric forms: compact days (20240307), month ranges (1999.08-2002.02) and date-time
 * ranges (2019.05.29 15:20-2020.01.12 12:10), and a date with a dashed time (2021-09-12-11:23).
 */
import { isPlausibleYear } from '../../text/index.js';
import { compareDays, isValidDay, monthEnd, type Moment } from '../calendar.js';
import type { Candidate, Resolved } from '../fields.js';
import { abs, dayCandidate } from './common.js';
import type { DateForm } from './types.js';

/**
 * 1 compact y, 2 m, 3 d; 4 y, 5 sep, 6 m, 7 y, 8 m (month range);
 * 9 y, 10 sep, 11 m, 12 d, 13 h, 14 min, then 15 y, 16 m, 17 d, 18 h, 19 min (date-time range)
 * or 20 h, 21 min (dashed time).
 */
const NUMERIC_MORE_SRC =
  '(?<![\\d.\\/-])(?:(\\d{4})(\\d{2})(\\d{2})(?![\\d.]|[元人个万亿件次条项台辆吨米号名户家座所篇部份株头只张本位届期批]|%)' +
  '|(\\d{4})([./])(0[1-9]|1[0-2])(?:-|—|–|~|～|至|到)(\\d{4})\\5(0[1-9]|1[0-2])(?![\\d.\\/-])' +
  '|(\\d{4})([-./])(\\d{1,2})\\10(\\d{1,2})(?: ?(\\d{1,2}):(\\d{2}) ?(?:-|—|–|~|～|至|到) ?(\\d{4})\\10(\\d{1,2})\\10(\\d{1,2}) (\\d{1,2}):(\\d{2})' +
  '|-(\\d{1,2}):(\\d{2}))(?![\\d:]))';
const NUMERIC_MORE_RE = new RegExp(NUMERIC_MORE_SRC, 'y');

/** A moment, or undefined when no real day or time. */
function moment(y: number, m: number, d: number, h: number, min: number): Moment | undefined {
  if (!isValidDay(y, m, d) || h > 24 || min > 59 || (h === 24 && min > 0)) return undefined;
  return { year: y, month: m, day: d, minutes: h * 60 + min };
}

const afterOrSame = (a: Moment, b: Moment): boolean =>
  compareDays(b, a) > 0 || (compareDays(b, a) === 0 && (b.minutes ?? 0) >= (a.minutes ?? 0));

/** The month range 1999.08-2002.02 → 1999-08-01..2002-02-28. */
function monthRange(s: number, e: number, m: RegExpExecArray): Candidate | undefined {
  const [y1, m1, y2, m2] = [Number(m[4]), Number(m[6]), Number(m[7]), Number(m[8])];
  if (!isPlausibleYear(y1) || !isPlausibleYear(y2) || y2 * 12 + m2 <= y1 * 12 + m1) return undefined;
  const res = abs({ year: y1, month: m1, day: 1 }, monthEnd(y2, m2), 'month', 'span');
  return { start: s, end: e, resolve: () => res };
}

/** A date with a time, ranged to another date-time or followed by a dashed time. */
function dateTime(s: number, e: number, m: RegExpExecArray): Candidate | undefined {
  const [y, mo, d] = [Number(m[9]), Number(m[11]), Number(m[12])];
  let res: Resolved;
  if (m[20] !== undefined) {
    const t = moment(y, mo, d, Number(m[20]), Number(m[21]));
    if (!t) return undefined;
    res = abs(t, t, 'time');
  } else {
    const a = moment(y, mo, d, Number(m[13]), Number(m[14]));
    const b = moment(Number(m[15]), Number(m[16]), Number(m[17]), Number(m[18]), Number(m[19]));
    if (!a || !b || !afterOrSame(a, b)) return undefined;
    res = abs(a, b, 'time', 'span');
  }
  return { start: s, end: e, resolve: () => res };
}

/**
 * Compact days and numeric month and date-time ranges.
 * @example '20240307' → 2024-03-07 (day); '1999.08-2002.02' → 1999-08-01..2002-02-28 (month, span);
 * '2021-09-12-11:23' → 2021-09-12T11:23 (time)
 */
export const numericMore: DateForm = {
  name: 'numericMore',
  re: NUMERIC_MORE_RE,
  first: '0123456789',
  notAfter: '0123456789./-',
  startsAt: (text, i, _c, point) => {
    const n = point.digitEnd - i;
    if (n === 8) return true;
    const c = text.charCodeAt(i + 4);
    return n === 4 && (c === 0x2e || c === 0x2f || c === 0x2d);
  },
  read: (m) => {
    const s = m.index;
    const e = s + m[0].length;
    if (m[1] !== undefined) {
      const y = Number(m[1]);
      return isPlausibleYear(y) ? dayCandidate(s, e, y, Number(m[2]), Number(m[3])) : undefined;
    }
    if (m[4] !== undefined) return monthRange(s, e, m);
    return dateTime(s, e, m);
  },
};
