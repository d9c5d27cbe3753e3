// Where analyze()'s peak memory goes: each stage alone on the fixtures ×100, in its own process.
// node --expose-gc bench/tools/memory-stages.mjs
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const STAGES = ['normalize', 'extractQuantities', 'extractDates', 'extractSlogans', 'extractTargets', 'analyze'];
const stage = process.argv[2];
if (!stage) {
  for (const s of STAGES)
    process.stdout.write(execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), s], { encoding: 'utf8' }));
} else {
  const lib = await import('../../dist/index.js');
  const dir = new URL('../../fixtures/', import.meta.url);
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(f, dir), 'utf8'));
  const text = Array.from({ length: 100 }, () => docs.join('\n\n')).join('\n\n');
  lib[stage]('今年增长5%左右。');
  globalThis.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
  const out = lib[stage](text);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const n = Array.isArray(out)
    ? out.length
    : out.text
      ? 1
      : Object.values(out)
          .filter(Array.isArray)
          .reduce((k, a) => k + a.length, 0);
  console.log(
    `${stage.padEnd(18)} peak +${((peak - base) / 1e6).toFixed(0)} MB = ${((peak - base) / Buffer.byteLength(text)).toFixed(1)} B/input byte (${n} results)`,
  );
}
