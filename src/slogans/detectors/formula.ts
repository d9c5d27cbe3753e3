/** Numeral-led formulas in running text: 两新一重建设, 坚持两个确立, 三农工作, 3+5. */
import { scanFormulas } from '../formula.js';
import type { Detector } from './types.js';

export const formula: Detector = {
  name: 'formula',
  types: ['formula'],
  layer: 'formula',
  find(text, scan) {
    const skip = new Uint8Array(text.length + 1);
    for (const f of scan.quoted) if (f.type === 'formula') skip.fill(1, f.start, f.end);
    for (const q of scan.quotes) if (q.open === '《') skip.fill(1, q.start, q.end);
    return scanFormulas(text, (i) => skip[i] === 1);
  },
};
