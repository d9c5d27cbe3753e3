/**
 * A length of time the text gives itself for a task: 用三年时间 (P3Y), 用2到3年的时间 (P3Y, the
 * upper end). A duration, not a date: listed only with `{ durations: true }`.
 */
import { small } from '../numerals.js';
import { durationResolved } from './duration.js';
import type { DateForm } from './types.js';

const NUM = '(\\d{1,3}|[一二两三四五六七八九十]{1,3}|半)';
/** 用三年时间, 用2到3年的时间 */
export const USE_SPAN_RE = new RegExp(`用 ?${NUM} ?(?:年|到${NUM}年)(?:左右)?(?:的)? ?时间`, 'y');

export const useSpan: DateForm = {
  name: 'useSpan',
  re: USE_SPAN_RE,
  first: '用',
  read: (m) => {
    // the upper end of a range counts
    const s = m[2] ?? m[1];
    const n = s === '半' ? 0.5 : small(s);
    if (!n || !Number.isInteger(n) || n > 30) return undefined;
    const res = durationResolved(`P${n}Y`);
    return { start: m.index, end: m.index + m[0].length, resolve: () => res };
  },
};
