/**
 * Resolution side of the Chinese-calendar forms: LunarFields → an inclusive Gregorian from..to.
 *
 * A year named by its Gregorian number (2012年农历正月十五, 2023年除夕, 2020年小寒) is the lunar
 * year — or the solar-term year from 立春 — that starts in it; a form without a year takes the
 * reference date's Gregorian year, and a lunar day alone (初五, 廿一) the reference day's lunar
 * month.
 */
import type { DateGranularity } from '../../types.js';
import { compareDays, isoWeekday, shiftDays, type Day } from '../calendar.js';
import type { Fields } from '../fields.js';
import type { Resolved } from '../fields.js';
import { resolveFields } from '../resolve/index.js';
import { lunarDay, lunarMonth, lunarOf, solarTerm } from './engine.js';
import { SEASON_START_TERM, type FestivalRule } from './festivals.js';
import type { LunarFields, LunarMatch } from './read.js';

/** Days either side of a festival that 前后 covers. */
export const AROUND_DAYS = 7;

/**
 * The day of solar term `index` (0 立春 … 23 大寒) in the term year `year` (小寒 and 大寒 of
 * 2020 fall in January 2021).
 *
 * @example termDay(2024, 21) // { year: 2024, month: 12, day: 21 } (冬至)
 */
export function termDay(year: number, index: number): Day | undefined {
  const gregorian = (index + 2) % 24; // 小寒 first in the Gregorian year
  return solarTerm(index >= 22 ? year + 1 : year, gregorian);
}

/** The n-th weekday of a Gregorian month. */
function nthWeekday(year: number, month: number, n: number, weekday: number): Day {
  const first = { year, month, day: 1 };
  const offset = (weekday - isoWeekday(first) + 7) % 7;
  return shiftDays(first, offset + 7 * (n - 1));
}

/**
 * The day a festival falls on in year `year` (a lunar festival: in the lunar year `year`).
 * @example festivalDay({ kind: 'lunar', month: 1, day: 1 }, 2022) // { year: 2022, month: 2, day: 1 } (春节)
 */
export function festivalDay(rule: FestivalRule, year: number): Day | undefined {
  switch (rule.kind) {
    case 'lunar':
      return lunarDay(year, rule.month, rule.day);
    case 'lunarEve': {
      const m = lunarMonth(year, 12);
      return m ? shiftDays(m.first, m.days - 1) : undefined;
    }
    case 'solar':
      return { year, month: rule.month, day: rule.day };
    case 'nthWeekday':
      return nthWeekday(year, rule.month, rule.n, rule.weekday);
    case 'term':
      return termDay(year, rule.index);
  }
}

/** A span of days. */
interface DaySpan {
  from: Day;
  to: Day;
  gran: DateGranularity;
}
const oneDay = (d: Day | undefined): DaySpan | undefined => (d ? { from: d, to: d, gran: 'day' } : undefined);

/** The lunar date's Gregorian span in lunar year `year`. */
function lunarSpan(f: Extract<LunarFields, { kind: 'lunarDate' }>, year: number, ref: Day | undefined): DaySpan | undefined {
  if (f.month === undefined) {
    // a lunar day alone: in the reference day's lunar month
    const l = ref && f.y.year === undefined && ref.known !== 'year' ? lunarOf(ref) : undefined;
    if (!l || f.day === undefined) return undefined;
    return oneDay(lunarDay(l.year, Math.abs(l.month), f.day, l.month < 0));
  }
  const m = lunarMonth(year, f.month, f.leap);
  if (!m) return undefined;
  if (f.day === undefined) return { from: m.first, to: shiftDays(m.first, m.days - 1), gran: 'month' };
  if (f.day > m.days) return undefined;
  return oneDay(shiftDays(m.first, f.day - 1));
}

function festivalSpan(f: Extract<LunarFields, { kind: 'festival' }>, year: number): DaySpan | undefined {
  const d = festivalDay(f.rule, year);
  if (!d) return undefined;
  switch (f.around) {
    case 'day':
      return oneDay(d);
    case 'eve':
      return oneDay(shiftDays(d, -1));
    case 'around':
      return { from: shiftDays(d, -AROUND_DAYS), to: shiftDays(d, AROUND_DAYS), gran: 'day' };
    case 'holiday': {
      const h = f.holiday ?? { offset: 0, days: 1 };
      return { from: shiftDays(d, h.offset), to: shiftDays(d, h.offset + h.days - 1), gran: 'day' };
    }
  }
}

/** A season by the 四立 (立春 立夏 立秋 立冬): spring = 立春 .. the day before 立夏. */
function seasonSpan(season: number, year: number): DaySpan | undefined {
  const from = termDay(year, SEASON_START_TERM[season]);
  const next = season === 3 ? termDay(year + 1, 0) : termDay(year, SEASON_START_TERM[season + 1]);
  return from && next ? { from, to: shiftDays(next, -1), gran: 'quarter' } : undefined;
}

/** Where in its year a form falls: early (lunar months 1–2), late (lunar months 11–12, 小寒, 大寒, winter) or between. */
function placeOf(f: LunarFields): 'early' | 'late' | 'mid' {
  let m: number | undefined;
  switch (f.kind) {
    case 'lunarDate':
      m = f.month;
      break;
    case 'festival':
      m =
        f.rule.kind === 'lunar'
          ? f.rule.month
          : f.rule.kind === 'lunarEve'
            ? 12
            : f.rule.kind === 'term' && f.rule.index >= 22
              ? 12
              : undefined;
      break;
    case 'term':
      m = f.index >= 22 ? 12 : undefined;
      break;
    case 'season':
      m = f.season === 3 ? 12 : undefined;
      break;
  }
  return m === undefined ? 'mid' : m <= 2 ? 'early' : m >= 11 ? 'late' : 'mid';
}

/**
 * The year a form names. With a year (2023年, 去年) that number; bare, the lunar year that
 * starts in the reference's Gregorian year — except a late form (腊月, 除夕, 小寒) before that
 * year's 春节, which names the lunar year still running, and an early form (正月, 春节) in the
 * reference's lunar months 11–12, which names the coming one.
 */
function namedYear(f: LunarFields, ref: Day | undefined): number | undefined {
  if (f.y.year !== undefined) return f.y.year;
  if (!ref) return undefined;
  if (f.y.yearRel !== undefined) return ref.year + f.y.yearRel;
  const place = placeOf(f);
  if (place === 'mid' || ref.known) return ref.year; // a reference known only to the year or month: that year
  const running = lunarOf(ref);
  if (!running) return ref.year;
  if (place === 'late' && running.year < ref.year) return running.year;
  if (place === 'early' && running.year === ref.year && Math.abs(running.month) >= 11) return ref.year + 1;
  return ref.year;
}

/** Does the expression need the reference date? */
const needsRef = (f: LunarFields): boolean => f.y.year === undefined;

/**
 * Resolve a read Chinese-calendar expression; a time after it (除夕晚上6点半) is applied as
 * the core grammar applies times to a day.
 *
 * @example resolveLunar({ start: 0, end: 4, fields: { kind: 'term', y: { year: 2024 }, index: 21 } }, undefined)
 *   // { from: 2024-12-21, to: 2024-12-21, gran: 'day', relative: false }
 */
export function resolveLunar(m: LunarMatch, ref: Day | undefined): Resolved | undefined {
  const f = m.fields;
  if (!f) return undefined;
  const relative = needsRef(f);
  const year = namedYear(f, ref);
  const spanless: Resolved = {
    gran: f.kind === 'season' ? 'quarter' : f.kind === 'lunarDate' && f.day === undefined ? 'month' : 'day',
    relative,
  };
  if (year === undefined && !(f.kind === 'lunarDate' && f.month === undefined && ref)) return spanless;
  let s: DaySpan | undefined;
  switch (f.kind) {
    case 'lunarDate':
      s = lunarSpan(f, year ?? 0, ref);
      break;
    case 'festival':
      s = festivalSpan(f, year!);
      break;
    case 'term':
      s = oneDay(termDay(year!, f.index));
      break;
    case 'season':
      s = seasonSpan(f.season, year!);
      break;
  }
  if (!s) return spanless;
  if (m.clock && compareDays(s.from, s.to) === 0) {
    const cf: Fields = { ...m.clock, year: s.from.year, month: s.from.month, day: s.from.day };
    const r = resolveFields(cf, ref);
    if (r) return { ...r, relative };
  }
  const role = compareDays(s.from, s.to) === 0 ? undefined : ('span' as const);
  return { from: s.from, to: s.to, gran: s.gran, relative, ...(role && s.gran === 'day' ? { role } : {}) };
}

/**
 * Resolve as the right end of a range: without a year of its own, the expression takes the
 * year of the left end's start, or the next one when it would otherwise end before it.
 *
 * @example 去年春节到元宵节 (2020): 元宵节 after 2019-02-05 → 2019-02-19
 */
export function resolveAfter(m: LunarMatch, left: Resolved): Resolved | undefined {
  const f = m.fields;
  const from = left.from;
  if (!f || !from || f.y.year !== undefined || f.y.yearRel !== undefined || (f.kind === 'lunarDate' && f.month === undefined))
    return undefined;
  const base = { year: from.year, month: from.month, day: from.day };
  const r = resolveLunar(m, base);
  if (!r?.to || compareDays(r.to, from) >= 0) return r && { ...r, relative: left.relative };
  const next = resolveLunar(m, { ...base, year: base.year + 1 });
  return next && { ...next, relative: left.relative };
}
