// `npm run bench`: every benchmark in bench/ (one after another, in one process, so peers and
// tifa are measured in the same run), then the summary table and ratios of issue 8.
// Usage: node bench/run.mjs [name-filter…]   env: TIFA_DIST=/tmp/tifa-build-x/dist (a private
// build), TIFA_BENCH_SCALES=1,10 (quick), TIFA_BENCH_MAX_MS (skip longer runs), TIFA_BENCH_RT_MAX.
import { readdirSync } from 'node:fs';
import { cpus, totalmem, platform, arch } from 'node:os';

const filters = process.argv.slice(2);
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && !f.endsWith('-common.mjs'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
for (const f of files) {
  console.log(`\n## ${f}`);
  await import(new URL(f, import.meta.url).href);
}

const rows = globalThis.__tifaBenchRows ?? [];
const facts = globalThis.__tifaBenchFacts ?? {};
if (rows.length === 0) process.exit(0);

const find = (name, scale) => rows.find((r) => r.name === name && r.scale === scale && Number.isFinite(r.ms));
const mbs = (r) => (r ? r.mb / (r.ms / 1000) : NaN);
const f1 = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '—');
const scales = [...new Set(rows.map((r) => r.scale))].sort((a, b) => a - b);
const names = [...new Set(rows.map((r) => r.name))];
const cpu = cpus();

console.log('\n## Summary\n');
console.log(
  `Machine: ${cpu[0]?.model ?? '?'} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()}-${arch()}, Node ${process.version}; ${new Date().toISOString().slice(0, 16)}Z`,
);
console.log(
  `\nThroughput, MB/s of UTF-8 input (×n: each fixture repeated n times as one document; ${scales.map((s) => `×${s} = ${f1(rows.find((r) => r.scale === s)?.mb)} MB`).join(', ')}):\n`,
);
console.log(`| | ${scales.map((s) => `×${s}`).join(' | ')} |`);
console.log(`|---|${scales.map(() => '---:').join('|')}|`);
for (const n of names) console.log(`| ${n} | ${scales.map((s) => f1(mbs(find(n, s)))).join(' | ')} |`);

const ratio = (a, b, s) => {
  const x = find(a, s);
  const y = find(b, s);
  return x && y ? x.ms / y.ms : NaN;
};
console.log('\nRatios (time ÷ time, same input, same run):\n');
console.log(`| ratio | target | ${scales.map((s) => `×${s}`).join(' | ')} |`);
console.log(`|---|---|${scales.map(() => '---:').join('|')}|`);
const ratioRow = (label, target, a, b) => console.log(`| ${label} | ${target} | ${scales.map((s) => f1(ratio(a, b, s))).join(' | ')} |`);
ratioRow('analyze ÷ floor', '≤ 20', 'tifa analyze', 'floor: one-pass numeral regex scan');
ratioRow('extractDates ÷ chrono', '≤ 1', 'tifa extractDates', 'chrono-node zh.hans.parse');
ratioRow('RT numbers ÷ extractQuantities', '(≥ 1)', 'Recognizers-Text recognizeNumber', 'tifa extractQuantities');
ratioRow('RT dates ÷ extractDates', '(≥ 1)', 'Recognizers-Text recognizeDateTime', 'tifa extractDates');

const lo = scales[0];
const hi = scales[scales.length - 1];
if (hi > lo) {
  console.log(`\nLinear scaling: time per MB at ×${hi} ÷ time per MB at ×${lo} (target ≤ 1.3):\n`);
  console.log('| | ratio |');
  console.log('|---|---:|');
  for (const n of names) {
    const a = find(n, lo);
    const b = [...scales]
      .reverse()
      .map((s) => find(n, s))
      .find(Boolean);
    if (!a || !b || b.scale === lo) continue;
    console.log(`| ${n}${b.scale !== hi ? ` (×${b.scale})` : ''} | ${f1(b.ms / b.mb / (a.ms / a.mb))} |`);
  }
}
if (facts.coldImportMs !== undefined) {
  console.log(
    `\nCold import of tifa in a fresh process: ${f1(facts.coldImportMs, 1)} ms median of 7 (range ${f1(facts.coldImportRange[0], 1)}–${f1(facts.coldImportRange[1], 1)}; target < 50 ms).`,
  );
}
if (facts.adversarial) {
  const b = facts.adversarialBase;
  console.log(
    `\nAdversarial inputs, analyze() (fixture text for comparison: 256 K code units ${f1(b.msSmall, 0)} ms, 1 M code units = ${f1(b.mbBig)} MB ${f1(b.msBig, 0)} ms):\n`,
  );
  console.log('| input (1 M code units) | MB | ms at 256 K | ms at 1 M | ms per MB | 1 M ÷ 4×256 K (≤ 1.3) | ÷ fixture text of 1 M |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of facts.adversarial)
    console.log(
      `| ${r.name} | ${f1(r.mbBig)} | ${f1(r.msSmall, 0)} | ${f1(r.msBig, 0)} | ${f1(r.msPerMb, 0)} | ${f1(r.scaling)} | ${f1(r.vsFixture)} |${r.note ? ` ${r.note}` : ''}`,
    );
}
