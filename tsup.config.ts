import { existsSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** The public entries: one per sub-path of package.json's `exports` (track once it exists). */
const publicEntries: Record<string, string> = {
  index: 'src/index.ts',
  'normalize/index': 'src/normalize/index.ts',
  'numbers/index': 'src/numbers/index.ts',
  'dates/index': 'src/dates/index.ts',
  'slogans/index': 'src/slogans/index.ts',
  'targets/index': 'src/targets/index.ts',
  'terms/index': 'src/terms/index.ts',
  'batch/index': 'src/batch/index.ts',
  ...(existsSync('src/track/index.ts') ? { 'track/index': 'src/track/index.ts' } : {}),
};

export default defineConfig({
  entry: { ...publicEntries, 'cli/main': 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  // Types for the public entries only (the CLI is reached through bin/tifa.js).
  dts: { entry: publicEntries },
  splitting: true,
  // No source maps in the published build (they doubled the tarball); TIFA_SOURCEMAP=1 for debugging.
  sourcemap: process.env.TIFA_SOURCEMAP === '1',
  clean: true,
  treeshake: true,
  target: 'node20',
  // Chinese data tables and regexes as UTF-8, not \uXXXX escapes (a third of the size).
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
