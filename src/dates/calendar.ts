/**
 * Calendar arithmetic on plain days (date-fns underneath) and the ISO strings results carry.
 */
// per-function entry points: importing the 'date-fns' index loads ~250 modules (~100 ms cold)
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { daysInMonth, formatDay, type Day } from '../options.js';

export { daysInMonth, formatDay, type Day };

/** A day with an optional time of day in minutes since midnight. */
export interface Moment extends Day {
  minutes?: number;
}

const toDate = (d: Day): Date => {
  const x = new Date(2000, 0, 1);
  x.setFullYear(d.year, d.month - 1, d.day);
  return x;
};
const fromDate = (x: Date): Day => ({ year: x.getFullYear(), month: x.getMonth() + 1, day: x.getDate() });

/** Is year-month-day a real calendar day? isValidDay(2021, 2, 29) // false */
export const isValidDay = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** shiftDays({2021,5,13}, -1) // {2021,5,12} */
export const shiftDays = (d: Day, n: number): Day => fromDate(addDays(toDate(d), n));
/** shiftMonths({2021,1,31}, 1) // {2021,2,28} */
export const shiftMonths = (d: Day, n: number): Day => fromDate(addMonths(toDate(d), n));
/** shiftYears({2020,2,29}, 1) // {2021,2,28} */
export const shiftYears = (d: Day, n: number): Day => fromDate(addYears(toDate(d), n));

/** Monday-based weekday, 1 (Monday) … 7 (Sunday). */
export const isoWeekday = (d: Day): number => ((toDate(d).getDay() + 6) % 7) + 1;

/** The Monday of the week of `d`. */
export const mondayOf = (d: Day): Day => shiftDays(d, 1 - isoWeekday(d));

/** Last day of a month. */
export const monthEnd = (year: number, month: number): Day => ({ year, month, day: daysInMonth(year, month) });

/** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm'. */
export function formatMoment(m: Moment): string {
  const d = formatDay(m);
  if (m.minutes === undefined) return d;
  const h = Math.floor(m.minutes / 60);
  return `${d}T${String(h).padStart(2, '0')}:${String(m.minutes % 60).padStart(2, '0')}`;
}

/** Compare two days: negative when a is earlier. */
export const compareDays = (a: Day, b: Day): number => a.year - b.year || a.month - b.month || a.day - b.day;
