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
  /** A reference date known only to the year or month: the day is the period's first. */
  known?: 'year' | 'month';
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
  const partial = partialReference(ref);
  if (partial) return partial;
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

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2}))?$/;

/**
 * A reference date known only to the year or month: '2019', '2019-06', { year: 2019 },
 * { year: 2019, month: 6 }. Undefined for anything else.
 * @example partialReference('2019-06') // { year: 2019, month: 6, day: 1, known: 'month' }
 */
function partialReference(ref: unknown): Day | undefined {
  let year: number;
  let month: number | undefined;
  if (typeof ref === 'string') {
    const m = ISO_PARTIAL.exec(ref);
    if (!m) return undefined;
    year = Number(m[1]);
    month = m[2] === undefined ? undefined : Number(m[2]);
  } else if (ref && typeof ref === 'object' && !(ref instanceof Date) && 'year' in ref) {
    const r = ref as { year: unknown; month?: unknown };
    if (!Number.isInteger(r.year) || (r.month !== undefined && !Number.isInteger(r.month))) {
      throw new RangeError('tifa: opts.referenceDate { year, month? } needs integers');
    }
    year = r.year as number;
    month = r.month as number | undefined;
  } else return undefined;
  if (year < 1 || year > 9999 || (month !== undefined && (month < 1 || month > 12))) {
    throw new RangeError(`tifa: opts.referenceDate ${JSON.stringify(ref)} is out of range`);
  }
  return month === undefined ? { year, month: 1, day: 1, known: 'year' } : { year, month, day: 1, known: 'month' };
}

/** 'YYYY-MM-DD' of a Day. */
export const formatDay = (d: Day): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
