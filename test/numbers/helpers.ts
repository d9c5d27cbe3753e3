import { expect } from 'vitest';
import { extractQuantities } from '../../src/numbers/index.js';
import { expectSpansExact } from '../helpers.js';

/** [text, value, unit, approx, max?] of every quantity, after checking each span against the input. */
export function q(input: string): Array<[string, number, string, string] | [string, number, string, string, number]> {
  const out = extractQuantities(input);
  expectSpansExact(input, out);
  for (const x of out) expect(input.slice(x.start, x.end)).toBe(x.text);
  return out.map((x) => (x.max === undefined ? [x.text, x.value, x.unit, x.approx] : [x.text, x.value, x.unit, x.approx, x.max]));
}
