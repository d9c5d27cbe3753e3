/**
 * Calendar arithmetic on plain days, through date-fns, and the ISO strings results carry.
 * Days are plain objects ({ year, month, day }); date-fns works on local-time Dates built from them.
 */
// per-function entry points: importing the 'date-fns' index loads ~250 modules (~100 ms cold)
import { addBusinessDays } from 'date-fns/addBusinessDays';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { getISODay } from 'date-fns/getISODay';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import type { Day } from '../options.js';

export type { Day };

/** A day with an optional time of day in minutes since midnight. */
export interface Moment extends Day {
  minutes?: number;
}

/** A local Date at midnight of a day (years below 100 kept as written). */
const toDate = (d: Day): Date => {
  const x = new Date(2000, 0, 1);
  x.setFullYear(d.year, d.month - 1, d.day);
  return x;
};
const fromDate = (x: Date): Day => ({ year: x.getFullYear(), month: x.getMonth() + 1, day: x.getDate() });

/** date-fns's answers for the years 1600–2399, kept: every resolved month and day asks, and each ask builds a Date. */
const MONTH_DAYS = new Uint8Array(800 * 12);

/** daysInMonth(2024, 2) // 29 */
export const daysInMonth = (year: number, month: number): number => {
  const k = (year - 1600) * 12 + month - 1;
  if (k < 0 || k >= MONTH_DAYS.length || month < 1 || month > 12 || !Number.isInteger(k)) {
    return getDaysInMonth(toDate({ year, month, day: 1 }));
  }
  return (MONTH_DAYS[k] ||= getDaysInMonth(toDate({ year, month, day: 1 })));
};

/** Is year-month-day a real calendar day? isValidDay(2021, 2, 29) // false */
export const isValidDay = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** shiftDays({2021,5,13}, -1) // {2021,5,12} */
export const shiftDays = (d: Day, n: number): Day => fromDate(addDays(toDate(d), n));
/** shiftMonths({2021,1,31}, 1) // {2021,2,28} */
export const shiftMonths = (d: Day, n: number): Day => fromDate(addMonths(toDate(d), n));
/** shiftYears({2020,2,29}, 1) // {2021,2,28} */
export const shiftYears = (d: Day, n: number): Day => fromDate(addYears(toDate(d), n));

/** Monday-based weekday, 1 (Monday) … 7 (Sunday): isoWeekday({2021,5,13}) // 4 */
export const isoWeekday = (d: Day): number => getISODay(toDate(d));

/** The Monday of the week of `d`: mondayOf({2021,5,13}) // {2021,5,10} */
export const mondayOf = (d: Day): Day => fromDate(startOfISOWeek(toDate(d)));

/** Last day of a month: monthEnd(2024, 2) // {2024,2,29} */
export const monthEnd = (year: number, month: number): Day => ({ year, month, day: daysInMonth(year, month) });

/**
 * 'YYYY-MM-DD': formatDay({2021,5,13}) // '2021-05-13'. Written out: date-fns' lightFormat
 * costs ~6% of extractDates on the fixtures (measured), for every from and to.
 */
export const formatDay = (d: Day): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm': formatMoment({2021,5,13, minutes: 510}) // '2021-05-13T08:30' */
export function formatMoment(m: Moment): string {
  const d = formatDay(m);
  if (m.minutes === undefined) return d;
  const h = Math.floor(m.minutes / 60);
  return `${d}T${String(h).padStart(2, '0')}:${String(m.minutes % 60).padStart(2, '0')}`;
}

/**
 * Compare two days: negative when a is earlier. Field by field (no Date built: it runs for
 * every range and role); compareDays({2021,5,13}, {2021,6,1}) < 0.
 */
export const compareDays = (a: Day, b: Day): number => a.year - b.year || a.month - b.month || a.day - b.day;

/** n business days (Monday–Friday) after d, or before when n < 0: shiftBusinessDays({2021,6,14}, 5) // {2021,6,21} */
export const shiftBusinessDays = (d: Day, n: number): Day => fromDate(addBusinessDays(toDate(d), n));
