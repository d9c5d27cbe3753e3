// Peak memory of analyze() per input byte and per result (see docs/robustness.md).
// node --expose-gc bench/tools/memory.mjs [shape] — shapes: fixtures100 (default), glued, list, spaced
// Each shape runs in its own process (a child per shape when run without an argument).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SHAPES = {
  fixtures100: () => {
    const dir = new URL('../../fixtures/', import.meta.url);
    const docs = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'));
    return Array.from({ length: 100 }, () => docs.join('\n\n')).join('\n\n');
  },
  glued: () => '1年2月3日'.repeat(Math.ceil((1 << 20) / 15)), // 1 MB (UTF-8) of glued dates
  list: () => '增长5%、'.repeat(Math.ceil((1 << 20) / 10)),
  spaced: () => '第 1 9届、2 0 2 1年，'.repeat(Math.ceil((1 << 20) / 30)),
};

const shape = process.argv[2];
if (!shape) {
  const self = fileURLToPath(import.meta.url);
  for (const s of Object.keys(SHAPES)) process.stdout.write(execFileSync(process.execPath, ['--expose-gc', self, s], { encoding: 'utf8' }));
} else {
  const { analyze } = await import('../../dist/index.js');
  const text = SHAPES[shape]();
  analyze('预热：今年增长5%左右，年底前完成。');
  globalThis.gc?.();
  const base = process.memoryUsage();
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t0 = performance.now();
  const a = analyze(text);
  const ms = performance.now() - t0;
  clearInterval(timer);
  const rss = Math.max(peak, process.resourceUsage().maxRSS * 1024) - base.rss;
  globalThis.gc?.();
  const kept = process.memoryUsage().heapUsed - base.heapUsed;
  const results = a.quantities.length + a.dates.length + a.slogans.length + a.targets.length;
  const bytes = Buffer.byteLength(text);
  console.log(
    `${shape.padEnd(11)} ${(bytes / 1e6).toFixed(1)} MB, ${results} results, ${ms.toFixed(0)} ms: ` +
      `peak +${(rss / 1e6).toFixed(0)} MB = ${(rss / bytes).toFixed(1)} B/input byte; ` +
      `retained ${(kept / 1e6).toFixed(0)} MB = ${results ? (kept / results).toFixed(0) : '-'} B/result`,
  );
}
