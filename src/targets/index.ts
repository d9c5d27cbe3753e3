/**
 * Targets and reported results: `tifa/targets`.
 */
import { makeContext, memo, type Context } from '../context.js';
import type { Options, Target } from '../types.js';

/** Targets of a prepared context (memoized), in text order. */
export function targetsIn(ctx: Context): Target[] {
  return memo(ctx, 'targets', () => []);
}

/**
 * Every figure an official commits to (status 'target') or reports (status 'actual').
 *
 * @example extractTargets('到2023年，地区生产总值突破300亿元') // [{ metric: '地区生产总值', action: '突破', … }]
 */
export function extractTargets(input: string, opts?: Options): Target[] {
  return targetsIn(makeContext(input, opts));
}

export type { Target, Options } from '../types.js';
