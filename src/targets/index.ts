/**
 * Targets and reported results: `tifa/targets`. The public name only; the pipeline lives in
 * extract.ts (`targetsIn` is what analyze() calls through its context).
 */
export { extractTargets } from './extract.js';
export type { Target, Options } from '../types.js';
