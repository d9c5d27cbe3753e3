// First benchmark: normalize() over the five fixtures. Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { normalize } from '../dist/index.js';

const dir = new URL('../fixtures/', import.meta.url);
const corpus = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);

const bench = new Bench({ time: 1000 });
bench.add('normalize ×1 (five fixtures)', () => {
  for (const t of corpus) normalize(t);
});
await bench.run();
for (const task of bench.tasks) {
  const ms = task.result.latency?.mean ?? task.result.mean;
  console.log(`${task.name}: ${ms.toFixed(3)} ms/run, ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
}
