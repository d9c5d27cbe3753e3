/**
 * A length of time the text gives itself for a task: 用三年时间 (P3Y), 用2到3年的时间 (P3Y, the
 * upper end). A duration, not a date: listed only with `{ durations: true }`.
 */
import { amount, USE_SPAN_RE } from './counted.js';
import { durationResolved } from './duration.js';
import type { DateForm } from './types.js';

export const useSpan: DateForm = {
  name: 'useSpan',
  re: USE_SPAN_RE,
  first: '用',
  read: (m) => {
    // the upper end of a range counts
    const n = amount(m[2] ?? m[1]);
    if (!n || !Number.isInteger(n) || n > 30) return undefined;
    const res = durationResolved(`P${n}Y`);
    return { start: m.index, end: m.index + m[0].length, resolve: () => res };
  },
};
