// The floor: one regex pass over the corpus that only finds runs of numerals, no parsing,
// no spans mapped back. Nothing that reads the text can be much faster than this.
import { corpusAt, mbOf, measure, record, SCALES, settingsAt } from './peers-common.mjs';

const NUMERAL_RUN = /[0-9一二三四五六七八九十百千万亿]+/g;

/** Count the numeral runs of each text (the work: one scan, one match object per run). */
function scan(texts) {
  let n = 0;
  for (const t of texts) {
    NUMERAL_RUN.lastIndex = 0;
    while (NUMERAL_RUN.exec(t) !== null) n++;
  }
  return n;
}

for (const scale of SCALES) {
  const texts = corpusAt(scale);
  const m = measure(() => scan(texts), { ...settingsAt(scale), minMs: 500, minRuns: 5, warmup: 2 });
  record({ group: 'floor', name: 'floor: one-pass numeral regex scan', scale, mb: mbOf(texts), ms: m.ms, runs: m.runs, found: m.out });
}
