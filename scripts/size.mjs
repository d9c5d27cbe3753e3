#!/usr/bin/env node
/**
 * `npm run size`: what each public entry costs a browser bundle. Bundles every built ESM entry
 * (dist/…/index.js) with its dependencies through esbuild (--bundle --minify --format=esm,
 * Node built-ins and the lazily imported segmenters left external) and reports the minified
 * and min+gzip sizes. Run after `npx tsup --silent`. `--json` prints the figures as JSON;
 * `--markdown` as a table for docs/performance.md.
 */
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const ENTRIES = ['index', 'normalize', 'numbers', 'dates', 'slogans', 'targets', 'terms', 'batch', 'track'];
const EXTERNAL = ['node:*', ...builtinModules, 'segmentit', '@node-rs/jieba', '@node-rs/jieba/*'];

/**
 * Minified and gzipped bytes (UTF-8) of one entry bundled with everything it imports
 * statically; what it imports dynamically (tifa/terms from analyze's `terms` option) lands in
 * chunks loaded on demand, as any splitting bundler does, and is not counted.
 */
async function measure(file) {
  const r = await build({
    entryPoints: { entry: file },
    bundle: true,
    minify: true,
    charset: 'utf8',
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['import', 'module', 'default'],
    external: EXTERNAL,
    splitting: true,
    outdir: join(root, '.size-out'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const byPath = new Map(r.outputFiles.map((f) => [relative(root, f.path), f.contents]));
  const outputs = r.metafile.outputs;
  const start = Object.keys(outputs).find((k) => outputs[k].entryPoint);
  const seen = new Set([start]);
  for (const k of seen) for (const i of outputs[k].imports) if (i.kind === 'import-statement' && byPath.has(i.path)) seen.add(i.path);
  const code = Buffer.concat([...seen].map((k) => byPath.get(k)));
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const rows = [];
for (const name of ENTRIES) {
  const file = join(root, 'dist', name === 'index' ? 'index.js' : `${name}/index.js`);
  if (!existsSync(file)) continue;
  rows.push({ entry: name === 'index' ? 'tifa' : `tifa/${name}`, ...(await measure(file)) });
}
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else if (process.argv.includes('--markdown')) {
  console.log('| entry | minified | min+gzip |\n|---|---:|---:|');
  for (const r of rows) console.log(`| \`${r.entry}\` | ${kib(r.min)} | ${kib(r.gzip)} |`);
} else for (const r of rows) console.log(`${r.entry.padEnd(16)} ${kib(r.min).padStart(10)} min  ${kib(r.gzip).padStart(10)} min+gzip`);
