/**
 * Numbers and quantities: `tifa/numbers`. The public names only; the extraction lives in
 * extract.ts (`quantitiesIn` is what analyze() calls through its context).
 */
export { parseNumber, extractQuantities } from './extract.js';
export type { Quantity, Options } from '../types.js';
