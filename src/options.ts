/**
 * Argument checks shared by every public function: bad arguments are a clear TypeError or
 * RangeError naming the argument; any string is valid text.
 */
import type { Options } from './types.js';

/**
 * Every key an `Options` object may carry (analyze, extract*, normalize, tifa/batch). Any
 * other key is a TypeError naming it, so a misspelling (`referencedate`) never passes
 * silently. Add an option: one line here (and its field in types.ts).
 */
export const OPTION_KEYS: readonly string[] = ['referenceDate', 'script', 'joinLines', 'terms', 'durations'];

/** Throw a TypeError unless `input` is a string. */
export function assertText(input: unknown, name = 'input'): asserts input is string {
  if (typeof input !== 'string') {
    throw new TypeError(`tifa: ${name} must be a string, got ${input === null ? 'null' : typeof input}`);
  }
}

/** What `v` is, for an error message: 'null', 'an array', 'a Date', 'number', … */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (v instanceof Date) return 'a Date';
  return typeof v;
}

/**
 * Throw a TypeError unless `opts` is undefined or a plain options object (not an array, a
 * Date, a function) whose keys, when `known` is given, are all in it.
 *
 * @example assertOptions({ referencedate: '2021-05-13' }, 'opts', OPTION_KEYS) // TypeError: tifa: unknown option 'referencedate' in opts (did you mean 'referenceDate'?); …
 */
export function assertOptions(opts: unknown, name = 'opts', known: readonly string[] | null = null): void {
  if (opts === undefined) return;
  if (opts === null || typeof opts !== 'object' || Array.isArray(opts) || opts instanceof Date) {
    throw new TypeError(`tifa: ${name} must be an options object, got ${kindOf(opts)}`);
  }
  if (!known) return;
  for (const key of Object.keys(opts)) {
    if (known.includes(key)) continue;
    const near = known.find((k) => k.toLowerCase() === key.toLowerCase());
    throw new TypeError(`tifa: unknown option '${key}' in ${name}${near ? ` (did you mean '${near}'?)` : ''}; known: ${known.join(', ')}`);
  }
}

/** A day, optionally followed by a time of day and a zone: the ISO forms a referenceDate may take. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Years a reference date may have. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

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

function checkYear(year: number, ref: unknown): void {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`tifa: opts.referenceDate ${String(ref)} is out of range (years ${MIN_YEAR}–${MAX_YEAR})`);
  }
}

/**
 * The reference date of `opts`, validated: a Date (its local calendar day) or 'YYYY-MM-DD'
 * (optionally followed by an ISO time of day and zone, which are ignored: the day is taken
 * as written). Undefined when absent; `null` counts as absent (JSON has no undefined).
 *
 * @example resolveReferenceDate({ referenceDate: '2021-05-13' }) // { year: 2021, month: 5, day: 13 }
 * @example resolveReferenceDate({ referenceDate: '2021-05-13T08:00:00+08:00' }) // { year: 2021, month: 5, day: 13 }
 * @throws TypeError when referenceDate is neither a Date nor a string; RangeError when it is
 *   an invalid Date, not a real calendar day, has anything else after the day, or lies
 *   outside the years 1–9999.
 */
export function resolveReferenceDate(opts?: Options): Day | undefined {
  assertOptions(opts, 'opts', OPTION_KEYS);
  const ref = opts?.referenceDate;
  if (ref === undefined || ref === null) return undefined;
  if (ref instanceof Date) {
    if (Number.isNaN(ref.getTime())) throw new RangeError('tifa: opts.referenceDate is an invalid Date');
    checkYear(ref.getFullYear(), `(a Date in the year ${ref.getFullYear()})`);
    return { year: ref.getFullYear(), month: ref.getMonth() + 1, day: ref.getDate() };
  }
  const partial = partialReference(ref);
  if (partial) return partial;
  if (typeof ref !== 'string') {
    throw new TypeError(`tifa: opts.referenceDate must be a Date or a 'YYYY-MM-DD' string, got ${kindOf(ref)}`);
  }
  const m = ISO_DAY.exec(ref);
  if (!m) throw new RangeError(`tifa: opts.referenceDate '${ref}' is not a 'YYYY-MM-DD' date`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  checkYear(year, `'${ref}'`);
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
