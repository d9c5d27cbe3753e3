/**
 * Decades: 90年代, 上世纪90年代, 二十一世纪二十年代, 本世纪20年代. A decade alone is the latest
 * one not after the reference year (90年代 → 1990s; 20年代 in 2021 → 2020s).
 */
import type { Resolved } from '../fields.js';
import type { Day } from '../calendar.js';
import { small } from '../numerals.js';
import { years } from './common.js';
import type { DateForm } from './types.js';

const DECADE_RE =
  /(?=[上本\d一二三四五六七八九十])(?<![\d零〇一二两三四五六七八九十])(?:(上|本)世纪|(\d{1,2}|[一二三四五六七八九十]{1,3})世纪)?(?:(\d)0|([一二三四五六七八九])十)年代/y;

/** The first year of the century the decade lies in. */
function centuryBase(d: number, explicit: number | undefined, rel: string | undefined, ref: Day | undefined): number | undefined {
  if (explicit !== undefined) return (explicit - 1) * 100;
  if (rel) {
    if (!ref) return undefined;
    if (ref.year % 100 === 0 && rel === '本') return ref.year - 100;
    return Math.floor((ref.year - 1) / 100) * 100 - (rel === '上' ? 100 : 0);
  }
  return d <= (ref ? ref.year % 100 : 20) ? 2000 : 1900;
}

export const decade: DateForm = {
  name: 'decade',
  re: DECADE_RE,
  first: '上本0123456789一二三四五六七八九十',
  notAfter: '0123456789零〇一二两三四五六七八九十',
  near: { chars: '代', within: 9 },
  read: (m) => {
    const d = m[3] !== undefined ? Number(m[3]) * 10 : Number(small(m[4])) * 10;
    const explicit = m[2] !== undefined ? small(m[2]) : undefined;
    const rel = m[1];
    const need = explicit === undefined && rel !== undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve: (ref): Resolved => {
        const c = centuryBase(d, explicit, rel, ref);
        if (c === undefined) return { gran: 'year', relative: true, role: 'span' };
        return { ...years(c + d, c + d + 9, 'year', 'span'), relative: need };
      },
    };
  },
};
