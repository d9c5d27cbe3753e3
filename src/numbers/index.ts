/**
 * Numbers and quantities: `tifa/numbers`.
 */
import { makeContext, memo, type Context } from '../context.js';
import type { Options, Quantity } from '../types.js';

export { parseNumber } from './parse.js';

/** Quantities of a prepared context (memoized), in text order. */
export function quantitiesIn(ctx: Context): Quantity[] {
  return memo(ctx, 'quantities', () => []);
}

/**
 * Every quantity in the text, with its value (magnitudes folded in), unit and qualifier.
 *
 * @example extractQuantities('增长5.5%左右') // [{ text: '5.5%左右', value: 5.5, unit: '%', approx: 'about', … }]
 */
export function extractQuantities(input: string, opts?: Options): Quantity[] {
  return quantitiesIn(makeContext(input, opts));
}

export type { Quantity, Options } from '../types.js';
