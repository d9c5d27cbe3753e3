/**
 * Argument checks shared by every public function: bad arguments are a clear TypeError or
 * RangeError naming the argument; any string is valid text.
 */
import type { Options } from './types.js';

/** Throw a TypeError unless `input` is a string. */
export function assertText(input: unknown, name = 'input'): asserts input is string {
  if (typeof input !== 'string') {
    throw new TypeError(`tifa: ${name} must be a string, got ${input === null ? 'null' : typeof input}`);
  }
}

/** Throw a TypeError unless `opts` is undefined or an object. */
export function assertOptions(opts: unknown, name = 'opts'): void {
  if (opts !== undefined && (opts === null || typeof opts !== 'object')) {
    throw new TypeError(`tifa: ${name} must be an object, got ${opts === null ? 'null' : typeof opts}`);
  }
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day, the form every resolver works with. */
export interface Day {
  year: number;
  month: number; // 1-12
  day: number;
}

/** Days in a month (month 1-12). */
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The reference date of `opts`, validated: a Date (its local calendar day) or 'YYYY-MM-DD'
 * (a longer ISO string is cut to its day). Undefined when absent.
 *
 * @example resolveReferenceDate({ referenceDate: '2021-05-13' }) // { year: 2021, month: 5, day: 13 }
 * @throws TypeError when referenceDate is neither a Date nor a string; RangeError when it is
 *   an invalid Date or not a real calendar day.
 */
export function resolveReferenceDate(opts?: Options): Day | undefined {
  assertOptions(opts);
  const ref = opts?.referenceDate;
  if (ref === undefined || ref === null) return undefined;
  if (ref instanceof Date) {
    if (Number.isNaN(ref.getTime())) throw new RangeError('tifa: opts.referenceDate is an invalid Date');
    return { year: ref.getFullYear(), month: ref.getMonth() + 1, day: ref.getDate() };
  }
  if (typeof ref !== 'string') {
    throw new TypeError(`tifa: opts.referenceDate must be a Date or a 'YYYY-MM-DD' string, got ${typeof ref}`);
  }
  const m = ISO_DAY.exec(ref.slice(0, 10));
  const ok = m && (ref.length === 10 || /^[T ]/.test(ref.slice(10)));
  if (!m || !ok) throw new RangeError(`tifa: opts.referenceDate '${ref}' is not a 'YYYY-MM-DD' date`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`tifa: opts.referenceDate '${ref}' is not a real calendar day`);
  }
  return { year, month, day };
}

/** 'YYYY-MM-DD' of a Day. */
export const formatDay = (d: Day): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
