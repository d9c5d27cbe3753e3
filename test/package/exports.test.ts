import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const SUBPATHS = [
  '',
  '/normalize',
  '/numbers',
  '/dates',
  '/slogans',
  '/targets',
  '/terms',
  '/batch',
  ...(existsSync(join(root, 'dist', 'track', 'index.js')) ? ['/track'] : []),
];

// The built package, resolved through its own exports map by both module systems.
describe.skipIf(!existsSync(join(root, 'dist', 'index.js')))('package exports', () => {
  it.each(SUBPATHS)('tifa%s resolves from require and import', (sub) => {
    const cjs = execFileSync(process.execPath, ['-e', `console.log(Object.keys(require('tifa${sub}')).sort().join(','))`], { cwd: root })
      .toString()
      .trim();
    const esm = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `import * as m from 'tifa${sub}'; console.log(Object.keys(m).sort().join(','))`],
      { cwd: root },
    )
      .toString()
      .trim();
    expect(esm).toBe(cjs);
    if (sub === '')
      expect(cjs.split(',')).toEqual(
        expect.arrayContaining([
          'analyze',
          'normalize',
          'parseNumber',
          'extractQuantities',
          'extractDates',
          'parseDate',
          'extractSlogans',
          'extractTargets',
        ]),
      );
  });
  it('ships type declarations for every entry', () => {
    for (const sub of SUBPATHS) {
      const base = join(root, 'dist', sub === '' ? 'index' : `${sub.slice(1)}/index`);
      expect(existsSync(`${base}.d.ts`)).toBe(true);
      expect(existsSync(`${base}.d.cts`)).toBe(true);
    }
  });
});
