/**
 * The Chinese calendar through tyme4ts, loaded lazily: the library (≈300 KB, ~70 ms to
 * evaluate) is required only when a lunar date, a lunar festival or a solar term is resolved,
 * so text without such forms never loads it. Every conversion is cached per lunar month or
 * per year of solar terms.
 *
 * The public API is synchronous, so the load is a synchronous `require` (Node's
 * `process.getBuiltinModule('module').createRequire`, or the CommonJS build's own `require`).
 * Where neither exists (a browser bundle), call `useLunarCalendar(await import('tyme4ts'))`
 * once; until then lunar forms are found but come back without from/to.
 */
import { shiftDays, type Day } from '../calendar.js';

/** The part of tyme4ts this module uses. */
export interface TymeModule {
  LunarMonth: {
    fromYm(
      year: number,
      month: number,
    ): {
      getDayCount(): number;
      getFirstJulianDay(): { getSolarDay(): SolarDayLike };
    };
  };
  LunarYear: { fromYear(year: number): { getLeapMonth(): number } };
  SolarDay: { fromYmd(y: number, m: number, d: number): { getLunarDay(): LunarDayLike } };
  SolarTerm: { fromIndex(year: number, index: number): { getJulianDay(): { getSolarDay(): SolarDayLike } } };
}
interface SolarDayLike {
  getYear(): number;
  getMonth(): number;
  getDay(): number;
}
interface LunarDayLike {
  getYear(): number;
  getMonth(): number;
  getDay(): number;
}

/** Lunar years the conversions accept (tyme4ts covers more; dates outside are not plausible). */
export const LUNAR_YEARS = { min: 1000, max: 2999 } as const;

let engine: TymeModule | null | undefined;

declare const __filename: string | undefined;
declare const require: ((id: string) => unknown) | undefined;

type RequireFn = (id: string) => unknown;
/** A synchronous require in Node (ESM or CJS build), or undefined. */
function nodeRequire(): RequireFn | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const mod = proc?.getBuiltinModule?.('module') as { createRequire?: (base: string) => RequireFn } | undefined;
  const base = typeof __filename === 'string' ? __filename : import.meta.url;
  if (mod?.createRequire && base) return mod.createRequire(base);
  return typeof require === 'function' ? require : undefined;
}

/** How many times the library was loaded (0 or 1): for tests of lazy loading. */
export let loads = 0;

/** The calendar library, loaded on first use; null when it cannot be loaded here. */
export function tyme(): TymeModule | null {
  if (engine !== undefined) return engine;
  try {
    engine = (nodeRequire()?.('tyme4ts') as TymeModule | undefined) ?? null;
    if (engine) loads++;
  } catch {
    engine = null;
  }
  return engine;
}

/**
 * Give the date reader the calendar library where it cannot load it itself (a browser bundle).
 *
 * @example useLunarCalendar(await import('tyme4ts')) // then extractDates('2022年春节') → 2022-02-01
 */
export function useLunarCalendar(mod: TymeModule): void {
  engine = mod;
  firstDays.clear();
  terms.clear();
  lunarDays.clear();
}

const toDay = (s: SolarDayLike): Day => ({ year: s.getYear(), month: s.getMonth(), day: s.getDay() });

/** A lunar month: its first Gregorian day and its length; leap months as negative months. */
interface MonthInfo {
  first: Day;
  days: number;
}
const firstDays = new Map<number, MonthInfo | null>();

/**
 * The Gregorian first day and length of a lunar month (`leap` for 闰月), or undefined when the
 * month does not exist (no 闰四月 that year) or the library is not available.
 *
 * @example lunarMonth(2020, 4, true) // { first: 2020-05-23, days: 29 }
 */
export function lunarMonth(year: number, month: number, leap = false): MonthInfo | undefined {
  if (!Number.isInteger(year) || year < LUNAR_YEARS.min || year > LUNAR_YEARS.max || month < 1 || month > 12) return undefined;
  const key = (year * 13 + month) * 2 + (leap ? 1 : 0);
  const hit = firstDays.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const t = tyme();
  if (!t) return undefined;
  let info: MonthInfo | null = null;
  try {
    if (!leap || t.LunarYear.fromYear(year).getLeapMonth() === month) {
      const m = t.LunarMonth.fromYm(year, leap ? -month : month);
      info = { first: toDay(m.getFirstJulianDay().getSolarDay()), days: m.getDayCount() };
    }
  } catch {
    info = null;
  }
  firstDays.set(key, info);
  return info ?? undefined;
}

/**
 * The Gregorian day of a lunar day; undefined when it does not exist (三十 of a 29-day month).
 *
 * @example lunarDay(2012, 1, 15) // { year: 2012, month: 2, day: 6 } (元宵 2012)
 */
export function lunarDay(year: number, month: number, day: number, leap = false): Day | undefined {
  const m = lunarMonth(year, month, leap);
  if (!m || day < 1 || day > m.days) return undefined;
  return shiftDays(m.first, day - 1);
}

/**
 * The lunar year, month and day of a Gregorian day (leap months negative), or undefined.
 *
 * @example lunarOf({ year: 2021, month: 6, day: 14 }) // { year: 2021, month: 5, day: 5 }
 */
export function lunarOf(d: Day): LunarYmd | undefined {
  const key = (d.year * 13 + d.month) * 32 + d.day;
  const hit = lunarDays.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const t = tyme();
  if (!t || d.year < LUNAR_YEARS.min || d.year > LUNAR_YEARS.max) return undefined;
  let out: LunarYmd | null = null;
  try {
    const l = t.SolarDay.fromYmd(d.year, d.month, d.day).getLunarDay();
    out = { year: l.getYear(), month: l.getMonth(), day: l.getDay() };
  } catch {
    out = null;
  }
  if (lunarDays.size > 4096) lunarDays.clear();
  lunarDays.set(key, out);
  return out ?? undefined;
}
interface LunarYmd {
  year: number;
  month: number;
  day: number;
}
const lunarDays = new Map<number, LunarYmd | null>();

const terms = new Map<number, Day | null>();

/**
 * The Gregorian day of a solar term: `index` 0 小寒 … 23 冬至, the one that falls in Gregorian
 * `year`.
 *
 * @example solarTerm(2024, 23) // { year: 2024, month: 12, day: 21 } (冬至)
 */
export function solarTerm(year: number, index: number): Day | undefined {
  if (!Number.isInteger(year) || year < LUNAR_YEARS.min || year > LUNAR_YEARS.max || index < 0 || index > 23) return undefined;
  const key = year * 24 + index;
  const hit = terms.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const t = tyme();
  if (!t) return undefined;
  let d: Day | null = null;
  try {
    // tyme4ts counts from 冬至 (0) of the year before: 小寒 of Gregorian `year` is its index 1
    const k = index === 23 ? 24 : index + 1;
    d = toDay(t.SolarTerm.fromIndex(year, k).getJulianDay().getSolarDay());
  } catch {
    d = null;
  }
  terms.set(key, d);
  return d ?? undefined;
}
