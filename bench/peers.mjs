// Peers in the same run: chrono-node's Simplified Chinese parser (dates) at every scale, and
// Microsoft Recognizers-Text (numbers, dates; Chinese culture) at ×1 and ×10 only (slow).
import { createRequire } from 'node:module';
import * as chrono from 'chrono-node';
import { corpusAt, mbOf, measure, record, SCALES, settingsAt } from './peers-common.mjs';

const require = createRequire(import.meta.url);
const rt = require('@microsoft/recognizers-text-suite');
const REF = new Date('2021-05-13T12:00:00');
const RT_MAX_SCALE = Number(process.env.TIFA_BENCH_RT_MAX ?? 10);

for (const scale of SCALES) {
  const texts = corpusAt(scale);
  const mb = mbOf(texts);
  const c = measure(() => texts.reduce((n, t) => n + chrono.zh.hans.parse(t, REF).length, 0), settingsAt(scale));
  record({ group: 'chrono', name: 'chrono-node zh.hans.parse', scale, mb, ms: c.ms, runs: c.runs, found: c.out });
  if (scale > RT_MAX_SCALE) continue;
  const rtSettings = scale >= 10 ? { minMs: 0, minRuns: 1, warmup: 0 } : { minMs: 0, minRuns: 2, warmup: 1 };
  const n = measure(() => texts.reduce((k, t) => k + rt.recognizeNumber(t, rt.Culture.Chinese).length, 0), rtSettings);
  record({ group: 'rt', name: 'Recognizers-Text recognizeNumber', scale, mb, ms: n.ms, runs: n.runs, found: n.out });
  const d = measure(() => texts.reduce((k, t) => k + rt.recognizeDateTime(t, rt.Culture.Chinese).length, 0), rtSettings);
  record({ group: 'rt', name: 'Recognizers-Text recognizeDateTime', scale, mb, ms: d.ms, runs: d.runs, found: d.out });
}
