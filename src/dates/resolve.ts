/**
 * Resolution: what core fields mean as an inclusive from..to against the reference date.
 */
import type { DateGranularity, DateRole } from '../types.js';
import { isoWeekday, isValidDay, mondayOf, monthEnd, shiftDays, shiftMonths, type Day, type Moment } from './calendar.js';
import type { Fields } from './core.js';

/** A resolved expression; from/to are absent when it needed a reference date and had none. */
export interface Resolved {
  from?: Moment;
  to?: Moment;
  gran: DateGranularity;
  relative: boolean;
  role?: DateRole;
  /** Date-shaped but no real day (2月30日): reported without from/to. */
  invalid?: boolean;
  /** Durations only: ISO 8601 length. */
  duration?: string;
}

/** Minutes of the day each period word covers (start inclusive, end as a clock time). */
const PERIODS: Record<string, [number, number]> = {
  上午: [480, 720], 早上: [480, 720], 早晨: [480, 720], 早间: [480, 720], 清晨: [360, 480], 早: [480, 720],
  中午: [660, 780], 下午: [720, 960], 午后: [720, 960], 傍晚: [1020, 1140],
  晚上: [960, 1200], 晚间: [960, 1200], 晚: [960, 1200], 凌晨: [0, 360], 深夜: [1260, 1439], 夜间: [1200, 1439], 夜里: [1200, 1439],
};
const AFTERNOON = new Set(['下午', '午后', '傍晚', '晚上', '晚间', '晚', '深夜', '夜间', '夜里']);

/**
 * Clock minutes of an hour/minute read with its period word.
 * @example clockMinutes(5, 0, '下午') // 1020 (17:00)
 */
export function clockMinutes(hour: number, minute: number, period?: string): number {
  let h = hour;
  if (period && AFTERNOON.has(period) && h < 12) h += 12;
  if (period === '中午' && h < 6) h += 12;
  return Math.min(h * 60 + minute, 1439);
}

const isLeap = (y: number): boolean => isValidDay(y, 2, 29);

const day = (d: Day, minutes?: number): Moment =>
  minutes === undefined ? { year: d.year, month: d.month, day: d.day } : { year: d.year, month: d.month, day: d.day, minutes };

/** Does resolving these fields need the reference date? */
export function needsRef(f: Fields): boolean {
  if (f.yearPart === 'prevHalf' || f.yearPart === 'nextHalf') return true;
  if (f.dayRel !== undefined || f.monthRel !== undefined || f.yearRel !== undefined || f.weekday !== undefined) return true;
  return f.year === undefined;
}

/** The granularity of what the fields state, finest first. */
export function granularityOf(f: Fields): DateGranularity {
  if (f.hour !== undefined || (f.period !== undefined && f.day === undefined && f.dayRel === undefined && f.weekday === undefined)) return 'time';
  if (f.period !== undefined) return 'time';
  if (f.day !== undefined || f.dayRel !== undefined || f.weekday !== undefined) return 'day';
  if (f.monthPart?.startsWith('wd:')) return 'day';
  if (f.monthPart?.startsWith('week:')) return 'week';
  if (f.monthPart) return 'xun';
  if (f.month !== undefined || f.monthRel !== undefined) return 'month';
  const p = f.yearPart;
  if (p && /^(week|firstWeeks|lastWeeks):/.test(p)) return 'week';
  if (p && /^(firstDays|lastDays):/.test(p)) return 'day';
  if (p && /^(month|lastMonths):/.test(p)) return 'month';
  if (p === 'h1' || p === 'h2' || p === 'prevHalf' || p === 'nextHalf') return 'half';
  if (p && p.startsWith('qend:')) return 'month';
  if (p && /^q/.test(p)) return 'quarter';
  if (p && p.startsWith('first:')) return Number(p.slice(6)) % 3 === 0 ? 'quarter' : 'month';
  if (p === 'start' || p === 'mid' || p === 'end' || p === 'spring') return 'month';
  return 'year';
}

/** The month a month-part covers: [first day, last day]. */
function monthSpan(y: number, m: number, part?: string): [number, number] {
  const last = monthEnd(y, m).day;
  switch (part) {
    case 'x1':
    case 'start':
      return [1, 10];
    case 'x2':
      return [11, 20];
    case 'x3':
    case 'end':
      return [21, last];
    case 'x23':
      return [11, last];
    case 'x12':
      return [1, 20];
    case 'h1':
      return [1, 15];
    case 'h2':
      return [16, last];
    default:
      return [1, last];
  }
}

/** The first Monday on or after a day: firstMonday({2017,10,1}) // {2017,10,2}. */
const firstMonday = (d: Day): Day => shiftDays(d, (8 - isoWeekday(d)) % 7);
/** The last Sunday on or before a day: lastSunday({2019,12,31}) // {2019,12,29}. */
const lastSunday = (d: Day): Day => shiftDays(d, -(isoWeekday(d) % 7));

/**
 * Weeks and weekdays in a month or year. Weeks are whole Monday–Sunday weeks inside the period,
 * counted from its first Monday (2017年10月的第一周 → 10-02..10-08) or back from its last Sunday.
 * @example weekSpan({2021,1,1}, {2021,12,31}, 'week', 1) // [2021-01-04, 2021-01-10]
 */
function weekSpan(first: Day, last: Day, kind: 'week' | 'first' | 'last', n: number): [Day, Day] {
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
 * The n-th (n = -1: last) given weekday of a month: nthWeekday(2019, 4, -1, 1) // 2019-04-29;
 * undefined when the month has no such day (a fifth Monday).
 */
function nthWeekday(y: number, m: number, n: number, wd: number): Day | undefined {
  if (n < 0) {
    const last = monthEnd(y, m);
    return shiftDays(last, -((isoWeekday(last) - wd + 7) % 7));
  }
  const first = { year: y, month: m, day: 1 };
  const d = shiftDays(first, (wd - isoWeekday(first) + 7) % 7 + 7 * (n - 1));
  return d.month === m ? d : undefined;
}

/** The days a week part of a month covers ('week:N', 'wd:N:D'), or undefined. */
function monthWeekSpan(y: number, m: number, part: string): [Day, Day] | undefined {
  const [kind, a, b] = part.split(':');
  if (kind === 'week') {
    const span = weekSpan({ year: y, month: m, day: 1 }, monthEnd(y, m), 'week', Number(a));
    return span[0].month === m ? span : undefined; // 十月的第六周 does not exist
  }
  const d = nthWeekday(y, m, Number(a), Number(b));
  return d && [d, d];
}

/** The part of a year a year-part covers: [from, to] as days. */
function yearSpan(y: number, part?: string): [Day, Day] {
  const md = (m1: number, d1: number, m2: number, d2?: number): [Day, Day] => [
    { year: y, month: m1, day: d1 },
    d2 === undefined ? monthEnd(y, m2) : { year: y, month: m2, day: d2 },
  ];
  if (!part) return md(1, 1, 12);
  if (part === 'h1') return md(1, 1, 6);
  if (part === 'h2') return md(7, 1, 12);
  if (/^q[1-4]$/.test(part)) {
    const q = Number(part[1]);
    return md(q * 3 - 2, 1, q * 3);
  }
  if (part.startsWith('qend:')) return md(Number(part.slice(5)) * 3, 1, Number(part.slice(5)) * 3);
  if (part.startsWith('first:')) return md(1, 1, Number(part.slice(6)));
  if (part === 'start') return md(1, 1, 2);
  if (part === 'mid') return md(6, 1, 7);
  if (part === 'end') return md(12, 1, 12);
  if (part === 'spring') return md(1, 21, 2, 20);
  const [kind, count] = part.split(':');
  const n = Number(count);
  const jan1 = { year: y, month: 1, day: 1 };
  const dec31 = { year: y, month: 12, day: 31 };
  if (kind === 'month') return md(n, 1, n);
  if (kind === 'lastMonths') return md(13 - n, 1, 12);
  if (kind === 'week') return weekSpan(jan1, dec31, 'week', n); // n ≤ 52 (core.ts): it starts inside the year
  if (kind === 'firstWeeks') return weekSpan(jan1, dec31, 'first', n);
  if (kind === 'lastWeeks') return weekSpan(jan1, dec31, 'last', n);
  if (kind === 'firstDays') return [jan1, shiftDays(jan1, n - 1)];
  if (kind === 'lastDays') return [shiftDays(dec31, 1 - n), dec31];
  return md(1, 1, 12); // whole, within, fiscal
}

/** Whether resolving these fields reads the reference day on some path (a guard kept in step
 *  with resolveFields, so no field combination can dereference a missing reference). */
function readsRef(f: Fields): boolean {
  return (
    f.year === undefined ||
    f.weekday !== undefined ||
    f.dayRel !== undefined ||
    f.monthRel !== undefined ||
    (f.day !== undefined && f.month === undefined) ||
    f.yearPart === 'prevHalf' ||
    f.yearPart === 'nextHalf'
  );
}

/**
 * Resolve core fields against the reference date. Undefined when the fields name no real day
 * (2月30日, 2019年2月29日).
 *
 * @example resolveFields({ month: 3, monthPart: 'end' }, { year: 2021, month: 5, day: 13 })
 *   // { from: 2021-03-21, to: 2021-03-31, gran: 'xun', relative: true }
 */
export function resolveFields(f: Fields, ref: Day | undefined): Resolved | undefined {
  const gran = granularityOf(f);
  const relative = needsRef(f);
  let role: DateRole | undefined;
  if (f.yearPart === 'within') role = 'deadline';
  else if (f.yearPart === 'whole' || (f.yearPart && /^(first|last)/.test(f.yearPart))) role = 'span';
  // validity that does not depend on the reference date
  const invalid: Resolved = { gran, relative: false, invalid: true };
  if (f.day !== undefined) {
    if (f.month !== undefined && !isValidDay(f.year ?? 2000, f.month, f.day)) return invalid;
    if (f.day < 1 || f.day > 31) return invalid;
  }
  if (f.month !== undefined && (f.month < 1 || f.month > 12)) return invalid;
  // a day of a named year with no month (2025年2日) names no day at all
  if (f.day !== undefined && f.month === undefined && f.monthRel === undefined && (f.year !== undefined || f.yearRel !== undefined)) return invalid;
  if (!ref && (relative || readsRef(f))) return { gran, relative: true, role };
  const r = ref as Day;
  let y = f.year ?? r.year + (f.yearRel ?? 0);
  let from: Day;
  let to: Day;
  if (f.weekday !== undefined) {
    from = to = shiftDays(mondayOf(r), 7 * (f.weekRel ?? 0) + f.weekday - 1);
  } else if (f.dayRel !== undefined) {
    from = to = shiftDays(r, f.dayRel);
  } else if (f.day !== undefined || f.month !== undefined || f.monthRel !== undefined) {
    let m = f.month;
    if (m === undefined) {
      if (f.monthRel !== undefined) {
        const s = shiftMonths({ year: r.year, month: r.month, day: 1 }, f.monthRel);
        if (f.year === undefined && f.yearRel === undefined) y = s.year;
        m = s.month;
      } else m = r.month;
    }
    if (f.day !== undefined) {
      let d = f.day;
      if (!isValidDay(y, m, d)) {
        if (f.month === undefined && f.monthRel === undefined && f.year === undefined) {
          // 29日 alone in a month without it: the latest earlier month that has it
          let s = { year: y, month: m, day: 1 };
          for (let k = 0; k < 12 && !isValidDay(s.year, s.month, d); k++) s = shiftMonths(s, -1);
          y = s.year;
          m = s.month;
        } else if (m === 2 && d === 29 && f.year === undefined && f.yearRel === undefined) {
          // 2月29日 with no year: the latest leap year not after the reference year
          while (!isLeap(y)) y--;
        } else return invalid;
      }
      from = to = { year: y, month: m, day: d };
      void d;
    } else if (f.monthPart && /^w/.test(f.monthPart)) {
      const span = monthWeekSpan(y, m, f.monthPart);
      if (!span) return invalid;
      [from, to] = span;
    } else {
      const [a, b] = monthSpan(y, m, f.monthPart);
      from = { year: y, month: m, day: a };
      to = { year: y, month: m, day: b };
    }
  } else if (f.yearPart === 'prevHalf' || f.yearPart === 'nextHalf') {
    // the half-year before or after the one of the reference day: 上个半年 in 2019-09 is 2019 H1
    const half = r.year * 2 + (r.month > 6 ? 1 : 0) + (f.yearPart === 'prevHalf' ? -1 : 1);
    [from, to] = yearSpan(Math.floor(half / 2), half % 2 ? 'h2' : 'h1');
  } else if (f.yearPart !== undefined || f.year !== undefined || f.yearRel !== undefined) {
    [from, to] = yearSpan(y, f.yearPart);
  } else {
    from = to = { ...r }; // a time of day alone: the reference day
  }
  if (f.hour !== undefined && f.hourTo !== undefined) {
    if (f.hour >= 24) return invalid;
    const a = clockMinutes(f.hour, 0, f.period);
    let b = clockMinutes(f.hourTo, f.minute ?? 0, f.period);
    if (b <= a && f.hourTo < 12 && b + 720 > a && b + 720 < 1440) b += 720; // 上午十到二点: 10:00..14:00
    let end = to;
    if (b <= a) {
      // 晚上十一到一点 ends at 01:00 the next day
      b = (f.hourTo % 24) * 60 + (f.minute ?? 0);
      end = shiftDays(to, 1);
    }
    return { from: day(from, a), to: day(end, b), gran, relative, role: role ?? 'span' };
  }
  if (f.hour !== undefined) {
    const t = clockMinutes(f.hour, f.minute ?? 0, f.period);
    return { from: day(from, t), to: day(to, t), gran, relative, role };
  }
  if (f.period !== undefined && PERIODS[f.period]) {
    const [a, b] = PERIODS[f.period];
    return { from: day(from, a), to: day(to, b), gran, relative, role };
  }
  if (role === 'deadline' && ref) return { from: day(r), to: day(to), gran, relative, role };
  return { from: day(from), to: day(to), gran, relative, role };
}
