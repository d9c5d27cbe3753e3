/**
 * The slogans of the five fixtures against hand-made gold (test/slogans/gold/*.json, written by
 * reading each fixture as an analyst of Chinese political language). The floors below are the
 * figures reached; raise them as the detectors improve, never lower them.
 */
import { describe, expect, it } from 'vitest';
import { extractSlogans } from '../../src/slogans/index.js';
// @ts-expect-error plain ESM script without types
import { scoreFixtures } from './gold/score.mjs';

describe('fixtures against hand-made gold', () => {
  it('precision, recall and type accuracy stay at or above their floors', () => {
    const s = scoreFixtures(extractSlogans);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.f1).toBeGreaterThanOrEqual(0.94);
    expect(s.typeRate).toBeGreaterThanOrEqual(0.9);
  });
});
