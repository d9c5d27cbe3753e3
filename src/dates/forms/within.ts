/**
 * A deadline over a range of counts: 1至2年内, 3到5个月以内, 10-15天内 (the upper end counts:
 * within two years). A single count (两年内) is read by count-after.ts.
 */
import type { Resolved } from '../fields.js';
import { COUNT_CHARS, COUNTED, NOT_BEFORE_COUNT, readOffset } from './counted.js';
import { resolveOffset } from './offset.js';
import type { DateForm } from './types.js';

/** 1至2年内, 三到五年以内 */
export const WITHIN_RE = new RegExp(
  `(?=[1-9一二两俩仨三四五六七八九十百千半])(?<![${NOT_BEFORE_COUNT}])(\\d{1,4}|[一二两俩仨三四五六七八九十百千]{1,5}) ?(?:至|到|-|~|－|—) ?${COUNTED} ?(?:之内|以内|内)(?![瓦部容外涵在])`,
  'y',
);

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
