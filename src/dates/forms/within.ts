/**
 * A deadline counted from the reference date: 三年内 (to the end of the n-th year), 1至2年内,
 * 两周内, 30天内, 3个月内 (n units from the reference day).
 */
import type { DateGranularity } from '../../types.js';
import type { Resolved } from '../fields.js';
import { amount, COUNT_CHARS, shift, UNIT_CHARS, unitOf, WITHIN_RE } from './counted.js';
import type { DateForm } from './types.js';

export const within: DateForm = {
  name: 'within',
  re: WITHIN_RE,
  first: COUNT_CHARS,
  notAfter: '0123456789.零〇一二两三四五六七八九十百千第多几',
  near: { chars: UNIT_CHARS, within: 11 },
  read: (m) => {
    // the upper end of a range counts: 1至2年内 is within two years
    const n = amount(m[2] ?? m[1]);
    const u = unitOf(m[3]);
    if (!n || !Number.isInteger(n) || n > (u === 'y' ? 30 : 400)) return undefined;
    const gran: DateGranularity = u === 'y' ? 'year' : 'day';
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve: (ref): Resolved => {
        if (!ref) return { gran, relative: true, role: 'deadline' };
        if (u === 'y')
          return { from: { ...ref }, to: { year: ref.year + n - 1, month: 12, day: 31 }, gran, relative: true, role: 'deadline' };
        return { from: { ...ref }, to: shift(ref, n, u), gran, relative: true, role: 'deadline' };
      },
    };
  },
};
