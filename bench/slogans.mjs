// Benchmark: extractSlogans over the fixtures ×1, ×10, ×100, plus adversarial 1 MB inputs
// (thousands of 、 series, repeated clauses, numeral runs, unbalanced quotes). The time per
// MB must stay flat as the input grows: every detector is linear.
//
// Run after a build: `node bench/slogans.mjs` reads ../dist; to bench a private build,
// TIFA_DIST=/tmp/tifa-build-slogans/dist node bench/slogans.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const distDir = process.env.TIFA_DIST ? pathToFileURL(process.env.TIFA_DIST.replace(/\/?$/, '/')) : new URL('../dist/', import.meta.url);
const { extractSlogans } = await import(new URL('slogans/index.js', distDir).href);

const dir = new URL('../fixtures/', import.meta.url);
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
  .join('\n\n');

/** Repeat `unit` until the string reaches `bytes` UTF-8 bytes. */
function toSize(unit, bytes) {
  const n = Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit)));
  return unit.repeat(n);
}

const MB = 1 << 20;
const inputs = [
  ['fixtures ×1', corpus],
  ['fixtures ×10', Array(10).fill(corpus).join('\n\n')],
  ['fixtures ×100', Array(100).fill(corpus).join('\n\n')],
  ['1 MB of 、 series (one sentence)', toSize('热起来、活起来、火起来、钢铁冶炼、纺织服装、现代物流、', MB)],
  ['1 MB of 、 series (short sentences)', toSize('坚持稳增长、稳就业、稳物价、钢铁、纺织、物流。', MB)],
  ['1 MB of repeated clauses', toSize('让城市生活更加美好，', MB)],
  ['1 MB of numerals and run-on series', toSize('一二三四五六七八九十两双一村一品热起来活起来', MB)],
  ['1 MB of unbalanced quotes and markers', toSize('“一是“二是、“三个一”——', MB)],
];

function time(text) {
  extractSlogans(text.slice(0, 20000)); // warm up
  const runs = text.length > 200000 ? 3 : 20;
  let best = Infinity;
  let found = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    found = extractSlogans(text).length;
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, found };
}

console.log('| input | size | slogans | ms | MB/s |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, text] of inputs) {
  const bytes = Buffer.byteLength(text);
  const { ms, found } = time(text);
  console.log(`| ${name} | ${(bytes / MB).toFixed(2)} MB | ${found} | ${ms.toFixed(1)} | ${(bytes / MB / (ms / 1000)).toFixed(1)} |`);
}
