/**
 * A deadline over a range of counts: 1至2年内, 3到5个月以内, 10-15天内 (the upper end counts:
 * within two years). A single count (两年内) is read by count-after.ts.
 */
import type { Resolved } from '../fields.js';
import { COUNT_CHARS, NOT_BEFORE_COUNT, readOffset, WITHIN_RE } from './counted.js';
import { resolveOffset } from './offset.js';
import type { DateForm } from './types.js';

export const within: DateForm = {
  name: 'within',
  re: WITHIN_RE,
  first: COUNT_CHARS,
  notAfter: NOT_BEFORE_COUNT,
  near: { chars: '内', within: 24 },
  read: (m) => {
    const o = readOffset(m, 2);
    if (!o) return undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve: (ref): Resolved => resolveOffset(o, { kind: 'within' }, ref),
    };
  },
};
