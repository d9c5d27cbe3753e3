/** Numeral-led formulas in running text: 两新一重建设, 坚持两个确立, 三农工作, 3+5. */
import { scanFormulas } from '../formula.js';
import { coverOf } from '../../text/split.js';
import type { Detector } from './types.js';

export const formula: Detector = {
  name: 'formula',
  types: ['formula'],
  layer: 'formula',
  find(text, scan) {
    const skip = coverOf([...scan.quoted.filter((f) => f.type === 'formula'), ...scan.quotes.filter((q) => q.open === '《')]);
    return scanFormulas(text, skip);
  },
};
