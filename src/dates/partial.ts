/**
 * Resolution against a reference date known only to the year or month ('2019', '2019-06'):
 * each mention is resolved against the first and the last day of the known period, and an end
 * is kept only where both agree (今年 with '2019' → 2019-01-01..2019-12-31; 明天 → no from/to;
 * 到2025年 → to 2025-12-31, no from).
 */
import { daysInMonth, type Day } from './calendar.js';
import type { Found } from './combine/index.js';

const same = (a: Found['from'], b: Found['from']): boolean =>
  a === b || (a !== undefined && b !== undefined && a.year === b.year && a.month === b.month && a.day === b.day && a.minutes === b.minutes);

/**
 * The first and last day of a partial reference's period; each keeps `known`, so that a form
 * whose reading depends on where in the year the reference day falls (腊月 before 春节) can
 * tell a period's end from a real day.
 */
export function periodEnds(ref: Day): [Day, Day] {
  const known = ref.known;
  if (known === 'year')
    return [
      { year: ref.year, month: 1, day: 1, known },
      { year: ref.year, month: 12, day: 31, known },
    ];
  return [
    { year: ref.year, month: ref.month, day: 1, known },
    { year: ref.year, month: ref.month, day: daysInMonth(ref.year, ref.month), known },
  ];
}

/**
 * Mentions resolved at both ends of the known period, merged: ends that differ are dropped
 * (and the mention marked relative).
 * @example resolvePartial(ref '2019', find) // 今年 kept whole, 明天 without from/to
 */
export function resolvePartial(ref: Day, find: (ref: Day) => Found[]): Found[] {
  const [lo, hi] = periodEnds(ref);
  const a = find(lo);
  const b = find(hi);
  const aligned = a.length === b.length && a.every((x, k) => x.start === b[k].start && x.end === b[k].end);
  return a.map((x, k) => {
    const y = aligned ? b[k] : undefined;
    const from = y && same(x.from, y.from) ? x.from : undefined;
    const to = y && same(x.to, y.to) ? x.to : undefined;
    if (from === x.from && to === x.to) return x;
    const out: Found = { start: x.start, end: x.end, gran: x.gran, role: x.role, relative: true };
    if (from) out.from = from;
    if (to) out.to = to;
    if (x.duration) out.duration = x.duration;
    return out;
  });
}
