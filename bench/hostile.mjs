// Hostile shapes at 1 MB and 4 MB (reliability issue): ms per MB must stay flat (4 MB ÷ 1 MB
// within 1.5×). Each shape is built from a repeated unit: a separator chain that fails at its
// end, a long 、-list, glued dates, OCR-spaced digits. Run alone: node bench/run.mjs hostile
import { performance } from 'node:perf_hooks';

const dist = process.env.TIFA_DIST ? new URL(`file://${process.env.TIFA_DIST.replace(/\/?$/, '/')}`) : new URL('../dist/', import.meta.url);
const { analyze } = await import(new URL('index.js', dist).href);

const SHAPES = {
  'separator chain': (n) => `${'123,'.repeat(n / 4)}1234`,
  '、-list': (n) => '产业园区、'.repeat(n / 15),
  'glued dates': (n) => '1年2月3日'.repeat(n / 15),
  'spaced digits': (n) => '增长1 2 .5%，'.repeat(n / 16),
};
const MB = 1 << 20;

const time = (text) => {
  const t0 = performance.now();
  const a = analyze(text);
  return { ms: performance.now() - t0, results: a.quantities.length + a.dates.length + a.slogans.length + a.targets.length };
};

console.log('| shape | 1 MB ms/MB | 4 MB ms/MB | ratio (target ≤ 1.5) | results at 4 MB |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, make] of Object.entries(SHAPES)) {
  const small = make(MB);
  const big = make(4 * MB);
  time(make(MB / 16)); // warm up
  const a = time(small);
  const b = time(big);
  const perA = a.ms / (Buffer.byteLength(small) / MB);
  const perB = b.ms / (Buffer.byteLength(big) / MB);
  console.log(`| ${name} | ${perA.toFixed(0)} | ${perB.toFixed(0)} | ${(perB / perA).toFixed(2)} | ${b.results} |`);
}
