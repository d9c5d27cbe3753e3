/**
 * The days a part of a year or of a month covers, as [from, to].
 */
import { isoWeekday, monthEnd, shiftDays, type Day } from '../calendar.js';
import type { MonthPart, YearPart } from '../fields.js';
import { vacationSpan } from './vacations.js';

/** The first Monday on or after a day: firstMonday({2017,10,1}) // {2017,10,2}. */
const firstMonday = (d: Day): Day => shiftDays(d, (8 - isoWeekday(d)) % 7);
/** The last Sunday on or before a day: lastSunday({2019,12,31}) // {2019,12,29}. */
const lastSunday = (d: Day): Day => shiftDays(d, -(isoWeekday(d) % 7));

/**
 * Weeks in a month or year. Weeks are whole Monday–Sunday weeks inside the period, counted
 * from its first Monday (2017年10月的第一周 → 10-02..10-08) or back from its last Sunday.
 * @example weekSpan({2021,1,1}, {2021,12,31}, 'nth', 1) // [2021-01-04, 2021-01-10]
 */
function weekSpan(first: Day, last: Day, kind: 'nth' | 'first' | 'last', n: number): [Day, Day] {
  if (kind === 'last') {
    const end = lastSunday(last);
    return [shiftDays(end, 1 - 7 * n), end];
  }
  const mon = firstMonday(first);
  if (kind === 'first') return [mon, shiftDays(mon, 7 * n - 1)];
  const from = shiftDays(mon, 7 * (n - 1));
  return [from, shiftDays(from, 6)];
}

/**
 * The n-th (n = -1: last) given weekday of a month, or undefined when the month has none (a
 * fifth Monday).
 * @example nthWeekday(2019, 4, -1, 1) // {2019,4,29}
 */
function nthWeekday(y: number, m: number, n: number, wd: number): Day | undefined {
  if (n < 0) {
    const last = monthEnd(y, m);
    return shiftDays(last, -((isoWeekday(last) - wd + 7) % 7));
  }
  const first = { year: y, month: m, day: 1 };
  const d = shiftDays(first, ((wd - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
  return d.month === m ? d : undefined;
}

/**
 * The days a month part covers; undefined when it does not exist (十月的第六周).
 * @example monthSpan(2021, 2, { kind: 'days', from: 21, to: 'last' }) // [2021-02-21, 2021-02-28]
 */
export function monthSpan(y: number, m: number, part: MonthPart | undefined): [Day, Day] | undefined {
  if (!part) return [{ year: y, month: m, day: 1 }, monthEnd(y, m)];
  switch (part.kind) {
    case 'days': {
      const end = monthEnd(y, m);
      if (part.from > end.day) return undefined; // 2月的第三十天
      return [{ year: y, month: m, day: part.from }, part.to === 'last' ? end : { year: y, month: m, day: part.to }];
    }
    case 'close':
      return [monthEnd(y, m), monthEnd(y, m)];
    case 'week': {
      const first = { year: y, month: m, day: 1 };
      const span = part.n < 0 ? weekSpan(first, monthEnd(y, m), 'last', 1) : weekSpan(first, monthEnd(y, m), 'nth', part.n);
      return span[0].month === m ? span : undefined;
    }
    case 'weekday': {
      const d = nthWeekday(y, m, part.n, part.weekday);
      return d && [d, d];
    }
  }
}

/** Months m1..m2 of year y (from day d1 of m1; to day d2 of m2, or its end). */
const months = (y: number, m1: number, m2: number, d1 = 1, d2?: number): [Day, Day] => [
  { year: y, month: m1, day: d1 },
  d2 === undefined ? monthEnd(y, m2) : { year: y, month: m2, day: d2 },
];

/** First/last n months, weeks or days of year y. */
function countedSpan(y: number, kind: 'first' | 'last', unit: 'month' | 'week' | 'day', n: number): [Day, Day] {
  const jan1 = { year: y, month: 1, day: 1 };
  const dec31 = { year: y, month: 12, day: 31 };
  switch (unit) {
    case 'month':
      return kind === 'first' ? months(y, 1, n) : months(y, 13 - n, 12);
    case 'week':
      return weekSpan(jan1, dec31, kind, n);
    case 'day':
      return kind === 'first' ? [jan1, shiftDays(jan1, n - 1)] : [shiftDays(dec31, 1 - n), dec31];
  }
}

/** 年初 Jan–Feb, 年中 Jun–Jul, 年底 Nov–Dec, 年末 December 31. */
function edgeSpan(y: number, at: 'start' | 'mid' | 'end' | 'close'): [Day, Day] {
  switch (at) {
    case 'start':
      return months(y, 1, 2);
    case 'mid':
      return months(y, 6, 7);
    case 'end':
      return months(y, 11, 12);
    case 'close':
      return months(y, 12, 12, 31);
  }
}

/** The n-th month, week or day of year y (n ≤ 52 weeks, 366 days: core/parts.ts). */
function nthSpan(y: number, unit: 'month' | 'week' | 'day', n: number): [Day, Day] {
  const jan1 = { year: y, month: 1, day: 1 };
  switch (unit) {
    case 'month':
      return months(y, n, n);
    case 'week':
      return weekSpan(jan1, { year: y, month: 12, day: 31 }, 'nth', n);
    case 'day': {
      const d = shiftDays(jan1, n - 1);
      return [d, d];
    }
  }
}

/**
 * The days a year part covers (the whole year without one). relHalf is resolved by the caller.
 * @example yearSpan(2021, { kind: 'quarter', q: 2 }) // [2021-04-01, 2021-06-30]
 */
export function yearSpan(y: number, part: YearPart | undefined): [Day, Day] {
  if (!part) return months(y, 1, 12);
  switch (part.kind) {
    case 'half':
      return part.half === 1 ? months(y, 1, 6) : months(y, 7, 12);
    case 'quarter':
      return months(y, part.q * 3 - 2, part.q * 3);
    case 'quarterEnd':
      return months(y, part.q * 3, part.q * 3);
    case 'first':
    case 'last':
      return countedSpan(y, part.kind, part.unit, part.n);
    case 'nth':
      return nthSpan(y, part.unit, part.n);
    case 'edge':
      return edgeSpan(y, part.at);
    case 'opening':
      return months(y, 1, 1);
    case 'vacation':
      return vacationSpan(y, part.which);
    case 'spring':
      return months(y, 1, 2, 21, 20);
    case 'relHalf':
    case 'within':
    case 'whole':
    case 'fiscal':
      return months(y, 1, 12);
  }
}
