/** Quoted contents: a whole quote read as a formula (“三个一”), or a quoted series or coinage. */
import type { Detector } from './types.js';

/** “一村一品一基地” → formula; “3+5” → formula. */
export const quotedFormula: Detector = {
  name: 'quoted-formula',
  types: ['formula'],
  layer: 'formula',
  find: (_text, scan) => scan.quoted.filter((f) => f.type === 'formula'),
};

/** “稳中求进、以进促稳” → quoted; “比学习、比干劲、比作风” → parallel; “最多跑一次”改革 → quoted. */
export const quotedPhrase: Detector = {
  name: 'quoted-phrase',
  types: ['quoted', 'parallel', 'formula'],
  layer: 'phrase',
  find: (_text, scan) => scan.quoted.filter((f) => f.type !== 'formula'),
};
