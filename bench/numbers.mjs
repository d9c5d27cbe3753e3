// extractQuantities over the five fixtures, side by side with Microsoft Recognizers-Text's
// recognizeNumber (Chinese culture) in the same run. Run after `npm run build`; to measure a
// private build instead, set TIFA_DIST to its dist folder (TIFA_DIST=/tmp/tifa-build-x/dist).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';

const distUrl = process.env.TIFA_DIST
  ? pathToFileURL(`${process.env.TIFA_DIST.replace(/\/$/, '')}/index.js`).href
  : new URL('../dist/index.js', import.meta.url).href;
const { extractQuantities, normalize } = await import(distUrl);
const require = createRequire(import.meta.url);
const rt = require('@microsoft/recognizers-text-suite');
const zh = rt.Culture.Chinese;

const dir = new URL('../fixtures/', import.meta.url);
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);

// Warm both (Recognizers-Text builds its regexes on first use) and report what each finds.
const found = corpus.reduce((n, t) => n + extractQuantities(t).length, 0);
const foundRt = corpus.reduce((n, t) => n + rt.recognizeNumber(t, zh).length, 0);

const bench = new Bench({ time: 1500, warmupTime: 300 });
bench
  .add('tifa extractQuantities (incl. normalize)', () => {
    for (const t of corpus) extractQuantities(t);
  })
  .add('tifa normalize only', () => {
    for (const t of corpus) normalize(t);
  })
  .add('recognizers-text recognizeNumber zh-cn', () => {
    for (const t of corpus) rt.recognizeNumber(t, zh);
  });
await bench.run();

const ms = {};
for (const task of bench.tasks) {
  const m = task.result.latency?.mean ?? task.result.mean;
  ms[task.name] = m;
  console.log(`${task.name}: ${m.toFixed(3)} ms/run, ${(bytes / 1e6 / (m / 1000)).toFixed(1)} MB/s`);
}
const tifa = ms['tifa extractQuantities (incl. normalize)'];
const peer = ms['recognizers-text recognizeNumber zh-cn'];
console.log(
  `corpus: ${corpus.length} files, ${(bytes / 1024).toFixed(1)} KB; tifa finds ${found} quantities, recognizeNumber ${foundRt} numbers`,
);
console.log(`quantities alone (extract − normalize): ${(tifa - ms['tifa normalize only']).toFixed(3)} ms/run`);
console.log(`ratio: tifa is ${(peer / tifa).toFixed(1)}× faster than recognizeNumber`);
