// tifa itself: normalize, each extractor and analyze() over the five fixtures at each scale
// (each fixture repeated ×n as one document); the import time of a fresh process; and the
// adversarial inputs of test/robustness at 256 K and 1 M code units against fixture text.
import { execFileSync } from 'node:child_process';
import { adversarialInputs } from '../test/robustness/inputs.mjs';
import { corpusAt, distUrl, facts, fixtureText, mbOf, measure, record, SCALES, settingsAt, tifa } from './peers-common.mjs';

const REF = { referenceDate: '2021-05-13' };
const OPS = {
  normalize: (t) => tifa.normalize(t).text.length,
  extractQuantities: (t) => tifa.extractQuantities(t, REF).length,
  extractDates: (t) => tifa.extractDates(t, REF).length,
  extractSlogans: (t) => tifa.extractSlogans(t, REF).length,
  extractTargets: (t) => tifa.extractTargets(t, REF).length,
  analyze: (t) => {
    const a = tifa.analyze(t, REF);
    return a.quantities.length + a.dates.length + a.slogans.length + a.targets.length;
  },
};
/** Longest a ×100 row may take (projected from ×10) before it is skipped with a note. */
const MAX_RUN_MS = Number(process.env.TIFA_BENCH_MAX_MS ?? 30_000);

const lastMs = {};
for (const scale of SCALES) {
  const texts = corpusAt(scale);
  const mb = mbOf(texts);
  for (const [name, op] of Object.entries(OPS)) {
    const run = () => texts.reduce((n, t) => n + op(t), 0);
    const prev = lastMs[name];
    if (prev && prev.ms * (scale / prev.scale) > MAX_RUN_MS) {
      const projected = (prev.ms * (scale / prev.scale)) / 1000;
      record({
        group: 'tifa',
        name: `tifa ${name}`,
        scale,
        mb,
        ms: NaN,
        runs: 0,
        note: `skipped: projected ≥ ${projected.toFixed(0)} s per run`,
      });
      continue;
    }
    const m = measure(run, settingsAt(scale));
    lastMs[name] = { ms: m.ms, scale };
    record({ group: 'tifa', name: `tifa ${name}`, scale, mb, ms: m.ms, runs: m.runs, found: m.out });
  }
}

// Cold import: a fresh node process, time from before import() to after it (median of 7).
{
  const code = `const t=performance.now(); await import(${JSON.stringify(distUrl)}); console.log(performance.now()-t)`;
  const times = [];
  for (let i = 0; i < 7; i++)
    times.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }).trim()));
  times.sort((a, b) => a - b);
  facts.coldImportMs = times[3];
  facts.coldImportRange = [times[0], times[6]];
  console.log(
    `cold import of tifa in a fresh process: median ${times[3].toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times[6].toFixed(1)}, 7 processes)`,
  );
}

// Adversarial inputs: analyze() time per MB at 256 K and 1 M code units, against fixture
// text of the same length. A case whose 1 M run is projected past MAX_RUN_MS is skipped.
{
  const small = 1 << 18;
  const big = 1 << 20;
  const inputsSmall = adversarialInputs(small);
  const inputsBig = adversarialInputs(big);
  const analyze = (s) => OPS.analyze(s);
  const timeOnce = (s) => measure(() => analyze(s), { minMs: 0, minRuns: 1, warmup: 0 }).ms;
  const baseSmall = measure(() => analyze(fixtureText(small)), { minMs: 0, minRuns: 3, warmup: 1 }).ms;
  const baseBig = measure(() => analyze(fixtureText(big)), { minMs: 0, minRuns: 2, warmup: 0 }).ms;
  const perMb = (ms, s) => ms / (Buffer.byteLength(s) / 1e6);
  const fixMbBig = Buffer.byteLength(fixtureText(big)) / 1e6;
  console.log(
    `fixture text 1 M code units (${fixMbBig.toFixed(2)} MB): analyze ${baseBig.toFixed(0)} ms; 256 K: ${baseSmall.toFixed(0)} ms`,
  );
  facts.adversarial = [];
  const inputsTiny = adversarialInputs(small >> 2);
  for (const [name, s] of Object.entries(inputsSmall)) {
    const msTiny = timeOnce(inputsTiny[name]);
    if (msTiny * 4 * 4 > MAX_RUN_MS) {
      const note = `skipped: 64 K took ${(msTiny / 1000).toFixed(1)} s`;
      facts.adversarial.push({
        name,
        msSmall: NaN,
        msBig: NaN,
        mbBig: Buffer.byteLength(inputsBig[name]) / 1e6,
        scaling: NaN,
        vsFixture: NaN,
        msPerMb: NaN,
        note,
      });
      console.log(`adversarial ${name.padEnd(36)} ${note}`);
      continue;
    }
    const msSmall = timeOnce(s);
    // if 64 K → 256 K already grew faster than linear, assume it keeps growing as fast
    const projectedBig = msSmall * 4 * Math.max(1, msSmall / 4 / Math.max(msTiny, 1));
    let msBig = NaN;
    let note = '';
    if (projectedBig > MAX_RUN_MS)
      note = `1 M skipped: 256 K took ${(msSmall / 1000).toFixed(1)} s (64 K: ${(msTiny / 1000).toFixed(2)} s), 1 M projected ${(projectedBig / 1000).toFixed(0)} s`;
    else msBig = timeOnce(inputsBig[name]);
    const row = {
      name,
      msSmall,
      msBig,
      mbBig: Buffer.byteLength(inputsBig[name]) / 1e6,
      // time per code unit at 1 M vs at 256 K: 1.0 is linear
      scaling: msBig / 4 / msSmall,
      // 1 M adversarial vs 1 M of fixture text, same number of code units
      vsFixture: msBig / baseBig,
      msPerMb: perMb(msBig, inputsBig[name]),
      note,
    };
    facts.adversarial.push(row);
    console.log(
      `adversarial ${name.padEnd(36)} 256K ${msSmall.toFixed(0).padStart(7)} ms   1M ${Number.isNaN(msBig) ? '      —' : msBig.toFixed(0).padStart(7)} ms   ×4 scaling ${row.scaling.toFixed(2)}   vs fixture ${row.vsFixture.toFixed(2)}  ${note}`,
    );
  }
  facts.adversarialBase = { msSmall: baseSmall, msBig: baseBig, mbBig: fixMbBig };
}
