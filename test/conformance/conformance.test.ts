/**
 * Conformance suites with floors (./floors.json): Microsoft Recognizers-Text's Chinese specs
 * and JioNLP's time-parser cases. Each figure must reach its floor; raise the floor in the same
 * change that passes more cases. `npm run conformance` prints the figures.
 */
import { describe, expect, it } from 'vitest';
import floors from './floors.json';
import { scoreJionlp } from './jionlp.js';
import { scoreRecognizers } from './recognizers.js';

const verbose = process.env.TIFA_CONFORMANCE_VERBOSE === '1';

describe('conformance', () => {
  it('Recognizers-Text Chinese specs: every model at or above its floor', () => {
    const scores = scoreRecognizers();
    const passed = scores.reduce((n, s) => n + s.passed, 0);
    const total = scores.reduce((n, s) => n + s.total, 0);
    for (const s of scores) {
      console.log(`recognizers-text ${s.model.padEnd(16)} ${`${s.passed}/${s.total}`.padStart(8)}`);
      if (verbose) for (const f of s.failures) console.log(`  FAIL ${f}`);
    }
    console.log(`recognizers-text total ${passed}/${total} (${((100 * passed) / total).toFixed(1)}%)`);
    expect(total).toBe(1060);
    const models: Record<string, number> = floors.recognizers.models;
    const below = scores
      .filter((s) => !(s.passed >= (models[s.model] ?? Infinity)))
      .map((s) => `${s.model} ${s.passed} < ${models[s.model]}`);
    expect(below).toEqual([]);
    expect(passed).toBeGreaterThanOrEqual(floors.recognizers.total);
  });

  it('JioNLP time-parser cases at or above the floor', () => {
    const s = scoreJionlp();
    for (const [name, [a, b]] of Object.entries(s.sections)) if (verbose) console.log(`jionlp ${`${a}/${b}`.padStart(7)} ${name}`);
    if (verbose) for (const f of s.failures) console.log(`  FAIL ${f}`);
    console.log(`jionlp-dates ${s.passed}/${s.total} (${((100 * s.passed) / s.total).toFixed(1)}%)`);
    expect(s.total).toBe(180);
    expect(s.passed).toBeGreaterThanOrEqual(floors.jionlp);
  });
});
