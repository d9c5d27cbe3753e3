// Measure piscina and tinypool running tifa's batch worker on the fixtures ×100 (see docs/performance.md).
// node bench/tools/pool.mjs [copies=100] [jobs]
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Piscina } from 'piscina';
import Tinypool from 'tinypool';

const copies = Number(process.argv[2] ?? 100);
const jobs = Number(process.argv[3] ?? Math.max(1, availableParallelism() - 1));
const dir = new URL('../../fixtures/', import.meta.url);
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));
const tasks = Array.from({ length: copies }, () => docs).flat();
const filename = new URL('../../dist/batch/worker.js', import.meta.url).href;
const entry = new URL('../../dist/index.js', import.meta.url).href;
const mb = tasks.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

async function run(name, pool) {
  const t0 = performance.now();
  const out = await Promise.all(tasks.map((text) => pool.run({ text, entry })));
  const ms = performance.now() - t0;
  await pool.destroy();
  const failed = out.filter((r) => !r.ok).length;
  console.log(
    `${name.padEnd(9)} ${tasks.length} docs (${mb.toFixed(1)} MB) on ${jobs} workers: ${ms.toFixed(0)} ms, ${(mb / (ms / 1000)).toFixed(2)} MB/s, ${failed} failed`,
  );
}

for (let round = 0; round < 2; round++) {
  await run('piscina', new Piscina({ filename, minThreads: jobs, maxThreads: jobs }));
  await run('tinypool', new Tinypool({ filename, minThreads: jobs, maxThreads: jobs }));
}
