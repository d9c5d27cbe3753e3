/**
 * Quarters counted from the reference date's quarter: 上季度 (the previous), 本季度/这个季度,
 * 下个季度 (the next), with an end (上季度末: its last month) or a start (下季度初: its first).
 */
import type { Resolved } from '../fields.js';
import { monthEnd } from '../calendar.js';
import type { DateForm } from './types.js';

const QUARTER_REL_RE = /(上|下|本|这)(?:个|一)?季度?(末|底|初)?(?![\d一二三四度])/y;
const STEP: Record<string, number> = { 上: -1, 下: 1, 本: 0, 这: 0 };

export const quarterRel: DateForm = {
  name: 'quarterRel',
  re: QUARTER_REL_RE,
  first: '上下本这',
  near: { chars: '季', within: 2 },
  read: (m) => {
    if (!/季度/.test(m[0])) return undefined; // 上季 alone is too often a season or a harvest
    const step = STEP[m[1]];
    const edge = m[2];
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve: (ref): Resolved => {
        const gran = edge ? 'month' : 'quarter';
        if (!ref) return { gran, relative: true };
        const q = ref.year * 4 + Math.floor((ref.month - 1) / 3) + step;
        const year = Math.floor(q / 4);
        const first = (q % 4) * 3 + 1;
        const m1 = edge === '初' ? first : edge ? first + 2 : first;
        const m2 = edge === '初' ? first : first + 2;
        return { from: { year, month: m1, day: 1 }, to: monthEnd(year, m2), gran, relative: true };
      },
    };
  },
};
