// extractDates over the five fixtures, side by side with chrono-node's zh.hans.parse and
// Microsoft Recognizers-Text's recognizeDateTime (Chinese culture) in the same run. Run after
// `npm run build`; to measure a private build, set TIFA_DIST to its dist folder
// (TIFA_DIST=/tmp/tifa-build-dates/dist node bench/dates.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { Bench } from 'tinybench';

const distUrl = process.env.TIFA_DIST
  ? pathToFileURL(`${process.env.TIFA_DIST.replace(/\/$/, '')}/index.js`).href
  : new URL('../dist/index.js', import.meta.url).href;
const { extractDates } = await import(distUrl);
const require = createRequire(import.meta.url);
const rt = require('@microsoft/recognizers-text-suite');
const zh = rt.Culture.Chinese;

const dir = new URL('../fixtures/', import.meta.url);
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
const ref = new Date(2021, 4, 13);
const opts = { referenceDate: '2021-05-13' };

// Warm all three (Recognizers-Text builds its regexes on first use) and report what each finds.
const found = corpus.reduce((n, t) => n + extractDates(t, opts).length, 0);
const foundChrono = corpus.reduce((n, t) => n + chrono.zh.hans.parse(t, ref).length, 0);
const foundRt = corpus.reduce((n, t) => n + rt.recognizeDateTime(t, zh, undefined, ref).length, 0);

const names = {
  tifa: 'tifa extractDates (incl. normalize)',
  chrono: 'chrono-node zh.hans.parse',
  rt: 'recognizers-text recognizeDateTime zh-cn',
};
const bench = new Bench({ time: 1500, warmupTime: 300 });
bench
  .add(names.tifa, () => {
    for (const t of corpus) extractDates(t, opts);
  })
  .add(names.chrono, () => {
    for (const t of corpus) chrono.zh.hans.parse(t, ref);
  })
  .add(
    names.rt,
    () => {
      for (const t of corpus) rt.recognizeDateTime(t, zh, undefined, ref);
    },
    { iterations: 3 },
  );
await bench.run();

const ms = {};
for (const task of bench.tasks) {
  const m = task.result.latency?.mean ?? task.result.mean;
  ms[task.name] = m;
  console.log(`${task.name}: ${m.toFixed(3)} ms/run, ${(bytes / 1e6 / (m / 1000)).toFixed(2)} MB/s`);
}
console.log(
  `corpus: ${corpus.length} files, ${(bytes / 1024).toFixed(1)} KB; found: tifa ${found}, chrono ${foundChrono}, recognizeDateTime ${foundRt}`,
);
// On a shared machine, load drifts between tinybench's tasks (run one after the other): also
// measure the two side by side, alternating short rounds, and take the median of their ratios.
const round = (f) => {
  const t = performance.now();
  for (let k = 0; k < 10; k++) for (const x of corpus) f(x);
  return (performance.now() - t) / 10;
};
const pairs = [];
for (let k = 0; k < 40; k++) {
  const a = round((x) => extractDates(x, opts));
  const b = round((x) => chrono.zh.hans.parse(x, ref));
  pairs.push(a / b);
}
pairs.sort((a, b) => a - b);
const r1 = pairs[pairs.length >> 1];
console.log(
  `tifa ÷ chrono, interleaved: median ${r1.toFixed(2)} of ${pairs.length} rounds (quartiles ${pairs[10].toFixed(2)}–${pairs[29].toFixed(2)}); tinybench means: ${(ms[names.tifa] / ms[names.chrono]).toFixed(2)}`,
);
const r2 = ms[names.rt] / ms[names.tifa];
console.log(`ratio tifa ÷ chrono (interleaved median): ${r1.toFixed(2)} (target ≤ 1.0) ${r1 <= 1 ? 'ok' : 'MISSED'}`);
console.log(`ratio recognizeDateTime ÷ tifa: ${r2.toFixed(0)}× (target > 100×) ${r2 > 100 ? 'ok' : 'MISSED'}`);
