/**
 * The public surface: each sub-path of the built package exports exactly the documented
 * run-time names (docs/api.md, docs/terms.md), from ESM and from CommonJS alike. A name that
 * appears here by accident (an internal helper re-exported from an entry file) fails the test;
 * internals are imported inside tifa from their own modules, never from an entry.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const hasTrack = existsSync(join(root, 'dist', 'track', 'index.js'));

/** Documented run-time exports per sub-path (types are checked by the consumer project). */
const SURFACE: Array<{ sub: string; names: string[]; pending?: string }> = [
  {
    sub: '',
    names: [
      'analyze',
      'normalize',
      'parseNumber',
      'extractQuantities',
      'extractDates',
      'parseDate',
      'inferReferenceDate',
      'extractSlogans',
      'countSlogans',
      'extractTargets',
      ...(hasTrack ? ['trackTargets'] : []),
    ],
  },
  { sub: '/normalize', names: ['normalize'] },
  { sub: '/terms', names: ['loadTokenizer', 'extractKeywords', 'keywords', 'buildTermStats'] },
  { sub: '/batch', names: ['analyzeMany', 'analyzeEach', 'analyzeStream'] },
  // Sub-paths whose entry files other work was changing when this test was written: their
  // internals (quantitiesIn, DIGITS, datesIn, candidatesOf, findAll, targetsIn, …) still have
  // to move out of the entry. Enable each case (drop `pending`) once its entry is trimmed.
  { sub: '/numbers', names: ['parseNumber', 'extractQuantities'], pending: 'internals still exported' },
  { sub: '/dates', names: ['extractDates', 'parseDate', 'inferReferenceDate'], pending: 'internals still exported' },
  { sub: '/slogans', names: ['extractSlogans', 'countSlogans'], pending: 'internals still exported' },
  { sub: '/targets', names: ['extractTargets'], pending: 'internals still exported' },
  { sub: '/track', names: ['trackTargets'], pending: hasTrack ? 'new entry: check its list' : 'no tifa/track yet' },
];

function keysOf(sub: string, system: 'esm' | 'cjs'): string[] {
  const code =
    system === 'cjs'
      ? `console.log(JSON.stringify(Object.keys(require('tifa${sub}'))))`
      : `import * as m from 'tifa${sub}'; console.log(JSON.stringify(Object.keys(m)))`;
  const args = system === 'cjs' ? ['-e', code] : ['--input-type=module', '-e', code];
  const out = execFileSync(process.execPath, args, { cwd: root }).toString();
  return (JSON.parse(out) as string[]).filter((k) => k !== 'default' && k !== '__esModule').sort();
}

describe.skipIf(!existsSync(join(root, 'dist', 'index.js')))('public surface of the built package', () => {
  for (const { sub, names, pending } of SURFACE) {
    if (pending) {
      it.todo(`tifa${sub} exports exactly ${names.join(', ')} (${pending})`);
      continue;
    }
    it(`tifa${sub} exports exactly ${names.join(', ')}`, () => {
      const want = [...names].sort();
      expect(keysOf(sub, 'esm')).toEqual(want);
      expect(keysOf(sub, 'cjs')).toEqual(want);
    });
  }
});
