// Peak memory per input byte and retained bytes per result (see docs/robustness.md, Memory).
//
//   node bench/tools/memory.mjs [--stages] [--repeat=3] [shape…]
//
// shapes: fixtures100 (default; every fixture joined, repeated 100 times, one document),
// fixtures200, glued, list, spaced. --stages: each extractor alone on each shape as well as
// analyze(). Each (shape, stage) runs in a fresh child process (`--expose-gc --trace-gc`):
//
// 1. the input is built and the stage warmed up — cold (default): three runs on the fixtures
//    ×1, so hot functions are compiled; warm (TIFA_MEMORY_WARM=1): one run on the input itself,
//    results dropped — then full GCs with pauses (freed array buffers are swept after a GC);
//    the baseline is taken after them (RSS, heap used, external);
// 2. the kernel's peak-RSS counter is reset (`5 > /proc/self/clear_refs`), the stage runs once
//    on the input and its results are KEPT (a caller keeps them);
// 3. peak RSS = VmHWM (kernel-tracked, no sampling gaps) − baseline RSS; peak heap = the largest
//    heap-used figure V8 reports before any GC during the run (--trace-gc), plus the growth of
//    external memory, − baseline heap used;
// 4. after full GCs with the results still held: retained = heap used + external − baseline,
//    also reported per result.
// All figures are divided by the input's UTF-8 size; each row is the run of median peak RSS
// of --repeat runs. A cold peak RSS includes V8's young generation growing to its maximum
// (2 × 16 MB semi-spaces on 64-bit Node 20) under any sustained allocation, whatever the input
// size: compare fixtures200, or a warm run.
// Env: TIFA_DIST (a build's index.js), TIFA_MEMORY_WARM=1, TIFA_NODE_FLAGS (extra node flags
// for the children, e.g. --max-semi-space-size=8).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixtures = (n) => () => {
  const dir = new URL('../../fixtures/', import.meta.url);
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(new URL(f, dir), 'utf8'));
  return Array.from({ length: n }, () => docs.join('\n\n')).join('\n\n');
};
const SHAPES = {
  fixtures100: fixtures(100),
  fixtures200: fixtures(200),
  glued: () => '1年2月3日'.repeat(Math.ceil((1 << 20) / 15)), // 1 MB (UTF-8) of glued dates
  list: () => '增长5%、'.repeat(Math.ceil((1 << 20) / 10)),
  spaced: () => '第 1 9届、2 0 2 1年，'.repeat(Math.ceil((1 << 20) / 30)),
};
const STAGES = ['normalize', 'extractQuantities', 'extractDates', 'extractSlogans', 'extractTargets', 'analyze'];
const MARK = '@@tifa-memory';

const countOf = (out) =>
  Array.isArray(out)
    ? out.length
    : typeof out.toOriginal === 'function'
      ? 0
      : ['quantities', 'dates', 'durations', 'slogans', 'targets'].reduce((k, key) => k + (out[key]?.length ?? 0), 0);

/** Full GCs with pauses between: array buffers are freed by a sweeper after the GC. */
async function settle() {
  for (let k = 0; k < 3; k++) {
    globalThis.gc();
    await new Promise((done) => setTimeout(done, 150));
  }
}

async function child(shape, stage) {
  const lib = await import(process.env.TIFA_DIST ?? '../../dist/index.js');
  const text = SHAPES[shape]();
  // cold (default): warm up on the fixtures ×1 (36 KB), so hot functions are compiled before
  // the baseline; warm (TIFA_MEMORY_WARM=1): a first run on the whole input, results dropped,
  // as in a process that has read a document before (V8's young generation is grown then)
  if (process.env.TIFA_MEMORY_WARM === '1') lib[stage](text);
  else for (let k = 0; k < 3; k++) lib[stage](fixtures(1)());
  await settle();
  const hwm = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) * 1024;
  const outside = (m) => m.external; // array buffers are counted in external
  const base = process.memoryUsage();
  writeFileSync('/proc/self/clear_refs', '5');
  console.log(`${MARK} start`);
  const t0 = performance.now();
  const out = lib[stage](text);
  const ms = performance.now() - t0;
  const peakRss = hwm() - base.rss;
  const end = process.memoryUsage();
  console.log(`${MARK} end`);
  await settle();
  const after = process.memoryUsage();
  const row = {
    shape,
    stage,
    bytes: Buffer.byteLength(text),
    results: countOf(out),
    ms,
    peakRss,
    baseHeap: base.heapUsed,
    endHeap: end.heapUsed,
    externalGrowth: Math.max(0, outside(end) - outside(base)),
    retained: after.heapUsed + outside(after) - base.heapUsed - outside(base),
  };
  console.log(`${MARK} ${JSON.stringify(row)}`);
  globalThis.keep = out;
}

/** The largest heap-used figure (MB) before any GC between the start and end marks. */
function peakHeapOf(stdout) {
  let on = false;
  let peak = 0;
  for (const line of stdout.split('\n')) {
    if (line.startsWith(`${MARK} start`)) on = true;
    else if (line.startsWith(`${MARK} end`)) on = false;
    else if (on) {
      const m = /: (?:Scavenge|Mark-Compact|Minor Mark-Compact)[^0-9]*([\d.]+) \(/.exec(line);
      if (m) peak = Math.max(peak, Number(m[1]) * 2 ** 20);
    }
  }
  return peak;
}

function run(shape, stage) {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--trace-gc', ...(process.env.TIFA_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), self, '--child', shape, stage],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  const line = r.stdout.split('\n').find((l) => l.startsWith(`${MARK} {`));
  if (!line) throw new Error(`${shape} ${stage}: ${r.stderr}`);
  const row = JSON.parse(line.slice(MARK.length + 1));
  row.peakHeap = Math.max(peakHeapOf(r.stdout), row.endHeap) - row.baseHeap + row.externalGrowth;
  return row;
}

/** The run of median peak RSS (the machine is shared: GC timing varies from run to run). */
const median = (rows) => rows.sort((a, b) => a.peakRss - b.peakRss)[rows.length >> 1];

const args = process.argv.slice(2);
const repeat = Number(args.find((a) => a.startsWith('--repeat='))?.slice(9) ?? 3);
if (args[0] === '--child') await child(args[1], args[2]);
else {
  const stages = args.includes('--stages') ? STAGES : ['analyze'];
  const shapes = args.filter((a) => !a.startsWith('--'));
  const f1 = (x) => x.toFixed(1);
  console.log('| input | stage | UTF-8 MB | results | ms | peak RSS B/B (range) | peak heap B/B | retained B/B | retained B/result |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const shape of shapes.length ? shapes : ['fixtures100']) {
    for (const stage of stages) {
      const rows = Array.from({ length: repeat }, () => run(shape, stage));
      const r = median(rows);
      const range = `${f1(rows[0].peakRss / r.bytes)}–${f1(rows[rows.length - 1].peakRss / r.bytes)}`;
      console.log(
        `| ${shape} | ${stage} | ${f1(r.bytes / 1e6)} | ${r.results} | ${r.ms.toFixed(0)} | ${f1(r.peakRss / r.bytes)} (${range}) | ${f1(r.peakHeap / r.bytes)} | ${f1(r.retained / r.bytes)} | ${r.results ? (r.retained / r.results).toFixed(0) : '—'} |`,
      );
    }
  }
}
