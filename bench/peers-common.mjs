// Shared by the bench files (not a bench itself; run.mjs skips *-common.mjs): the tifa build
// to measure, the corpus at any scale, a timer, and the registry the summary reads.
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The dist folder measured: $TIFA_DIST (a private build) or ../dist (`npm run build`). */
export const distDir = process.env.TIFA_DIST ? process.env.TIFA_DIST.replace(/\/$/, '') : new URL('../dist', import.meta.url).pathname;
export const distUrl = pathToFileURL(`${distDir}/index.js`).href;

/** Scales of the corpus to run (TIFA_BENCH_SCALES=1,10 for a quick run). */
export const SCALES = (process.env.TIFA_BENCH_SCALES ?? '1,10,100')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

const dir = new URL('../fixtures/', import.meta.url);
/** The five fixtures, in name order. */
export const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));

/** The corpus at ×n: each fixture repeated n times as ONE longer document (so per-document
 *  super-linear work shows), paragraphs kept apart by a blank line. */
export const corpusAt = (n) => fixtures.map((t) => Array(n).fill(t).join('\n\n'));

/** UTF-8 megabytes (10^6 bytes) of a list of texts. */
export const mbOf = (texts) => texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;

/** Fixture prose cut to exactly n UTF-16 code units (the fixtures one after another, repeated). */
export function fixtureText(n) {
  const all = fixtures.join('\n\n');
  return all.repeat(Math.ceil(n / all.length)).slice(0, n);
}

/**
 * Median milliseconds of `fn()` over at least `minRuns` runs and `minMs` total (at most
 * `maxRuns`), after `warmup` unmeasured runs. Returns { ms, runs, out } (out: last result).
 */
export function measure(fn, { minMs = 1000, minRuns = 3, maxRuns = 200, warmup = 1 } = {}) {
  let out;
  for (let i = 0; i < warmup; i++) out = fn();
  const times = [];
  let total = 0;
  while ((total < minMs || times.length < minRuns) && times.length < maxRuns) {
    const t = performance.now();
    out = fn();
    const d = performance.now() - t;
    times.push(d);
    total += d;
  }
  times.sort((a, b) => a - b);
  return { ms: times[times.length >> 1], runs: times.length, out };
}

/** Timing settings by scale: fewer, longer runs as texts grow. */
export const settingsAt = (scale) =>
  scale >= 100
    ? { minMs: 0, minRuns: 2, warmup: 0 }
    : scale >= 10
      ? { minMs: 1000, minRuns: 3, warmup: 1 }
      : { minMs: 1000, minRuns: 5, warmup: 2 };

/** Every measured row of this process: { group, name, scale, mb, ms, runs, found, note }. */
export const rows = (globalThis.__tifaBenchRows ??= []);

/** Record a row and print it. */
export function record(row) {
  rows.push(row);
  const mbs = row.ms > 0 ? row.mb / (row.ms / 1000) : Infinity;
  const found = row.found === undefined ? '' : `  found ${row.found}`;
  console.log(
    `${row.name.padEnd(40)} ×${String(row.scale).padEnd(4)} ${row.mb.toFixed(2).padStart(7)} MB ${row.ms.toFixed(1).padStart(10)} ms ${mbs.toFixed(2).padStart(9)} MB/s  (${row.runs} runs)${found}${row.note ? '  ' + row.note : ''}`,
  );
}

/** Extra facts for the summary (cold import, adversarial table, machine). */
export const facts = (globalThis.__tifaBenchFacts ??= {});

/** The tifa build under test. */
export const tifa = await import(distUrl);
