/**
 * Numeric dates day first (or with a two-digit year first): 13.5.2015, 3-7-2017, 1/2/2020,
 * 05/05/89, 27-7-3; ranges 10/1/2018-10/7/2018 (both ends day first with a four-digit year);
 * month first only where day first names no day (02/18/2019).
 */
import { fullYear } from '../../text/index.js';
import type { Candidate } from '../fields.js';
import { dayCandidate, dayRange } from './common.js';
import type { DateForm } from './types.js';

const DMY_RE =
  /(?<![\d./:-])(\d{1,2})([-/])(\d{1,2})\2(\d{4}|\d{1,2})(?:-(\d{1,2})\2(\d{1,2})\2(\d{4}))?(?!\d|[./:-]\d)|(?<![\d./:-])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d|\.\d)/y;

/** A year as written: two digits fold by the shared rule (89 → 1989, 05 → 2005). */
const yearOf = (y: string): number => (y.length === 2 ? fullYear(Number(y)) : Number(y));

/** a-b-z: a two-digit year first (27-7-3) when z cannot be a year, else day-month-year. */
function read(m: RegExpExecArray): Candidate | undefined {
  const s = m.index;
  const e = s + m[0].length;
  if (m[8] !== undefined) return dayCandidate(s, e, Number(m[10]), Number(m[9]), Number(m[8]));
  const [a, b, z] = [m[1], m[3], m[4]];
  const leftEnd = s + a.length + b.length + z.length + 2;
  let c: Candidate | undefined;
  if (a.length === 2 && z.length <= 2 && !z.startsWith('0')) c = dayCandidate(s, leftEnd, yearOf(a), Number(b), Number(z));
  if (!c && (z.length === 4 || z.length === 2)) {
    c = dayCandidate(s, leftEnd, yearOf(z), Number(b), Number(a));
    // month first when the day-first reading is no day and the year has four digits: 02/18/2019
    if (!c && z.length === 4 && m[7] === undefined) c = dayCandidate(s, leftEnd, Number(z), Number(a), Number(b));
    if (c && z.length === 4 && m[7] !== undefined) c = dayRange(c, e, Number(m[7]), Number(m[6]), Number(m[5])) ?? c;
  }
  return c;
}

export const dmy: DateForm = {
  name: 'dmy',
  re: DMY_RE,
  first: '0123456789',
  notAfter: '0123456789./:-',
  // one or two digits, then - . /
  near: { chars: '-./', within: 2 },
  read,
  tail: 'time',
};
