/**
 * Minimal inputs from the reliability issue, each of which broke a public entry point.
 * Timing-free: the linear checks count loop work through the rewrite's size, not wall time.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractDates, extractTargets, normalize, parseDate } from '../../src/index.js';

describe('a year and a day with no month (was: TypeError from resolveFields)', () => {
  for (const s of ['02年8日', '2025年2日', '一九九九年9日']) {
    it(`${s} names no day, with and without a reference date`, () => {
      for (const opts of [{}, { referenceDate: '2021-05-13' }]) {
        const ds = extractDates(s, opts);
        expect(ds).toHaveLength(1);
        expect(ds[0]).toMatchObject({ text: s, start: 0, end: s.length });
        // no silent borrowing of the reference month
        expect(ds[0].from).toBeUndefined();
        expect(ds[0].to).toBeUndefined();
        expect(() => parseDate(s, opts)).not.toThrow();
        expect(() => extractTargets(s, opts)).not.toThrow();
        expect(() => analyze(s, opts)).not.toThrow();
      }
    });
  }
});

describe('thousands-separator chains that fail at their end (was: quadratic in normalize)', () => {
  it('a long chain ending in a stray comma is left as it is', () => {
    const s = `${'123,'.repeat(20000)}1234`;
    expect(normalize(s).text).toBe(s);
  });
  it('a chain ending in a stray comma still keeps its groups apart', () => {
    expect(normalize('增长12,345,678,。').text).toBe('增长12,345,678,。');
    expect(normalize('共1,234,567元').text).toBe('共1234567元');
  });
  it('a spaced decimal point makes a full-width chain a number, as the unspaced one does (one pass, idempotent)', () => {
    expect(normalize('12，345. 6公里').text).toBe('12345.6公里');
    expect(normalize('12，345.6公里').text).toBe('12345.6公里');
  });
  it('the last group of a failed full-width chain can still take a spaced decimal point', () => {
    expect(normalize('12，345，6. 5公里').text).toBe('12，345，6.5公里');
  });
});
