import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'normalize/index': 'src/normalize/index.ts',
    'numbers/index': 'src/numbers/index.ts',
    'dates/index': 'src/dates/index.ts',
    'slogans/index': 'src/slogans/index.ts',
    'targets/index': 'src/targets/index.ts',
    'terms/index': 'src/terms/index.ts',
    'track/index': 'src/track/index.ts',
    'batch/index': 'src/batch/index.ts',
    'cli/main': 'src/cli/main.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'node20',
});
