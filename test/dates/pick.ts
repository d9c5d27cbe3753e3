/** Shared helpers of the date tests: mentions as plain tuples, every span checked against the input. */
import { expect } from 'vitest';
import { extractDates, parseDate } from '../../src/dates/index.js';
import { expectSpansExact } from '../helpers.js';

export type Want = [text: string, from: string | undefined, to: string | undefined, granularity: string, role: string];

/** extractDates as [text, from, to, granularity, role]. */
export function pick(input: string, referenceDate = '2021-06-14'): Want[] {
  const found = extractDates(input, { referenceDate });
  expectSpansExact(input, found);
  return found.map((d) => [d.text, d.from, d.to, d.granularity, d.role]);
}

/** parseDate as [text, from, to, granularity, role], or undefined. */
export function parse(input: string, referenceDate = '2021-06-14'): Want | undefined {
  const d = parseDate(input, { referenceDate });
  if (!d) return undefined;
  expect(input.slice(d.start, d.end)).toBe(d.text);
  return [d.text, d.from, d.to, d.granularity, d.role];
}
