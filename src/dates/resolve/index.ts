/**
 * Resolution: what core fields mean as an inclusive from..to against the reference date.
 */
import type { DateGranularity, DateRole } from '../../types.js';
import { isValidDay, mondayOf, shiftDays, shiftMonths, shiftYears, type Day } from '../calendar.js';
import type { Candidate, Fields, Resolved, YearPart } from '../fields.js';
import { at, withTime } from './clock.js';
import { monthSpan, yearSpan } from './spans.js';

export { clockMinutes } from './clock.js';

/** Does resolving these fields need the reference date? */
export function needsRef(f: Fields): boolean {
  if (f.yearPart?.kind === 'relHalf') return true;
  if (f.dayRel !== undefined || f.monthRel !== undefined || f.yearRel !== undefined || f.weekday !== undefined) return true;
  return f.year === undefined;
}

/** The granularity of a part of a year. */
function yearPartGranularity(p: YearPart): DateGranularity {
  switch (p.kind) {
    case 'half':
    case 'relHalf':
      return 'half';
    case 'quarter':
      return 'quarter';
    case 'edge':
      return p.at === 'close' ? 'day' : 'month';
    case 'quarterEnd':
    case 'spring':
    case 'opening':
    case 'vacation':
      return 'month';
    case 'first':
      if (p.unit === 'month') return p.n % 3 === 0 ? 'quarter' : 'month';
      return p.unit;
    case 'last':
    case 'nth':
      return p.unit;
    case 'within':
    case 'whole':
    case 'fiscal':
      return 'year';
  }
}

/** The granularity of what the fields state, finest first. */
export function granularityOf(f: Fields): DateGranularity {
  if (f.hour !== undefined || f.period !== undefined) return 'time';
  if (f.day !== undefined || f.dayRel !== undefined || f.weekday !== undefined) return 'day';
  if (f.monthPart) {
    const p = f.monthPart;
    return p.kind === 'weekday' || p.kind === 'close' || (p.kind === 'days' && p.from === p.to)
      ? 'day'
      : p.kind === 'week'
        ? 'week'
        : 'xun';
  }
  if (f.month !== undefined || f.monthRel !== undefined) return 'month';
  return f.yearPart ? yearPartGranularity(f.yearPart) : 'year';
}

/** Whether resolving these fields reads the reference day on some path (so no field
 *  combination can dereference a missing reference). */
function readsRef(f: Fields): boolean {
  return needsRef(f) || (f.day !== undefined && f.month === undefined);
}

/** The role a year part gives: 年内 a deadline; 全年, 前三季度 a span. */
function roleOf(p: YearPart | undefined): DateRole | undefined {
  if (!p) return undefined;
  if (p.kind === 'within') return 'deadline';
  if (p.kind === 'whole' || p.kind === 'first' || p.kind === 'last') return 'span';
  return undefined;
}

/** Why fields name no real day, whatever the reference: 2月30日, 13月, 2025年2日. */
function invalidAlone(f: Fields): boolean {
  if (f.day !== undefined) {
    if (f.month !== undefined && !isValidDay(f.year ?? 2000, f.month, f.day)) return true;
    if (f.day < 1 || f.day > 31) return true;
  }
  if (f.month !== undefined && (f.month < 1 || f.month > 12)) return true;
  // a day of a named year with no month (2025年2日) names no day at all
  return f.day !== undefined && f.month === undefined && f.monthRel === undefined && (f.year !== undefined || f.yearRel !== undefined);
}

/**
 * A day that the reference month or year lacks: 29日 alone falls back to the latest earlier
 * month that has it; 2月29日 with no year to the latest leap year. Undefined when no fallback.
 */
function fallbackDay(f: Fields, y: number, m: number, d: number): Day | undefined {
  if (f.month === undefined && f.monthRel === undefined && f.year === undefined) {
    let s = { year: y, month: m, day: 1 };
    for (let k = 0; k < 12 && !isValidDay(s.year, s.month, d); k++) s = shiftMonths(s, -1);
    return { year: s.year, month: s.month, day: d };
  }
  if (m === 2 && d === 29 && f.year === undefined && f.yearRel === undefined) {
    let yy = y;
    while (!isValidDay(yy, 2, 29)) yy--;
    return { year: yy, month: 2, day: 29 };
  }
  return undefined;
}

/** The days a month, month part or day covers (the fields have a month, relative month or day). */
function monthDays(f: Fields, r: Day): [Day, Day] | undefined {
  let y = f.year ?? r.year + (f.yearRel ?? 0);
  let m = f.month;
  if (m === undefined) {
    if (f.monthRel !== undefined) {
      const s = shiftMonths({ year: r.year, month: r.month, day: 1 }, f.monthRel);
      if (f.year === undefined && f.yearRel === undefined) y = s.year;
      m = s.month;
    } else m = r.month;
  }
  if (f.day === undefined) return monthSpan(y, m, f.monthPart);
  const d = isValidDay(y, m, f.day) ? { year: y, month: m, day: f.day } : fallbackDay(f, y, m, f.day);
  return d && [d, d];
}

/** The days the fields cover against the reference day r (undefined: no such day). */
function daysOf(f: Fields, r: Day): [Day, Day] | undefined {
  if (f.weekday !== undefined) {
    const d = shiftDays(mondayOf(r), 7 * (f.weekRel ?? 0) + f.weekday - 1);
    return [d, d];
  }
  if (f.dayRel !== undefined) {
    // 去年今日, 明年今天: the same day in the year named
    const d = shiftDays(f.yearRel ? shiftYears(r, f.yearRel) : r, f.dayRel);
    return [d, d];
  }
  if (f.day !== undefined || f.month !== undefined || f.monthRel !== undefined || f.monthPart !== undefined) return monthDays(f, r);
  if (f.yearPart?.kind === 'relHalf') {
    // the half-year before or after the one of the reference day: 上个半年 in 2019-09 is 2019 H1
    const half = r.year * 2 + (r.month > 6 ? 1 : 0) + f.yearPart.step;
    return yearSpan(Math.floor(half / 2), { kind: 'half', half: half % 2 ? 2 : 1 });
  }
  if (f.yearPart !== undefined || f.year !== undefined || f.yearRel !== undefined) {
    return yearSpan(f.year ?? r.year + (f.yearRel ?? 0), f.yearPart);
  }
  return [{ ...r }, { ...r }]; // a time of day alone: the reference day
}

/**
 * A candidate of core fields over start..end, resolved by resolveFields.
 * @example fieldsCandidate(0, 5, { year: 2018 }).resolve(ref) // 2018-01-01..2018-12-31
 */
export const fieldsCandidate = (start: number, end: number, fields: Fields, flags?: Pick<Candidate, 'weak' | 'pairs'>): Candidate => ({
  start,
  end,
  fields,
  ...flags,
  resolve: (ref) => resolveFields(fields, ref),
});

/**
 * Resolve core fields against the reference date. Invalid when the fields name no real day
 * (2月30日, 2019年2月29日).
 *
 * @example resolveFields({ month: 3, monthPart: { kind: 'days', from: 21, to: 'last' } }, { year: 2021, month: 5, day: 13 })
 *   // { from: 2021-03-21, to: 2021-03-31, gran: 'xun', relative: true }
 */
export function resolveFields(f: Fields, ref: Day | undefined): Resolved | undefined {
  const gran = granularityOf(f);
  const role = roleOf(f.yearPart);
  if (invalidAlone(f)) return { gran, relative: false, invalid: true };
  if (!ref && readsRef(f)) return { gran, relative: true, role };
  return resolveDays(f, gran, role, ref);
}

/** The days and time of resolvable fields. */
function resolveDays(f: Fields, gran: DateGranularity, role: DateRole | undefined, ref: Day | undefined): Resolved {
  const relative = needsRef(f);
  const span = daysOf(f, ref ?? { year: f.year ?? 2000, month: 1, day: 1 });
  if (!span) return { gran, relative: false, invalid: true };
  const [from, to] = span;
  const base: Resolved = { gran, relative, role };
  const timed = withTime(f, from, to, base);
  if (timed) return timed;
  if (role === 'deadline' && ref) return { from: at(ref), to: at(to), gran, relative, role };
  return { from: at(from), to: at(to), gran, relative, role };
}
