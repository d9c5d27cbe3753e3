// Scores slogans against the hand-made gold of the five fixtures (test/slogans/gold/*.json).
// Each gold item stands for every place its text occurs in the fixture (spaces and line
// breaks ignored, ， and , alike) — a 'quoted' one only where it stands in quotes — except places
// inside a longer gold item of the same type.
// A produced slogan matches a gold place when they overlap by at least half of the shorter
// (as ../shared/tools/score.mjs does); pairs are made greedily, best overlap first.
//   node test/slogans/gold/score.mjs [--verbose]     (after npx tsup; reads dist/)
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));
const fixtures = join(here, '..', '..', '..', 'fixtures');

/** The text without spaces, with a map from its indices to the original's. */
function squeeze(t) {
  let s = '';
  const at = [];
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (/\s/.test(c)) continue;
    s += c === '，' ? ',' : c;
    at.push(i);
  }
  return { s, at };
}

/** Gold places of one fixture: { start, end, type, text }. */
export function goldPlaces(text, gold) {
  const { s, at } = squeeze(text);
  const places = [];
  for (const g of gold) {
    const needle = squeeze(g.text).s;
    if (!needle) continue;
    let k = s.indexOf(needle);
    if (k < 0) throw new Error(`gold text not in fixture: ${g.text}`);
    while (k >= 0) {
      // a quoted formulation counts where it stands in quotes
      const opened = k > 0 && '“「『‘'.includes(s[k - 1]);
      if (g.type === 'quoted' && !opened) {
        k = s.indexOf(needle, k + needle.length);
        continue;
      }
      places.push({ start: at[k], end: at[k + needle.length - 1] + 1, type: g.type, text: g.text });
      k = s.indexOf(needle, k + needle.length);
    }
  }
  return places.filter(
    (p) => !places.some((q) => q !== p && q.type === p.type && q.start <= p.start && p.end <= q.end && q.end - q.start > p.end - p.start),
  );
}

/** Greedy one-to-one pairing by overlap; returns { tp, fp, fn, typeOk, misses, spurious }. */
export function scoreOne(places, produced) {
  const cands = [];
  places.forEach((g, i) =>
    produced.forEach((p, j) => {
      const o = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      const shorter = Math.min(g.end - g.start, p.end - p.start);
      if (o > 0 && o >= shorter / 2) cands.push([o / (Math.max(g.end, p.end) - Math.min(g.start, p.start)), i, j]);
    }),
  );
  cands.sort((a, b) => b[0] - a[0]);
  const gi = new Set();
  const pj = new Set();
  let typeOk = 0;
  for (const [, i, j] of cands) {
    if (gi.has(i) || pj.has(j)) continue;
    gi.add(i);
    pj.add(j);
    if (places[i].type === produced[j].type) typeOk++;
  }
  return {
    tp: gi.size,
    fp: produced.length - pj.size,
    fn: places.length - gi.size,
    typeOk,
    misses: places.filter((_, i) => !gi.has(i)),
    spurious: produced.filter((_, j) => !pj.has(j)),
  };
}

/** Score extractSlogans over the five fixtures. */
export function scoreFixtures(extractSlogans) {
  const total = { tp: 0, fp: 0, fn: 0, typeOk: 0, misses: [], spurious: [] };
  for (const f of readdirSync(here)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const text = readFileSync(join(fixtures, f.replace(/\.json$/, '.txt')), 'utf8');
    const gold = JSON.parse(readFileSync(join(here, f), 'utf8'));
    const r = scoreOne(goldPlaces(text, gold), extractSlogans(text));
    for (const k of ['tp', 'fp', 'fn', 'typeOk']) total[k] += r[k];
    for (const m of r.misses) total.misses.push({ file: f, ...m });
    for (const m of r.spurious) total.spurious.push({ file: f, text: m.text, type: m.type, start: m.start });
  }
  const p = total.tp / (total.tp + total.fp || 1);
  const r = total.tp / (total.tp + total.fn || 1);
  return { ...total, precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, typeRate: total.typeOk / (total.tp || 1) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = join(here, '..', '..', '..', 'dist', 'slogans', 'index.js');
  const { extractSlogans } = await import(pathToFileURL(dist).href);
  const s = scoreFixtures(extractSlogans);
  if (process.argv.includes('--verbose')) {
    for (const m of s.misses) console.log(`MISS ${m.file.slice(0, 3)} ${m.type.padEnd(11)} ${m.text.replace(/\s/g, '').slice(0, 60)}`);
    for (const m of s.spurious)
      console.log(`FP   ${m.file.slice(0, 3)} ${m.type.padEnd(11)} ${m.text.replace(/\s/g, '').slice(0, 60)} @${m.start}`);
  }
  console.log(
    `fixtures gold: TP ${s.tp} FP ${s.fp} FN ${s.fn}  P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}  type ${s.typeRate.toFixed(3)}`,
  );
}
