/**
 * What a counted offset means against the reference date (docs/dates.md, "Relative offsets").
 * The pattern side (count-before.ts, count-after.ts, within.ts) reads an `Offset` and a
 * `Reading`; resolveOffset() switches on the reading.
 */
import type { DateGranularity, DateRole } from '../../types.js';
import { mondayOf, monthEnd, shiftBusinessDays, shiftDays, shiftMonths, type Day } from '../calendar.js';
import type { Resolved } from '../fields.js';
import { years } from './common.js';
import type { Offset } from './counted.js';

/** How an offset is read: the word before or after the count decides. */
export type Reading =
  /** 三年前, 七年后: the unit period that contains the shifted point. */
  | { kind: 'point'; sign: 1 | -1 }
  /** 一年半以前: open start, up to the end of that period. */
  | { kind: 'before' }
  /** 半年之后: from the start of that period, open end; `exact` (过十周): from the shifted day. */
  | { kind: 'after'; exact: boolean }
  /** 两年内: from the reference to the shifted point. */
  | { kind: 'within' }
  /** 3个多月以来: from the start of the period N units back, up to the reference. */
  | { kind: 'since' }
  /**
   * 未来2个月, 过去5分钟: the reference and the shifted point; `calendar`: whole years (今后五年);
   * `nextDay` (后3天): the days after the reference day.
   */
  | { kind: 'next' | 'last'; calendar: boolean; nextDay?: boolean };

/** An offset as a calendar shift: months, then days, then business days; and its granularity. */
interface Shift {
  months: number;
  days: number;
  bdays: number;
  gran: 'year' | 'month' | 'week' | 'day';
}

const SUB_DAY = new Set<Offset['unit']>(['hour', 'minute', 'second']);
const MINUTES: Record<'hour' | 'minute' | 'second', number> = { hour: 60, minute: 1, second: 1 / 60 };

/**
 * The shift of an offset. A half turns years into months (一年半: 18 months, month
 * granularity) and months or weeks into days (两个半月: 2 months 15 days); a half day rounds
 * outward (一天半: 2 days); hours, minutes and seconds count only their whole days (48小时: 2
 * days, 90分钟: none): the reference carries no time of day.
 * @example shiftOf({ n: 1.5, unit: 'year' }) // { months: 18, days: 0, bdays: 0, gran: 'month' }
 */
export function shiftOf(o: Offset): Shift {
  const n = o.n;
  const whole = Number.isInteger(n);
  switch (o.unit) {
    case 'year':
      return { months: 12 * n, days: 0, bdays: 0, gran: whole ? 'year' : 'month' };
    case 'month':
      return { months: Math.floor(n), days: whole ? 0 : 15, bdays: 0, gran: whole ? 'month' : 'day' };
    case 'week':
      return { months: 0, days: Math.ceil(7 * n), bdays: 0, gran: whole ? 'week' : 'day' };
    case 'day':
      return { months: 0, days: Math.ceil(n), bdays: 0, gran: 'day' };
    case 'bday':
      return { months: 0, days: 0, bdays: Math.ceil(n), gran: 'day' };
    case 'hour':
    case 'minute':
    case 'second':
      return { months: 0, days: Math.floor((n * MINUTES[o.unit]) / 1440), bdays: 0, gran: 'day' };
  }
}

/** d shifted by s, forward (sign 1) or back (-1). */
function apply(d: Day, s: Shift, sign: 1 | -1): Day {
  let x: Day = { year: d.year, month: d.month, day: d.day };
  if (s.months) x = shiftMonths(x, sign * s.months);
  if (s.days) x = shiftDays(x, sign * s.days);
  if (s.bdays) x = shiftBusinessDays(x, sign * s.bdays);
  return x;
}

/** The period of granularity `g` that contains d: periodOf({2028,6,14}, 'year') // 2028-01-01..2028-12-31 */
function periodOf(d: Day, g: Shift['gran']): [Day, Day] {
  switch (g) {
    case 'year':
      return [{ year: d.year, month: 1, day: 1 }, monthEnd(d.year, 12)];
    case 'month':
      return [{ year: d.year, month: d.month, day: 1 }, monthEnd(d.year, d.month)];
    case 'week': {
      const monday = mondayOf(d);
      return [monday, shiftDays(monday, 6)];
    }
    case 'day':
      return [d, d];
  }
}

/** How finely a reference is known: a reference '2021-07' is known to the month. */
const precision = (ref: Day): Shift['gran'] => ref.known ?? 'day';
const RANK: Record<Shift['gran'], number> = { day: 0, week: 1, month: 2, year: 3 };

const out = (from: Day | undefined, to: Day | undefined, gran: DateGranularity, role: DateRole): Resolved => {
  const r: Resolved = { gran, relative: true, role };
  const ok = (d: Day): boolean => d.year >= 1 && d.year <= 9999;
  if ((from && !ok(from)) || (to && !ok(to))) return r;
  if (from) r.from = { year: from.year, month: from.month, day: from.day };
  if (to) r.to = { year: to.year, month: to.month, day: to.day };
  return r;
};

const ROLE: Record<Reading['kind'], DateRole> = {
  point: 'point',
  before: 'deadline',
  after: 'since',
  within: 'deadline',
  since: 'since',
  next: 'span',
  last: 'span',
};

/**
 * An offset resolved against the reference. A reference known only to the year or month
 * counts from the period's first day (ref '2019' and 一年半后 → 2020-07). Without a
 * reference the mention has no from/to.
 *
 * @example resolveOffset({ n: 3, unit: 'year' }, { kind: 'point', sign: -1 }, {2021,6,14}) // 2018-01-01..2018-12-31, year
 * @example resolveOffset({ n: 3, unit: 'month' }, { kind: 'since' }, {2019,8,22}) // 2019-05-01..2019-08-22, since
 */
export function resolveOffset(o: Offset, r: Reading, ref: Day | undefined): Resolved {
  const role = ROLE[r.kind];
  const s = shiftOf(o);
  if (!ref) return { gran: s.gran, relative: true, role };
  const base: Day = { year: ref.year, month: ref.known === 'year' ? 1 : ref.month, day: ref.known ? 1 : ref.day };
  const calendarYears = (r.kind === 'next' || r.kind === 'last') && r.calendar && o.unit === 'year' && s.gran === 'year';
  // counts as coarse as the reference's precision are whole periods (今后五年 in 2016: 2016–2020)
  if (calendarYears || ((r.kind === 'next' || r.kind === 'last') && RANK[s.gran] >= RANK[precision(ref)] && ref.known)) {
    const unit = s.gran === 'year' ? 'year' : 'month';
    const count = unit === 'year' ? s.months / 12 : s.months;
    const first = r.kind === 'next' ? base : apply(base, shiftOf({ n: count, unit }), -1);
    const last = apply(first, shiftOf({ n: count - 1, unit }), 1);
    // one whole period is a point, like 去年 (过去一年 in 2011: 2010)
    const whole: DateRole = count === 1 ? 'point' : 'span';
    if (s.gran === 'year') return { ...years(first.year, last.year, 'year', whole), relative: true };
    return out(periodOf(first, s.gran)[0], periodOf(last, s.gran)[1], s.gran, whole);
  }
  const sign = r.kind === 'point' ? r.sign : r.kind === 'before' || r.kind === 'since' || r.kind === 'last' ? -1 : 1;
  const p = apply(base, s, sign);
  const [start, end] = periodOf(p, s.gran);
  switch (r.kind) {
    case 'point':
      return out(start, end, s.gran, role);
    case 'before':
      return out(undefined, end, s.gran, role);
    case 'after':
      return out(r.exact ? p : start, undefined, s.gran, role);
    case 'within':
      // the deadline is a day (a whole year's count keeps 'year')
      return out(base, periodOf(p, precision(ref))[1], s.gran === 'year' ? 'year' : 'day', role);
    case 'since':
      return out(start, ref.known ? undefined : ref, s.gran, role);
    case 'next':
      return out(r.nextDay && !SUB_DAY.has(o.unit) ? shiftDays(base, 1) : base, p, s.gran, role);
    case 'last':
      return out(p, ref.known ? undefined : ref, s.gran, role);
  }
}
