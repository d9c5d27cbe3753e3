/**
 * A day counted from the reference date, the count before its word: 5年前, 3天后, 两个星期以后.
 */
import type { Resolved } from '../fields.js';
import { amount, COUNT_AFTER_RE, COUNT_CHARS, shift, unitOf } from './counted.js';
import type { DateForm } from './types.js';

export const countAfter: DateForm = {
  name: 'countAfter',
  re: COUNT_AFTER_RE,
  first: COUNT_CHARS.slice(1),
  notAfter: '0123456789.零〇一二两三四五六七八九十百千第',
  near: { chars: '前后', within: 9 },
  read: (m) => {
    const n = amount(m[1]);
    const u = unitOf(m[2]);
    if (!n || !Number.isInteger(n) || u === 'h' || u === 'min') return undefined;
    const sign = /前/.test(m[3]) ? -1 : 1;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve: (ref): Resolved => {
        if (!ref) return { gran: 'day', relative: true };
        const d = shift(ref, sign * n, u);
        return { from: d, to: d, gran: 'day', relative: true };
      },
    };
  },
};
