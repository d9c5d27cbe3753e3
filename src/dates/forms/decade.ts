/**
 * Decades: 90年代, 上世纪90年代, 二十一世纪二十年代, 本世纪20年代, 1980年代, and their parts
 * (八十年代初, 90年代中期, 上世纪七十年代末). A decade alone is the latest one not after the
 * reference year (90年代 → 1990s; 20年代 in 2021 → 2020s).
 */
import type { Resolved } from '../fields.js';
import type { Day } from '../calendar.js';
import { small } from '../numerals.js';
import { years } from './common.js';
import type { DateForm } from './types.js';

const DECADE_RE =
  /(?=[上本\d一二三四五六七八九十])(?<![\d零〇一二两三四五六七八九十])(?:(上|本)世纪|(\d{1,2}|[一二三四五六七八九十]{1,3})世纪)?(?:(\d)0|([一二三四五六七八九])十|(1\d|20)(\d)0)年代(初期|初|中期|中(?=[，,。、；;）)\s]|$)|末期|末|前期|后期)?/y;

/** The years of a decade a part word names, as offsets 0–9 (a data table of the language). */
const DECADE_PARTS: Record<string, [number, number]> = {
  初: [0, 2],
  初期: [0, 2],
  中: [3, 6],
  中期: [3, 6],
  末: [7, 9],
  末期: [7, 9],
  前期: [0, 4],
  后期: [5, 9],
};

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
    if (m[5] !== undefined && (m[1] !== undefined || m[2] !== undefined)) return undefined; // 上世纪1980年代
    const [lo, hi] = DECADE_PARTS[m[7] ?? ''] ?? [0, 9];
    if (m[5] !== undefined) {
      const y = Number(m[5]) * 100 + Number(m[6]) * 10;
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (): Resolved => ({ ...years(y + lo, y + hi, 'year', 'span'), relative: false }),
      };
    }
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
        return { ...years(c + d + lo, c + d + hi, 'year', 'span'), relative: need };
      },
    };
  },
};
