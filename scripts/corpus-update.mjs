#!/usr/bin/env node
// Regenerate the regression corpus: fixtures/NAME.expected.json for every fixtures/NAME.txt,
// from the built package (npm run corpus:update builds first). Prints, per file, created /
// updated (with counts) / unchanged; review `git diff fixtures/` by hand before committing.
//
// The reference date of each document is the one recorded in its expected file
// (options.referenceDate, edit it by hand and re-run), else --ref, else the date analyze()
// infers from the text. Extra arguments go to `tifa corpus`: e.g. --ref 2021-05-13.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'cli', 'main.js');
if (!existsSync(built)) {
  console.error('corpus-update: no dist/cli/main.js; build first (npm run corpus:update does)');
  process.exit(2);
}
const { main } = await import(pathToFileURL(built).href);
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
process.exitCode = await main(['corpus', join(root, 'fixtures'), '--update', ...process.argv.slice(2)], { version });
