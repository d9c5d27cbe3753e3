// Key terms: segmenter load time and keyword extraction speed on the fixtures, segmentit vs
// @node-rs/jieba (when installed). Each tokenizer is measured in a fresh child process so
// the load time is cold.
//   node bench/terms.mjs [--project DIR]   (DIR: a build, default this repo; e.g. /tmp/tifa-build-terms)
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const arg = process.argv.indexOf('--project');
const project = resolve(arg > 0 ? process.argv[arg + 1] : new URL('..', import.meta.url).pathname);
const fixtureDir = new URL('../fixtures/', import.meta.url).pathname;
const files = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** Runs in the child: load one tokenizer cold, then time extraction over the fixtures. */
const child = (name) => `
import { readFileSync } from 'node:fs';
const files = ${JSON.stringify(files.map((f) => join(fixtureDir, f)))};
const texts = files.map((f) => readFileSync(f, 'utf8'));
const chars = texts.reduce((n, t) => n + t.length, 0);
let t0 = performance.now();
const m = await import(${JSON.stringify(join(project, 'dist', 'terms', 'index.js'))});
const importMs = performance.now() - t0;
t0 = performance.now();
let tok;
try { tok = await m.loadTokenizer(${JSON.stringify(name)}); } catch (e) { console.log(JSON.stringify({ name: ${JSON.stringify(name)}, error: e.message })); process.exit(0); }
const loadMs = performance.now() - t0;
t0 = performance.now();
for (const t of texts) m.extractKeywords(t, { tokenizer: tok, top: 20 });
const firstMs = performance.now() - t0;
const runs = 3;
t0 = performance.now();
for (let r = 0; r < runs; r++) for (const t of texts) m.extractKeywords(t, { tokenizer: tok, top: 20 });
const warmMs = (performance.now() - t0) / runs;
const top = m.extractKeywords(texts[1], { tokenizer: tok, top: 8 }).map((k) => k.term);
console.log(JSON.stringify({ name: ${JSON.stringify(name)}, chars, importMs, loadMs, firstMs, warmMs, top }));
`;

// Cold import of the root package (never loads a segmenter), for comparison.
const rootMs = Number(
  execFileSync(process.execPath, [
    '--input-type=module',
    '-e',
    `const t=performance.now(); await import(${JSON.stringify(join(project, 'dist', 'index.js'))}); console.log(performance.now()-t)`,
  ]).toString(),
);
console.log(`cold import of tifa (root): ${rootMs.toFixed(0)} ms`);
for (const name of ['segmentit', 'jieba']) {
  const r = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', child(name)])
      .toString()
      .trim()
      .split('\n')
      .pop(),
  );
  if (r.error) {
    console.log(`${name}: not available (${r.error})`);
    continue;
  }
  const cps = (ms) => Math.round((r.chars / ms) * 1000).toLocaleString('en');
  console.log(
    `${name}: tifa/terms import ${r.importMs.toFixed(0)} ms, tokenizer load ${r.loadMs.toFixed(0)} ms; ` +
      `${r.chars} chars: first pass ${r.firstMs.toFixed(0)} ms (${cps(r.firstMs)} chars/s), warm ${r.warmMs.toFixed(0)} ms (${cps(r.warmMs)} chars/s)`,
  );
  console.log(`  fixture 001 top 8: ${r.top.join(' ')}`);
}
