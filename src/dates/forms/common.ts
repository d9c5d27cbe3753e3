/**
 * Small builders the form readers share.
 */
import type { DateGranularity, DateRole } from '../../types.js';
import { compareDays, isValidDay, type Day } from '../calendar.js';
import type { Candidate, Resolved } from '../fields.js';

/** An absolute from..to. */
export const abs = (from: Day, to: Day, gran: DateGranularity, role?: DateRole): Resolved => ({
  from: { ...from },
  to: { ...to },
  gran,
  relative: false,
  ...(role ? { role } : {}),
});

/** Whole years a..b: years(2021, 2025, 'plan', 'span') // 2021-01-01..2025-12-31 */
export const years = (a: number, b: number, gran: DateGranularity, role?: DateRole): Resolved =>
  abs({ year: a, month: 1, day: 1 }, { year: b, month: 12, day: 31 }, gran, role);

/** A day candidate with its fields, or undefined when y-m-d is no real day. */
export function dayCandidate(start: number, end: number, y: number, m: number, d: number): Candidate | undefined {
  if (!isValidDay(y, m, d)) return undefined;
  const day = { year: y, month: m, day: d };
  return { start, end, fields: { year: y, month: m, day: d }, resolve: () => abs(day, day, 'day') };
}

/**
 * A numeric day range: the left day candidate extended to a right end; undefined when the
 * right end is no real day or comes before the left.
 * @example '2018/1/10-2018/7/10' → 2018-01-10..2018-07-10 (day, span)
 */
export function dayRange(left: Candidate, end: number, y: number, m: number, d: number): Candidate | undefined {
  const f = left.fields;
  if (!f || f.year === undefined || f.month === undefined || f.day === undefined || !isValidDay(y, m, d)) return undefined;
  const from = { year: f.year, month: f.month, day: f.day };
  const to = { year: y, month: m, day: d };
  if (compareDays(to, from) < 0) return undefined;
  return { start: left.start, end, resolve: () => ({ ...abs(from, to, 'day'), role: 'span' }) };
}
