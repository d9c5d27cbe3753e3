/**
 * Slogans and rhetorical patterns: `tifa/slogans`.
 */
import { makeContext, memo, type Context } from '../context.js';
import type { Options, Slogan } from '../types.js';

/** Slogans of a prepared context (memoized), in text order. */
export function slogansIn(ctx: Context): Slogan[] {
  return memo(ctx, 'slogans', () => []);
}

/**
 * Every formulation found by its form.
 *
 * @example extractSlogans('按照“一园一业一平台”思路') // [{ type: 'formula', parts: ['一园','一业','一平台'], … }]
 */
export function extractSlogans(input: string, opts?: Options): Slogan[] {
  return slogansIn(makeContext(input, opts));
}

export type { Slogan, Options } from '../types.js';
