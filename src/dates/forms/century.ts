/**
 * Centuries: 18世纪, 二十一世纪, 上世纪, 本世纪, 下个世纪, with a part: 11世纪初, 19世纪中叶,
 * 二十世纪末, 上世纪上半叶. The n-th century is (n−1)·100 .. (n−1)·100+99 (18世纪 → 1700–1799);
 * the reference year's century is the one holding it (2021 → 2000–2099).
 */
import type { Day } from '../calendar.js';
import type { Resolved } from '../fields.js';
import { small } from '../numerals.js';
import { years } from './common.js';
import type { DateForm } from './types.js';

/** 1 relative word, 2 ordinal, 3 part. */
const CENTURY_RE =
  /(?<![\d零〇一二两三四五六七八九十第])(?:(上个?|本|这个|下个?)|(\d{1,2}|[一二三四五六七八九十]{1,3}))世纪(?!(?:\d0|[一二三四五六七八九]十)年代)(初期|初叶|初|上半叶|下半叶|中叶|中期|末期|末叶|末)?/y;

/** The years of a part of a century, as offsets: 初 → 0–19, 中叶 → 40–59, 末 → 80–99. */
function partOffsets(part: string | undefined): [number, number] {
  switch (part) {
    case undefined:
      return [0, 99];
    case '上半叶':
      return [0, 49];
    case '下半叶':
      return [50, 99];
    case '中叶':
    case '中期':
      return [40, 59];
    case '末':
    case '末期':
    case '末叶':
      return [80, 99];
    default: // 初, 初期, 初叶
      return [0, 19];
  }
}

/** The first year of the century: explicit, or the reference's shifted by 上/本/下. */
function base(ordinal: number | undefined, rel: string | undefined, ref: Day | undefined): number | undefined {
  if (ordinal !== undefined) return (ordinal - 1) * 100;
  if (!ref) return undefined;
  const shift = rel?.startsWith('上') ? -100 : rel?.startsWith('下') ? 100 : 0;
  return Math.floor(ref.year / 100) * 100 + shift;
}

/**
 * A century, or a part of one.
 * @example '18世纪' → 1700-01-01..1799-12-31; '11世纪初' → 1000-01-01..1019-12-31;
 * '上世纪' (reference 2021) → 1900-01-01..1999-12-31
 */
export const century: DateForm = {
  name: 'century',
  re: CENTURY_RE,
  first: '上本这下0123456789一二三四五六七八九十',
  notAfter: '0123456789零〇一二两三四五六七八九十第',
  near: { chars: '纪', within: 4 },
  read: (m) => {
    const ordinal = m[2] !== undefined ? small(m[2]) : undefined;
    if (m[2] !== undefined && (ordinal === undefined || ordinal < 1 || ordinal > 30)) return undefined;
    const [a, b] = partOffsets(m[3]);
    const rel = m[1];
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve: (ref): Resolved => {
        const c = base(ordinal, rel, ref);
        if (c === undefined) return { gran: 'year', relative: true, role: 'span' };
        return { ...years(c + a, c + b, 'year', 'span'), relative: rel !== undefined };
      },
    };
  },
};
