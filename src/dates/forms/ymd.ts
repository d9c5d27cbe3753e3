/**
 * Numeric dates year first: 2021-05-13, 2021.5.13, 2021/5/13; OCR-spaced 2010 01 29 (two-digit
 * month and day); ranges 2018/1/10-2018/7/10 and 2021.5.10-6.30 (the right end may leave out
 * the year). A time of day may follow (2010.01.29晚上六点).
 */
import { dayCandidate, dayRange } from './common.js';
import type { DateForm } from './types.js';

/** A dash or word joining the two ends of a numeric range. */
const NUM_DASH = '(?:-|—|–|~|～|至|到)';
const YMD_SRC =
  `(?<![\\d.\\/-])(\\d{4})(?:([-./])(\\d{1,2})\\2(\\d{1,2})(?:${NUM_DASH}(?:(\\d{4})\\2)?(\\d{1,2})\\2(\\d{1,2}))?` +
  `| (0[1-9]|1[0-2]) ([0-3]\\d)(?! ?\\d))(?!\\d|[.\\/-]\\d)`;
const YMD_RE = new RegExp(YMD_SRC, 'y');

export const ymd: DateForm = {
  name: 'ymd',
  re: YMD_RE,
  first: '0123456789',
  notAfter: '0123456789./-',
  // four digits, then - . / (or a space: OCR-spaced 2010 01 29)
  near: { chars: '-./ ', within: 4 },
  read: (m) => {
    const s = m.index;
    const y = Number(m[1]);
    if (m[8] !== undefined) return dayCandidate(s, s + m[0].length, y, Number(m[8]), Number(m[9]));
    const leftEnd = s + m[1].length + 2 + m[3].length + m[4].length;
    const left = dayCandidate(s, leftEnd, y, Number(m[3]), Number(m[4]));
    if (!left) return undefined;
    const right = m[7] !== undefined ? dayRange(left, s + m[0].length, m[5] ? Number(m[5]) : y, Number(m[6]), Number(m[7])) : undefined;
    return right ?? left;
  },
  tail: 'time',
};
