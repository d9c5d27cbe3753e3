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
      'formulations',
      'extractTargets',
      'trackTargets',
    ],
  },
  { sub: '/normalize', names: ['normalize'] },
  { sub: '/terms', names: ['loadTokenizer', 'extractKeywords', 'keywords', 'buildTermStats'] },
  { sub: '/batch', names: ['analyzeMany', 'analyzeEach', 'analyzeStream', 'unwrapAll'] },
  { sub: '/numbers', names: ['parseNumber', 'extractQuantities'] },
  { sub: '/dates', names: ['extractDates', 'parseDate', 'inferReferenceDate', 'useLunarCalendar'] },
  { sub: '/slogans', names: ['extractSlogans', 'countSlogans', 'formulations', 'formulationKey'] },
  { sub: '/targets', names: ['extractTargets'] },
  { sub: '/track', names: ['trackTargets'] },
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
