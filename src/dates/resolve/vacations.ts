/**
 * School holidays as a domain fact: the span a 暑假 or 寒假 of a year names. Dates vary by
 * province and school; these are the national norm (summer July–August; winter from mid-January
 * to the end of February, the Spring Festival inside it).
 */
import { monthEnd, type Day } from '../calendar.js';
import type { Vacation } from '../fields.js';

/** First month and day, last month (to its end). */
const VACATIONS: Readonly<Record<Vacation, { from: [number, number]; toMonth: number }>> = {
  summer: { from: [7, 1], toMonth: 8 },
  winter: { from: [1, 15], toMonth: 2 },
};

/**
 * The days a school holiday of year y covers.
 * @example vacationSpan(2020, 'summer') // [2020-07-01, 2020-08-31]
 * @example vacationSpan(2024, 'winter') // [2024-01-15, 2024-02-29]
 */
export function vacationSpan(y: number, which: Vacation): [Day, Day] {
  const v = VACATIONS[which];
  return [{ year: y, month: v.from[0], day: v.from[1] }, monthEnd(y, v.toMonth)];
}
