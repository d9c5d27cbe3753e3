/**
 * The regression corpus: every fixtures/NAME.txt has a hand-reviewed NAME.expected.json (its
 * analysis with its reference date). This test fails with a readable per-result diff when
 * what tifa extracts changes. If the change is intended: `npm run corpus:update`, then review
 * `git diff fixtures/` by hand. Skipped, with a message, until the expected files exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffAnalysis, diffStats, expectedName, type ExpectedFile } from '../../src/cli/corpus.js';
import { analyze } from '../../src/index.js';
import { FIXTURE_DIR, expectSpansExact, fixtures } from '../helpers.js';

const docs = [...fixtures()];
const withExpected = docs.filter(([name]) => existsSync(join(FIXTURE_DIR, expectedName(name))));
const SKIP = withExpected.length === 0;
if (SKIP)
  console.warn(
    'test/cli/corpus.test.ts skipped: no fixtures/*.expected.json yet (create them with npm run corpus:update and review them by hand)',
  );

describe.skipIf(SKIP)('regression corpus (fixtures/*.expected.json)', () => {
  it('every fixture has an expected analysis', () => {
    const missing = docs.filter(([name]) => !withExpected.some(([n]) => n === name)).map(([n]) => expectedName(n));
    expect(missing, 'run npm run corpus:update and review the new files').toEqual([]);
  });

  it.each(withExpected)('%s matches its expected analysis', (name, text) => {
    const expected = JSON.parse(readFileSync(join(FIXTURE_DIR, expectedName(name)), 'utf8')) as ExpectedFile;
    const referenceDate = expected.options?.referenceDate;
    const actual = analyze(text, referenceDate ? { referenceDate } : undefined);
    for (const list of [actual.quantities, actual.dates, actual.slogans, actual.targets]) expectSpansExact(text, list);
    const lines = diffAnalysis(expected.analysis, actual);
    if (lines.length) {
      const message = [
        `${name} differs from ${expectedName(name)}: ${diffStats(lines)}`,
        '  (- expected only, + found now, ~ same span resolved differently)',
        ...lines,
        'If this change is intended: npm run corpus:update, then review git diff fixtures/ by hand.',
      ].join('\n');
      expect.fail(message);
    }
  });
});
